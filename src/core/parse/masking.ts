/**
 * Which lines can carry structure at all (section 9): lines inside fenced code
 * (``` and ~~~), `$$` math blocks, HTML comments and `%% %%` comments are never
 * talks, contexts or headings. An unclosed block runs to the end of the note,
 * as it does in Obsidian. Comments on a line are cut out of its text.
 */

/**
 * - `open`: an ordinary line; its text has its comments removed;
 * - `block`: the first line of a code or math block (visible, but never structure);
 * - `inner`: a later line of a code or math block, part of whatever holds the block;
 * - `hidden`: a later line of a multi-line comment, invisible like a blank line.
 */
export type MaskKind = 'open' | 'block' | 'inner' | 'hidden';

/** {@link MaskKind}s as the codes `MaskedLines.codes` holds. */
export const OPEN = 0;
export const BLOCK = 1;
export const INNER = 2;
export const HIDDEN = 3;
/** An `open` line with comments cut out of it: its text is in `MaskedLines.cutTexts`. */
export const CUT = 4;
const KIND_NAMES: readonly MaskKind[] = ['open', 'block', 'inner', 'hidden', 'open'];
const NO_CUTS: readonly string[] = [];

/**
 * Every line as the structure sees it, in parallel arrays rather than an object per line
 * (the commonest allocation of a long note): a kind code per line, and a text only for the
 * few lines a comment was cut out of; any other line's text is the line itself.
 *
 * A plain object, not a class instance: as a class instance (none outlives its note), every
 * full collection deoptimized maskLines and buildOutline (`--trace-deopt`: "weak objects",
 * an embedded shape that died), and the next notes ran unoptimized until recompiled; as a
 * plain object it does not.
 */
export interface MaskedLines {
	readonly lines: readonly string[];
	/** {@link OPEN}, {@link CUT}, {@link BLOCK}, {@link INNER} or {@link HIDDEN} per line. */
	readonly codes: Uint8Array;
	/**
	 * Texts of the {@link CUT} lines, at their line index (read only there: a sparse array,
	 * looked up by index, is several times cheaper per line than a map).
	 */
	readonly cutTexts: readonly string[];
}

/** The kind of line `i`. */
export function maskKind(masked: MaskedLines, i: number): MaskKind {
	return KIND_NAMES[masked.codes[i]];
}

/** Line `i` with comments cut out (`open` lines); the raw line otherwise. */
export function maskText(masked: MaskedLines, i: number): string {
	return masked.codes[i] === CUT ? masked.cutTexts[i] : masked.lines[i];
}

type State =
	| { readonly in: 'none' }
	| { readonly in: 'fence'; readonly char: string; readonly length: number }
	| { readonly in: 'math' }
	| { readonly in: 'comment'; readonly close: string };

const NONE: State = { in: 'none' };
const MATH: State = { in: 'math' };

/** A fence opener, also right after a list marker (`- ```js`); quoted fences stay inside their quote. */
const FENCE = /^[ \t]*((?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})(.*)$/;

/** Which block and comment openers a text holds at all: a line can only open what its note holds. */
interface Openers {
	readonly fences: boolean;
	readonly math: boolean;
	readonly comments: boolean;
}

const EVERY_OPENER: Openers = { fences: true, math: true, comments: true };

function openersIn(text: string): Openers {
	return {
		fences: text.includes('```') || text.includes('~~~'),
		math: text.includes('$$'),
		comments: text.includes('<!--') || text.includes('%%'),
	};
}

/** Per set of openers a note holds (bits: fences 1, math 2, comments 4), a regex that finds any of them. */
const OPENER_SEARCHES: RegExp[] = [];

function openerSearch(openers: Openers): RegExp {
	const bits = (openers.fences ? 1 : 0) | (openers.math ? 2 : 0) | (openers.comments ? 4 : 0);
	let search = OPENER_SEARCHES[bits];
	if (search === undefined) {
		const parts = [openers.fences ? '```|~~~' : '', openers.math ? '\\$\\$' : '', openers.comments ? '<!--|%%' : ''].filter((part) => part !== '');
		search = OPENER_SEARCHES[bits] = new RegExp(parts.join('|'));
	}
	return search;
}

/**
 * Classifies every line from `from` on (earlier lines are frontmatter). `text`, the note the
 * lines were split from, lets a note without any fence, `$$` or comment skip the five
 * substring searches per line (most conference notes hold none).
 */
export function maskLines(lines: readonly string[], from: number, text?: string): MaskedLines {
	const codes = new Uint8Array(lines.length);
	let cut: string[] | null = null;
	let state: State = NONE;
	const start = Math.min(from, lines.length);
	codes.fill(HIDDEN, 0, start);
	const openers = text === undefined ? EVERY_OPENER : openersIn(text);
	if (!openers.fences && !openers.math && !openers.comments) return { lines, codes, cutTexts: NO_CUTS };
	const mayOpen = openerSearch(openers);
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		switch (state.in) {
			case 'fence':
				if (closesFence(line, state.char, state.length)) state = NONE;
				codes[i] = INNER;
				continue;
			case 'math':
				if (line.includes('$$')) state = NONE;
				codes[i] = INNER;
				continue;
			case 'comment': {
				const end = line.indexOf(state.close);
				if (end >= 0) state = NONE;
				codes[i] = HIDDEN;
				continue;
			}
			case 'none':
				break;
		}
		// One search for every opener the note holds: most lines hold none, and then none of the
		// checks below (each guarded by a search for its own opener) could match.
		if (!mayOpen.test(line)) continue;
		// The regex only for lines that can hold a fence: most lines hold neither run.
		const fence = openers.fences && (line.includes('```') || line.includes('~~~')) ? FENCE.exec(line) : null;
		if (fence && !(fence[2][0] === '`' && fence[3].includes('`'))) {
			state = { in: 'fence', char: fence[2][0], length: fence[2].length };
			// A fence that opens on a bullet keeps the bullet: the code is that bullet's content.
			codes[i] = fence[1] ? OPEN : BLOCK;
			continue;
		}
		const trimmed = openers.math && line.includes('$$') ? line.trimStart() : '';
		if (trimmed.startsWith('$$')) {
			if (!trimmed.slice(2).includes('$$')) state = MATH;
			codes[i] = BLOCK;
			continue;
		}
		// codes[i] is already OPEN (0).
		if (!openers.comments || (!line.includes('<!--') && !line.includes('%%'))) continue;
		const comments = cutComments(line);
		if (comments.openClose) state = { in: 'comment', close: comments.openClose };
		if (comments.text !== line) {
			cut ??= new Array<string>(lines.length);
			cut[i] = comments.text;
			codes[i] = CUT;
		}
	}
	return { lines, codes, cutTexts: cut ?? NO_CUTS };
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
	const closers = line.includes('`') ? spanClosers(line) : null;
	// The kept pieces joined once: a flat string, which every later character read of the outline
	// takes at full speed (a `+=` chain leaves a rope that each read has to walk).
	const pieces: string[] = [];
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
		pieces.push(line.slice(kept, i));
		const closer = opener === '<!--' ? '-->' : '%%';
		const end = line.indexOf(closer, i + opener.length);
		if (end < 0) return { text: pieces.join(''), openClose: closer };
		i = end + closer.length;
		kept = i;
	}
	if (kept === 0) return { text: line };
	pieces.push(line.slice(kept));
	return { text: pieces.join('') };
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
