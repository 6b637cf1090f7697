import { indentWidth } from './indent';
import { BLOCK, CUT, HIDDEN, INNER, type MaskedLines } from './masking';

/**
 * The note's structure in one linear pass: headings with their sections, list
 * items with their depth, parent and subtree. Depth comes from how lines are
 * indented relative to each other (a stack of open items), never from a fixed
 * width.
 */

/** What a line is, structurally. */
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
/** A list item; read by `itemContent` (by hand, for speed), kept here as its specification. */
export const ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
/** A task item's content; read by `isTask`, kept here as its specification. */
export const TASK = /^\[.\](?:\s|$)/;

/** The outline line while it is built: depth, parent and end are only known from the lines around it. */
type Draft = { -readonly [K in keyof OutlineLine]: OutlineLine[K] };

/** Test seam: the hand-written item and task readers, checked against ITEM and TASK. */
export const itemReaders = { itemContent, isTask };

/**
 * Stacks of open items (line index, indent) and headings (line index, level), shared by
 * every call (none keeps them): typed arrays grown to the deepest nesting seen, instead of
 * an object pushed per item.
 */
let itemIndex: Int32Array = new Int32Array(64);
let itemIndent: Int32Array = new Int32Array(64);
let headingIndex: Int32Array = new Int32Array(8);
let headingLevel: Int32Array = new Int32Array(8);

function grown(stack: Int32Array): Int32Array {
	const bigger = new Int32Array(stack.length * 2);
	bigger.set(stack);
	return bigger;
}

/** Builds the outline of every line (lines before `bodyStart` are frontmatter: blank). */
export function buildOutline(masked: MaskedLines, raw: readonly string[], bodyStart: number): OutlineLine[] {
	const count = masked.codes.length;
	const out: Draft[] = new Array<Draft>(count);
	const codes = masked.codes;
	const cutTexts = masked.cutTexts;
	let items = 0;
	let headings = 0;
	let lastSubstantive = -1;
	for (let i = 0; i < count; i++) {
		const code = codes[i];
		const line = i < bodyStart || code === HIDDEN ? make('blank', raw[i], '', i, 0, false) : classify(code, code === CUT ? cutTexts[i] : raw[i], raw[i], i);
		out[i] = line;
		const kind = line.kind;
		if (kind === 'heading') {
			while (items > 0) close(out, itemIndex[--items], lastSubstantive);
			while (headings > 0 && headingLevel[headings - 1] >= line.level) close(out, headingIndex[--headings], lastSubstantive);
			if (headings === headingIndex.length) {
				headingIndex = grown(headingIndex);
				headingLevel = grown(headingLevel);
			}
			headingIndex[headings] = i;
			headingLevel[headings++] = line.level;
		} else if (kind === 'item') {
			while (items > 0 && itemIndent[items - 1] >= line.indent) close(out, itemIndex[--items], lastSubstantive);
			line.depth = items;
			line.parent = items > 0 ? itemIndex[items - 1] : -1;
			if (items === itemIndex.length) {
				itemIndex = grown(itemIndex);
				itemIndent = grown(itemIndent);
			}
			itemIndex[items] = i;
			itemIndent[items++] = line.indent;
		} else if (kind === 'text' || kind === 'quote' || kind === 'rule' || kind === 'block') {
			while (items > 0 && itemIndent[items - 1] >= line.indent) close(out, itemIndex[--items], lastSubstantive);
			line.topLevel = items === 0;
		}
		if (line.substantive) lastSubstantive = i;
	}
	while (items > 0) close(out, itemIndex[--items], lastSubstantive);
	while (headings > 0) close(out, headingIndex[--headings], lastSubstantive);
	return out;
}

/** An item or heading ends at its last line with content (at least itself). */
function close(out: Draft[], index: number, lastSubstantive: number): void {
	out[index].end = Math.max(index, lastSubstantive);
}

/** One line with every field set, so all outline lines share one shape (cheap for the engine). */
function make(kind: LineKind, raw: string, text: string, index: number, indent: number, substantive: boolean, level = 0, task = false): Draft {
	return { kind, raw, text, indent, level, depth: 0, parent: -1, task, topLevel: false, end: index, substantive };
}

function isBlank(code: number): boolean {
	return code === 32 || code === 9;
}

/**
 * The white space `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator):
 * the outline finds a line's trimmed bounds by hand and cuts the one string it keeps.
 */
export function isTrimSpace(c: number): boolean {
	// Small enough to be inlined wherever it is called; the rare wide characters are a call of their own.
	return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && isWideTrimSpace(c);
}

function isWideTrimSpace(c: number): boolean {
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the first character at or after `from` that `trim` keeps, or `text.length`. */
function trimStartAt(text: string, from: number): number {
	let i = from;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if ((c > 32 && c < 0xa0) || !isTrimSpace(c)) break;
		i++;
	}
	return i;
}

