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
const ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const TASK = /^\[.\](?:\s|$)/;

interface Open {
	readonly index: number;
	readonly indent: number;
}

/** Builds the outline of every line (lines before `bodyStart` are frontmatter: blank). */
export function buildOutline(masked: readonly MaskedLine[], raw: readonly string[], bodyStart: number): OutlineLine[] {
	const out: OutlineLine[] = [];
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
		if (line.kind === 'heading') {
			popItems(-1);
			while (headings.length > 0 && headings[headings.length - 1].level >= line.level) close(headings.pop()!.index);
			headings.push({ index: i, level: line.level });
			out.push(line);
		} else if (line.kind === 'item') {
			popItems(line.indent);
			const parent = items.length > 0 ? items[items.length - 1].index : -1;
			out.push({ ...line, depth: items.length, parent });
			items.push({ index: i, indent: line.indent });
		} else if (line.kind === 'text' || line.kind === 'quote' || line.kind === 'rule' || line.kind === 'block') {
			popItems(line.indent);
			out.push({ ...line, topLevel: items.length === 0 });
		} else {
			out.push(line);
		}
		if (line.substantive) lastSubstantive = i;
	}
	while (items.length > 0) close(items.pop()!.index);
	while (headings.length > 0) close(headings.pop()!.index);
	return out;
}

function classify(masked: MaskedLine, raw: string, frontmatter: boolean, index: number): OutlineLine {
	const base = { raw, indent: 0, level: 0, depth: 0, parent: -1, task: false, topLevel: false, end: index };
	if (frontmatter || masked.kind === 'hidden') return { ...base, kind: 'blank', text: '', substantive: false };
	if (masked.kind === 'inner') return { ...base, kind: 'inner', text: raw, substantive: raw.trim() !== '' };
	const indent = indentWidth(masked.text);
	if (masked.kind === 'block') return { ...base, kind: 'block', text: raw.trim(), indent, substantive: true };
	const text = masked.text;
	if (text.trim() === '') return { ...base, kind: 'blank', text: '', substantive: false };
	const heading = HEADING.exec(text);
	if (heading) {
		const title = (heading[2] ?? '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
		return { ...base, kind: 'heading', text: title, level: heading[1].length, substantive: true };
	}
	if (RULE.test(text)) return { ...base, kind: 'rule', text: text.trim(), indent, substantive: true };
	const trimmed = text.trim();
	if (trimmed.startsWith('>')) return { ...base, kind: 'quote', text: trimmed, indent, substantive: true };
	const item = ITEM.exec(text);
	if (item) {
		const content = (item[2] ?? '').trim();
		return { ...base, kind: 'item', text: content, indent, task: TASK.test(content), substantive: content !== '' };
	}
	return { ...base, kind: 'text', text: trimmed, indent, substantive: true };
}
