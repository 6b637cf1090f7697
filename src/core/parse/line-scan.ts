/**
 * Linear-time building blocks for scanning one line of markdown: code spans,
 * matched bracket pairs and top-level separators. Everything here runs on
 * hostile input (a megabyte of `[[` or `(`), so no search restarts from an
 * earlier position and no regex can backtrack: unmatched brackets are plain
 * characters, found in one pass with a stack.
 */

const NONE = new Int32Array(0);

/** Inline code spans as flat `[start, end)` pairs, in order; backtick runs without a closer are literal. */
export function codeSpans(text: string): Int32Array {
	const first = text.indexOf('`');
	if (first < 0) return NONE;
	// Runs as typed arrays: a line of a million backticks must not build a million-entry plain array.
	const starts = new Int32Array(text.length - first);
	const lengths = new Int32Array(text.length - first);
	let runs = 0;
	for (let i = first; i < text.length; ) {
		if (text.charCodeAt(i) !== 96) { i++; continue; }
		let j = i;
		while (j < text.length && text.charCodeAt(j) === 96) j++;
		starts[runs] = i;
		lengths[runs++] = j - i;
		i = j;
	}
	// nextSame[r]: the next run with the same length (a closer), found right to left in one pass.
	const nextSame = new Int32Array(runs);
	const seen = new Map<number, number>();
	for (let r = runs - 1; r >= 0; r--) {
		nextSame[r] = seen.get(lengths[r]) ?? -1;
		seen.set(lengths[r], r);
	}
	const spans = new Int32Array(runs);
	let count = 0;
	for (let r = 0; r < runs; ) {
		const closer = nextSame[r];
		if (closer < 0) { r++; continue; }
		spans[count++] = starts[r];
		spans[count++] = starts[closer] + lengths[closer];
		r = closer + 1;
	}
	return spans.subarray(0, count);
}

/**
 * Matching closers for `open`/`close` pairs: `pairs[i]` is the index of the
 * closer of the opener at `i`, or -1. Pairs never cross a newline, code spans
 * are skipped and a backslash escapes the next character.
 */
export function matchPairs(text: string, open: number, close: number, spans: ArrayLike<number>): Int32Array {
	// Without an opener nobody looks anything up (every lookup sits behind a check for the opener).
	if (text.indexOf(String.fromCharCode(open)) < 0) return NONE;
	const pairs = pairTable(text.length);
	// A typed stack: a megabyte of `(` pushes a million entries, and plain arrays are slow at that.
	const stack = scratchStack(text.length);
	let top = 0;
	let span = 0;
	for (let i = 0; i < text.length; i++) {
		if (span < spans.length && i === spans[span]) {
			i = spans[span + 1] - 1;
			span += 2;
			continue;
		}
		const c = text.charCodeAt(i);
		if (c === 92) i++;
		else if (c === 10) top = 0;
		else if (c === open) stack[top++] = i;
		else if (c === close && top > 0) pairs[stack[--top]] = i;
	}
	return pairs;
}

/**
 * Pair tables are carved out of shared blocks: every talk line, name and note line with a
 * bracket gets one, and a fresh typed array each (its own backing store) costs several
 * times the scan that fills it. A block is never reused while a view into it may live: a
 * full block is dropped (to the collector, once its views are gone) for a new one.
 */
const BLOCK_ENTRIES = 1 << 14;
let block = new Int32Array(BLOCK_ENTRIES);
let blockUsed = 0;

/** A table of `length` entries, all -1. */
function pairTable(length: number): Int32Array {
	if (length > BLOCK_ENTRIES >> 3) return new Int32Array(length).fill(-1);
	if (blockUsed + length > BLOCK_ENTRIES) {
		block = new Int32Array(BLOCK_ENTRIES);
		blockUsed = 0;
	}
	const table = block.subarray(blockUsed, blockUsed + length);
	blockUsed += length;
	return table.fill(-1);
}

/** matchPairs' stack, reused by every call (no call keeps it): grown to the longest text seen, up to a bound. */
let stackScratch = new Int32Array(256);

function scratchStack(length: number): Int32Array {
	if (length > BLOCK_ENTRIES) return new Int32Array(length); // a huge line: not kept afterwards
	if (stackScratch.length < length) stackScratch = new Int32Array(BLOCK_ENTRIES);
	return stackScratch;
}

