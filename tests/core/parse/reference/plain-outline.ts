/** The masking and outline passes as first written (one object per line): what the typed-array passes must match. */
import { indentWidth } from '../../../../src/core/parse/indent';
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
export function plainMaskLines(lines: readonly string[], from: number): MaskedLine[] {
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
export type LineKind =
	/** White space only, a line that was only a comment, or frontmatter. */
	| 'blank'
	| 'heading'
	| 'item'
	/** Paragraph text. */
	| 'text'
	/** `>` quotes and callouts: plain notes, never structure. */
	| 'quote'
	/** A thematic break (`---`, `***`). */
	| 'rule'
	/** First line of a code or math block. */
	| 'block'
	/** A later line of a code or math block: belongs with the block's first line. */
	| 'inner';

/** One line of the outline. Indexes are 0-based line numbers. */
export interface OutlineLine {
	readonly kind: LineKind;
	/** The line as written (for notes). */
	readonly raw: string;
	/** Item content without its marker, heading text without `#`s, trimmed text otherwise; comments removed. */
	readonly text: string;
	/** Indentation in columns. */
	readonly indent: number;
	/** Heading level 1-6 (headings only). */
	readonly level: number;
	/** List depth, 0 for an item with no open item above it (items only). */
	readonly depth: number;
	/** Index of the parent item, -1 for none (items only). */
	readonly parent: number;
	/** `- [ ]`, `- [x]` and other task items. */
	readonly task: boolean;
	/** Text line with no list item open above it: a paragraph of its own. */
	readonly topLevel: boolean;
	/**
	 * Last line that belongs to this one: an item's subtree, a heading's section
	 * (up to the next heading of the same or higher level), its own index otherwise.
	 * Blank lines and empty bullets at the end do not count.
	 */
	end: number;
	/** False for lines that carry nothing: blank, and items with no text (`+ ` alone). */
	readonly substantive: boolean;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

interface Open {
	readonly index: number;
	readonly indent: number;
}

/** The outline line while it is built: depth, parent and end are only known from the lines around it. */
type Draft = { -readonly [K in keyof OutlineLine]: OutlineLine[K] };


/** Builds the outline of every line (lines before `bodyStart` are frontmatter: blank). */
export function plainBuildOutline(masked: readonly MaskedLine[], raw: readonly string[], bodyStart: number): OutlineLine[] {
	const out: Draft[] = [];
	const items: Open[] = [];
	const headings: { index: number; level: number }[] = [];
	let lastSubstantive = -1;
	const close = (index: number) => {
		out[index].end = Math.max(index, lastSubstantive);
	};
	const popItems = (atOrAbove: number) => {
		while (items.length > 0 && items[items.length - 1].indent >= atOrAbove) close(items.pop()!.index);
	};
	for (let i = 0; i < masked.length; i++) {
		const line = classify(masked[i], raw[i], i < bodyStart, i);
		out.push(line);
		if (line.kind === 'heading') {
			popItems(-1);
			while (headings.length > 0 && headings[headings.length - 1].level >= line.level) close(headings.pop()!.index);
			headings.push({ index: i, level: line.level });
		} else if (line.kind === 'item') {
			popItems(line.indent);
			line.depth = items.length;
			line.parent = items.length > 0 ? items[items.length - 1].index : -1;
			items.push({ index: i, indent: line.indent });
		} else if (line.kind === 'text' || line.kind === 'quote' || line.kind === 'rule' || line.kind === 'block') {
			popItems(line.indent);
			line.topLevel = items.length === 0;
		}
		if (line.substantive) lastSubstantive = i;
	}
	while (items.length > 0) close(items.pop()!.index);
	while (headings.length > 0) close(headings.pop()!.index);
	return out;
}

/** One line with every field set, so all outline lines share one shape (cheap for the engine). */
function make(kind: LineKind, raw: string, text: string, index: number, indent: number, substantive: boolean, level = 0, task = false): Draft {
	return { kind, raw, text, indent, level, depth: 0, parent: -1, task, topLevel: false, end: index, substantive };
}

function isBlank(code: number): boolean {
	return code === 32 || code === 9;
}

/**
 * A heading's text without its optional closing sequence (`## Title ##`): trailing `#`s
 * that stand alone or after white space. Scanned from the end, not with a regex: an
 * unanchored `[ \t]+#+[ \t]*$` retries every start in a long run of spaces (quadratic).
 */
function withoutClosingHashes(text: string): string {
	let end = text.length;
	while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
	let hashes = end;
	while (hashes > 0 && text.charCodeAt(hashes - 1) === 35) hashes--;
	if (hashes === end || (hashes > 0 && !isBlank(text.charCodeAt(hashes - 1)))) return text;
	let cut = hashes;
	while (cut > 0 && isBlank(text.charCodeAt(cut - 1))) cut--;
	return text.slice(0, cut);
}

function classify(masked: MaskedLine, raw: string, frontmatter: boolean, index: number): Draft {
	if (frontmatter || masked.kind === 'hidden') return make('blank', raw, '', index, 0, false);
	if (masked.kind === 'inner') return make('inner', raw, raw, index, 0, raw.trim() !== '');
	const text = masked.text;
	const indent = indentWidth(text);
	if (masked.kind === 'block') return make('block', raw, raw.trim(), index, indent, true);
	const trimmed = text.trim();
	if (trimmed === '') return make('blank', raw, '', index, 0, false);
	const first = trimmed.charCodeAt(0);
	// Only lines starting with these can be headings, rules, quotes or items: skip the regexes for the rest.
	const markup = first === 35 || first === 45 || first === 42 || first === 43 || first === 95 || first === 62 || (first >= 48 && first <= 57);
	if (!markup) return make('text', raw, trimmed, index, indent, true);
	const heading = first === 35 ? HEADING.exec(text) : null;
	if (heading) {
		const title = withoutClosingHashes(heading[2] ?? '').trim();
		return make('heading', raw, title, index, indent, true, heading[1].length);
	}
	if (RULE.test(text)) return make('rule', raw, trimmed, index, indent, true);
	if (first === 62) return make('quote', raw, trimmed, index, indent, true);
	const content = itemContent(text);
	if (content !== null) return make('item', raw, content, index, indent, content !== '', 0, isTask(content));
	return make('text', raw, trimmed, index, indent, true);
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** `.` in a regex stops at these; a line holds no `\n` or `\r` after the split, but may hold these. */
function hasLineSeparator(text: string, from: number): boolean {
	return text.indexOf('\u2028', from) >= 0 || text.indexOf('\u2029', from) >= 0;
}

/**
 * What `ITEM` captures as the item's content, trimmed; null when the line is not an item.
 * Scanned by hand: the regex's match array and captures cost a few allocations on every
 * list line, the commonest line in a conference note.
 */
function itemContent(text: string): string | null {
	let i = 0;
	while (i < text.length && isBlank(text.charCodeAt(i))) i++;
	const marker = text.charCodeAt(i);
	if (marker === 45 || marker === 42 || marker === 43) i++;
	else {
		const digitsFrom = i;
		while (i < text.length && i - digitsFrom < 10 && isDigit(text.charCodeAt(i))) i++;
		const digits = i - digitsFrom;
		const close = text.charCodeAt(i);
		if (digits === 0 || digits > 9 || (close !== 46 && close !== 41)) return null;
		i++;
	}
	if (i === text.length) return '';
	if (!isBlank(text.charCodeAt(i)) || hasLineSeparator(text, i)) return null;
	return text.slice(i).trim();
}

/** What `TASK` matches: `[ ]`, `[x]` or any one character in brackets, then white space or the end. */
function isTask(content: string): boolean {
	if (content.length < 3 || content.charCodeAt(0) !== 91 || content.charCodeAt(2) !== 93) return false;
	const mark = content.charCodeAt(1);
	if (mark === 10 || mark === 13 || mark === 0x2028 || mark === 0x2029) return false;
	return content.length === 3 || /\s/.test(content.charAt(3));
}
