import { codeSpans, isWordChar, lineShape, markdownLinkAt, wikilinkEnd, wikilinkParts, type LineShape } from './line-scan';

/** What one piece of markdown refers to: embeds, links, tags and wikilinks, in order of appearance. */
export interface InlineRefs {
	/** Embed targets (`![[x.png|300]]` gives `x.png`) and markdown image URLs. */
	images: string[];
	/** Bare URLs, markdown link URLs and wikilink targets (embeds excluded). */
	links: string[];
	/** `#tag` and `#nested/tag`, without the `#`. */
	tags: string[];
	/** Wikilink targets without alias or heading (embeds excluded). */
	wikilinks: string[];
}

/** An empty collector for `scanInline`. */
export function newInlineRefs(): InlineRefs {
	return { images: [], links: [], tags: [], wikilinks: [] };
}

const NO_PAIRS = new Int32Array(0);

/**
 * Markdown links being read, as a stack of where each one's text ends (`jumpAt`) and where
 * scanning resumes after its destination (`jumpTo`): shared by every call (a scan never
 * calls another), so a line needs no array or object of its own.
 */
const jumpAt: number[] = [];
const jumpTo: number[] = [];

/**
 * Appends the embeds, links, tags and wikilinks of `text` to `into`, in order.
 * Code spans are ignored. Linear in the text, whatever it holds.
 */
export function scanInline(text: string, into: InlineRefs): void {
	if (!mayHoldRefs(text)) return;
	// Brackets and parens are only ever read at a `[`: a line of tags and URLs needs just its code spans.
	const shape: LineShape = text.indexOf('[') >= 0 ? lineShape(text) : { text, spans: codeSpans(text), brackets: NO_PAIRS, parens: NO_PAIRS };
	const spans = shape.spans;
	let jumps = 0;
	let span = 0;
	let i = 0;
	while (i < text.length) {
		while (jumps > 0 && i >= jumpAt[jumps - 1]) i = jumpTo[--jumps];
		if (i >= text.length) break;
		if (span < spans.length && i >= spans[span]) {
			i = Math.max(i, spans[span + 1]);
			span += 2;
			continue;
		}
		const c = text.charCodeAt(i);
		if (c === 92) { i += 2; continue; } // backslash escape
		if (c === 33 && text.charCodeAt(i + 1) === 91) { // `!`: embed or image
			const next = image(shape, i + 1, into);
			if (next > 0) { i = next; continue; }
		} else if (c === 91) {
			const end = wikilinkEnd(shape, i);
			if (end > 0) {
				const { target } = wikilinkParts(text.slice(i + 2, end - 2));
				if (target) { into.links.push(target); into.wikilinks.push(target); }
				i = end;
				continue;
			}
			const link = markdownLinkAt(shape, i);
			if (link) {
				if (link.url && !link.url.startsWith('#')) into.links.push(link.url);
				// The link text may hold tags or images.
				jumpAt[jumps] = link.textEnd;
				jumpTo[jumps++] = link.end;
			}
		} else if ((c === 104 || c === 72) && isUrlStart(text, i)) {
			const limit = jumps > 0 ? jumpAt[jumps - 1] : text.length;
			const end = bareUrlEnd(text, i, Math.min(limit, nextSpanStart(spans, span, text.length)));
			into.links.push(text.slice(i, end));
			i = end;
			continue;
		} else if (c === 35 && (i === 0 || isTagBoundary(text.charCodeAt(i - 1)))) {
			const end = tagEnd(text, i + 1);
			if (end > i + 1 && !/^[\d/_-]+$/.test(text.slice(i + 1, end))) into.tags.push(text.slice(i + 1, end));
			i = Math.max(end, i + 1);
			continue;
		}
		i++;
	}
	// A line of many nested links must not leave a long stack held after it.
	if (jumpAt.length > MAX_KEPT_JUMPS) jumpAt.length = jumpTo.length = 0;
}

/** Longest jump stack kept between calls. */
const MAX_KEPT_JUMPS = 256;

/**
 * Cheap pre-check: most note lines hold no markup worth a full scan. One native search for
 * every mark a ref starts with (a bracket, a `#`, `http` in any case, as {@link isUrlStart}
 * reads it) rather than a search per mark.
 */
const MAY_HOLD_REFS = /[[#]|http/i;

function mayHoldRefs(text: string): boolean {
	return MAY_HOLD_REFS.test(text);
}

/** Records the embed or image whose `[` is at `i`; returns where scanning resumes, or -1. */
function image(shape: LineShape, i: number, into: InlineRefs): number {
	const end = wikilinkEnd(shape, i);
	if (end > 0) {
		const { target } = wikilinkParts(shape.text.slice(i + 2, end - 2));
		if (target) into.images.push(target);
		return end;
	}
	const link = markdownLinkAt(shape, i);
	if (!link) return -1;
	if (link.url) into.images.push(link.url);
	return link.end;
}

function nextSpanStart(spans: Int32Array, span: number, fallback: number): number {
	return span < spans.length ? spans[span] : fallback;
}

/** `http://` or `https://` at `i`, not in the middle of a word. */
function isUrlStart(text: string, i: number): boolean {
	if (i > 0 && isWordChar(text, i - 1)) return false;
	const head = text.slice(i, i + 8).toLowerCase();
	return head.startsWith('http://') || head === 'https://';
}

/** End of a bare URL: up to white space or `<>"`, without trailing punctuation or an unbalanced `)`/`]`. */
function bareUrlEnd(text: string, start: number, limit: number): number {
	let end = start;
	while (end < limit) {
		const c = text.charCodeAt(end);
		if (c <= 32 || c === 60 || c === 62 || c === 34 || c === 96) break;
		end++;
	}
	// Parens and brackets the URL opens itself (`wiki/Foo_(bar)`) are kept; a closer beyond those ends the prose.
	let parens = 0;
	let brackets = 0;
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		if (c === 40) parens++;
		else if (c === 41) parens--;
		else if (c === 91) brackets++;
		else if (c === 93) brackets--;
	}
	while (end > start) {
		const ch = text.charAt(end - 1);
		if ('.,:;!?\'"*_~'.includes(ch)) end--;
		else if (ch === ')' && parens < 0) { end--; parens++; }
		else if (ch === ']' && brackets < 0) { end--; brackets++; }
		else break;
	}
	return end;
}

/** Obsidian tags start after white space or punctuation that cannot end a word. */
function isTagBoundary(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 40 || c === 44 || c === 59 || c === 42 || c === 12288;
}

/** End of the tag body that starts at `i`: letters, digits, `_`, `-`, `/`. */
function tagEnd(text: string, i: number): number {
	let end = i;
	while (end < text.length) {
		const c = text.charCodeAt(end);
		if (c === 45 || c === 47 || isWordChar(text, end)) end++;
		else break;
	}
	return end;
}
