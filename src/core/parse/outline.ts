import { indentWidth } from './indent';
import type { MaskedLine } from './masking';

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

interface Open {
	readonly index: number;
	readonly indent: number;
}

/** The outline line while it is built: depth, parent and end are only known from the lines around it. */
type Draft = { -readonly [K in keyof OutlineLine]: OutlineLine[K] };

/** Test seam: the hand-written item and task readers, checked against ITEM and TASK. */
export const itemReaders = { itemContent, isTask };

/** Builds the outline of every line (lines before `bodyStart` are frontmatter: blank). */
export function buildOutline(masked: readonly MaskedLine[], raw: readonly string[], bodyStart: number): OutlineLine[] {
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