/** The bracket structure of one line, computed once and shared by every rule that reads it. */
export interface LineShape {
	readonly text: string;
	/** Code spans as flat `[start, end)` pairs. */
	readonly spans: Int32Array;
	/** Matching `]` for each `[`, or -1 (empty when the line has no `[`). */
	readonly brackets: Int32Array;
	/** Matching `)` for each `(`, or -1 (empty when the line has no `(`). */
	readonly parens: Int32Array;
}

/** Computes the bracket structure of a line (linear). */
export function lineShape(text: string): LineShape {
	const spans = codeSpans(text);
	return { text, spans, brackets: matchPairs(text, 91, 93, spans), parens: matchPairs(text, 40, 41, spans) };
}

/** End (exclusive) of the wikilink `[[...]]` starting at `i`, or -1. */
export function wikilinkEnd(shape: LineShape, i: number): number {
	const { text, brackets } = shape;
	if (text.charCodeAt(i) !== 91 || text.charCodeAt(i + 1) !== 91) return -1;
	const outer = brackets[i];
	const inner = brackets[i + 1];
	if (outer < 0 || inner < 0 || outer !== inner + 1 || inner === i + 2) return -1;
	return outer + 1;
}

/** A markdown link `[text](url)` or image starting at the `[` at `i`. */
export interface MarkdownLink {
	/** Index of the `]` ending the text. */
	readonly textEnd: number;
	/** End (exclusive) of the whole link. */
	readonly end: number;
	readonly url: string;
}

/** The markdown link whose text starts with the `[` at `i`, or null. */
export function markdownLinkAt(shape: LineShape, i: number): MarkdownLink | null {
	const { text, brackets, parens } = shape;
	if (text.charCodeAt(i) !== 91) return null;
	const textEnd = brackets[i];
	if (textEnd < 0 || text.charCodeAt(textEnd + 1) !== 40) return null;
	const close = parens[textEnd + 1];
	if (close < 0) return null;
	return { textEnd, end: close + 1, url: linkDestination(text.slice(textEnd + 2, close)) };
}

/** The destination of `(url "title")` or `(<url with spaces>)`, percent-decoded when it is a vault path. */
function linkDestination(inside: string): string {
	const trimmed = inside.trim();
	let url: string;
	if (trimmed.startsWith('<')) {
		const gt = trimmed.indexOf('>');
		url = gt > 0 ? trimmed.slice(1, gt) : trimmed.slice(1);
	} else {
		const space = trimmed.search(/\s/);
		url = space < 0 ? trimmed : trimmed.slice(0, space);
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
	try {
		return decodeURIComponent(url);
	} catch {
		return url; // a stray `%` in a vault path: keep it as written
	}
}

/** A wikilink's parts: `[[target#heading|display]]`. */
export interface WikilinkParts {
	/** Target without heading or block reference. */
	readonly target: string;
	/** Display text: the alias, else the target as written. */
	readonly display: string;
}

/** Splits the inside of `[[...]]` into target and display text. */
export function wikilinkParts(inside: string): WikilinkParts {
	const bar = inside.indexOf('|');
	const raw = bar >= 0 ? inside.slice(0, bar) : inside;
	const hash = raw.indexOf('#');
	const target = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
	const display = bar >= 0 ? inside.slice(bar + 1).trim() : raw.trim();
	return { target, display: display || target };
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;

/** Whether the character at `i` is a letter, digit, mark or `_` of any script (ASCII fast path). */
export function isWordChar(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
	if (Number.isNaN(c)) return false;
	// A low surrogate belongs to the pair that starts one unit earlier.
	const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
	return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/**
 * `indexOf` for scans that only move forward: the answer for a later start is
 * reused while it is still ahead, so a line of a million unclosed `![[` costs
 * one search, not a million.
 */
export function forwardFinder(text: string, needle: string): (from: number) => number {
	let lastFrom = -1;
	let last = -1;
	return (from: number): number => {
		if (lastFrom >= 0 && from >= lastFrom && (last < 0 || from <= last)) return last;
		lastFrom = from;
		last = text.indexOf(needle, from);
		return last;
	};
}