/** End (exclusive) of what `trim` keeps, not before `from`. */
function trimEndAt(text: string, from: number): number {
	let end = text.length;
	while (end > from) {
		const c = text.charCodeAt(end - 1);
		if ((c > 32 && c < 0xa0) || !isTrimSpace(c)) break;
		end--;
	}
	return end;
}

/** `text.slice(start, end)`, without a new string when that is the whole text. */
function cut(text: string, start: number, end: number): string {
	return start === 0 && end === text.length ? text : text.slice(start, end);
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

/** Whether a rule could start at `start` (its first marker): the next non-blank is the same marker. */
function mayBeRule(text: string, start: number, first: number): boolean {
	let i = start + 1;
	while (i < text.length && isBlank(text.charCodeAt(i))) i++;
	return text.charCodeAt(i) === first;
}

/** A visible line (any mask code but `hidden`), `text` with comments cut out. */
function classify(code: number, text: string, raw: string, index: number): Draft {
	if (code === INNER) return make('inner', raw, raw, index, 0, trimStartAt(raw, 0) < raw.length);
	const indent = indentWidth(text);
	if (code === BLOCK) return make('block', raw, raw.trim(), index, indent, true);
	const start = trimStartAt(text, 0);
	if (start === text.length) return make('blank', raw, '', index, 0, false);
	const end = trimEndAt(text, start);
	const first = text.charCodeAt(start);
	// Only lines starting with these can be headings, rules, quotes or items: skip the regexes for the rest.
	const markup = first === 35 || first === 45 || first === 42 || first === 43 || first === 95 || first === 62 || (first >= 48 && first <= 57);
	if (!markup) return make('text', raw, cut(text, start, end), index, indent, true);
	const heading = first === 35 ? HEADING.exec(text) : null;
	if (heading) {
		const title = withoutClosingHashes(heading[2] ?? '').trim();
		return make('heading', raw, title, index, indent, true, heading[1].length);
	}
	if ((first === 45 || first === 42 || first === 95) && mayBeRule(text, start, first) && RULE.test(text)) {
		return make('rule', raw, cut(text, start, end), index, indent, true);
	}
	if (first === 62) return make('quote', raw, cut(text, start, end), index, indent, true);
	const from = contentStart(text);
	if (from >= 0) {
		// The line's trimmed end is the content's: the marker before `from` is not white space.
		const content = from === text.length ? '' : cut(text, trimStartAt(text, from), end);
		return make('item', raw, content, index, indent, content !== '', 0, isTask(content));
	}
	return make('text', raw, cut(text, start, end), index, indent, true);
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/**
 * `.` in a regex stops at these; a line holds no `\n` or `\r` after the split, but may hold these.
 * Two searches rather than one regex: a line with no character past U+00FF (nearly every line)
 * cannot hold either, which `indexOf` knows without reading it.
 */
function hasLineSeparator(text: string, from: number): boolean {
	return text.indexOf('\u2028', from) >= 0 || text.indexOf('\u2029', from) >= 0;
}

/**
 * What `ITEM` captures as the item's content, trimmed; null when the line is not an item.
 * Scanned by hand: the regex's match array and captures cost a few allocations on every
 * list line, the commonest line in a conference note.
 */
function itemContent(text: string): string | null {
	const from = contentStart(text);
	return from < 0 ? null : text.slice(from).trim();
}

/** Where an item's content starts (right after its marker), or -1 when the line is not an item. */
function contentStart(text: string): number {
	let i = 0;
	while (i < text.length && isBlank(text.charCodeAt(i))) i++;
	const marker = text.charCodeAt(i);
	if (marker === 45 || marker === 42 || marker === 43) i++;
	else {
		const digitsFrom = i;
		while (i < text.length && i - digitsFrom < 10 && isDigit(text.charCodeAt(i))) i++;
		const digits = i - digitsFrom;
		const close = text.charCodeAt(i);
		if (digits === 0 || digits > 9 || (close !== 46 && close !== 41)) return -1;
		i++;
	}
	if (i === text.length) return i;
	if (!isBlank(text.charCodeAt(i)) || hasLineSeparator(text, i)) return -1;
	return i;
}

/** What `TASK` matches: `[ ]`, `[x]` or any one character in brackets, then white space or the end. */
function isTask(content: string): boolean {
	if (content.length < 3 || content.charCodeAt(0) !== 91 || content.charCodeAt(2) !== 93) return false;
	const mark = content.charCodeAt(1);
	if (mark === 10 || mark === 13 || mark === 0x2028 || mark === 0x2029) return false;
	return content.length === 3 || /\s/.test(content.charAt(3));
}
