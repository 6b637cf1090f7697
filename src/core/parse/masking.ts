/**
 * Which lines can carry structure at all (section 9): lines inside fenced code
 * (``` and ~~~), `$$` math blocks, HTML comments and `%% %%` comments are never
 * talks, contexts or headings. An unclosed block runs to the end of the note,
 * as it does in Obsidian. Comments on a line are cut out of its text.
 */

/**
 * - `open`: an ordinary line; `text` has its comments removed;
 * - `block`: the first line of a code or math block (visible, but never structure);
 * - `inner`: a later line of a code or math block, part of whatever holds the block;
 * - `hidden`: a later line of a multi-line comment, invisible like a blank line.
 */
export type MaskKind = 'open' | 'block' | 'inner' | 'hidden';

/** One line as the structure sees it. */
export interface MaskedLine {
	readonly kind: MaskKind;
	/** The line with comments cut out (`open` lines); the raw line otherwise. */
	readonly text: string;
}

type State =
	| { readonly in: 'none' }
	| { readonly in: 'fence'; readonly char: string; readonly length: number }
	| { readonly in: 'math' }
	| { readonly in: 'comment'; readonly close: string };

/** A fence opener, also right after a list marker (`- ```js`); quoted fences stay inside their quote. */
const FENCE = /^[ \t]*((?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})(.*)$/;

/** Classifies every line from `from` on (earlier lines are frontmatter). */
export function maskLines(lines: readonly string[], from: number): MaskedLine[] {
	const out: MaskedLine[] = [];
	let state: State = { in: 'none' };
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (i < from) {
			out.push({ kind: 'hidden', text: line });
			continue;
		}
		switch (state.in) {
			case 'fence':
				if (closesFence(line, state.char, state.length)) state = { in: 'none' };
				out.push({ kind: 'inner', text: line });
				continue;
			case 'math':
				if (line.includes('$$')) state = { in: 'none' };
				out.push({ kind: 'inner', text: line });
				continue;
			case 'comment': {
				const end = line.indexOf(state.close);
				if (end >= 0) state = { in: 'none' };
				out.push({ kind: 'hidden', text: line });
				continue;
			}
			case 'none':
				break;
		}
		// The regex only for lines that can hold a fence: most lines hold neither run.
		const fence = line.includes('```') || line.includes('~~~') ? FENCE.exec(line) : null;
		if (fence && !(fence[2][0] === '`' && fence[3].includes('`'))) {
			state = { in: 'fence', char: fence[2][0], length: fence[2].length };
			// A fence that opens on a bullet keeps the bullet: the code is that bullet's content.
			out.push({ kind: fence[1] ? 'open' : 'block', text: line });
			continue;
		}
		const trimmed = line.includes('$$') ? line.trimStart() : '';
		if (trimmed.startsWith('$$')) {
			if (!trimmed.slice(2).includes('$$')) state = { in: 'math' };
			out.push({ kind: 'block', text: line });
			continue;
		}
		const cut = cutComments(line);
		if (cut.openClose) state = { in: 'comment', close: cut.openClose };
		out.push({ kind: 'open', text: cut.text });
	}
	return out;
}

/** A closing fence: the same character, at least as many, nothing after. */
function closesFence(line: string, char: string, length: number): boolean {
	const trimmed = line.trim();
	if (trimmed.length < length) return false;
	for (let i = 0; i < trimmed.length; i++) if (trimmed[i] !== char) return false;
	return true;
}

/**
 * Removes `<!-- -->` and `%% %%` comments from one line, skipping code spans.
 * When a comment opens and does not close, returns the text before it and the
 * closer to wait for.
 */
function cutComments(line: string): { text: string; openClose?: string } {
	if (!line.includes('<!--') && !line.includes('%%')) return { text: line };
	const closers = line.includes('`') ? spanClosers(line) : null;
	let text = '';
	let kept = 0;
	let i = 0;
	while (i < line.length) {
		if (closers && line.charCodeAt(i) === 96) {
			// Every backtick reached here starts a run: runs are never entered in the middle.
			const end = closers[i];
			i = end > 0 ? end : i + backtickRun(line, i);
			continue;
		}
		const opener = line.startsWith('<!--', i) ? '<!--' : line.startsWith('%%', i) ? '%%' : '';
		if (!opener) {
			i++;
			continue;
		}
		text += line.slice(kept, i);
		const closer = opener === '<!--' ? '-->' : '%%';
		const end = line.indexOf(closer, i + opener.length);
		if (end < 0) return { text, openClose: closer };
		i = end + closer.length;
		kept = i;
	}
	return { text: text + line.slice(kept) };
}

/**
 * For each backtick run's start, the end of the run that closes it as a code span: the
 * next run of exactly the same length (CommonMark), or 0 when none does. Found right to
 * left in one pass, so a line of falling backtick runs costs its length, not its square.
 */
function spanClosers(line: string): Int32Array {
	const starts: number[] = [];
	const lengths: number[] = [];
	for (let i = line.indexOf('`'); i >= 0 && i < line.length; ) {
		const run = backtickRun(line, i);
		starts.push(i);
		lengths.push(run);
		i = line.indexOf('`', i + run);
	}
	const closers = new Int32Array(line.length);
	const nextOfLength = new Map<number, number>();
	for (let r = starts.length - 1; r >= 0; r--) {
		const next = nextOfLength.get(lengths[r]);
		if (next !== undefined) closers[starts[r]] = starts[next] + lengths[next];
		nextOfLength.set(lengths[r], r);
	}
	return closers;
}

function backtickRun(line: string, at: number): number {
	let n = 0;
	while (line.charCodeAt(at + n) === 96) n++;
	return n;
}
