/**
 * How wide text is in a terminal, so table columns line up with emoji and CJK
 * titles. An approximation of `wcwidth` over grapheme clusters: wide emoji and
 * East Asian wide characters take two cells, combining marks and format
 * characters none, everything else one.
 */

/** `Intl.Segmenter` (Node 16+); the project's TypeScript lib (ES2021) does not declare it yet. */
interface GraphemeSegmenter {
	segment(text: string): Iterable<{ readonly segment: string }>;
}
const SegmenterClass = (Intl as unknown as { Segmenter: new (locale: undefined, options: { granularity: 'grapheme' }) => GraphemeSegmenter }).Segmenter;
const segmenter = new SegmenterClass(undefined, { granularity: 'grapheme' });

/** East Asian Wide and Fullwidth blocks (Unicode UAX #11), as [first, last] code points. */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x1100, 0x115f],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x20000, 0x3fffd],
];

/** Terminal cells taken by one grapheme cluster. */
function graphemeWidth(grapheme: string): number {
	if (/^[\p{M}\p{Cf}\p{Cc}]+$/u.test(grapheme)) return 0;
	if (/\p{Emoji_Presentation}/u.test(grapheme)) return 2;
	if (/\p{Extended_Pictographic}/u.test(grapheme) && grapheme.includes('\ufe0f')) return 2;
	const first = grapheme.codePointAt(0) ?? 0;
	return WIDE_RANGES.some(([lo, hi]) => first >= lo && first <= hi) ? 2 : 1;
}

/** Terminal cells taken by `text` (one line, already cleaned). */
export function displayWidth(text: string): number {
	let width = 0;
	for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
	return width;
}

/**
 * One table cell from note text: line breaks and tabs become spaces, control
 * characters (a note could hold terminal escape sequences) are dropped.
 */
export function cleanCell(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		// eslint-disable-next-line no-control-regex -- dropping control characters is the point
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
		.trim();
}

/** `text` cut to at most `width` cells, ending in `…` when cut; never splits a grapheme. */
export function truncate(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	if (width <= 0) return '';
	let out = '';
	let used = 0;
	for (const { segment } of segmenter.segment(text)) {
		const w = graphemeWidth(segment);
		if (used + w > width - 1) break;
		out += segment;
		used += w;
	}
	return `${out.trimEnd()}…`;
}

/** `text` padded with spaces to `width` cells, on the right or (for numbers) the left. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
	return align === 'left' ? text + fill : fill + text;
}

/**
 * `text` broken into lines of at most `width` cells at spaces; a word wider
 * than a line (a long vault path) is cut into pieces rather than overflowing.
 */
export function wrap(text: string, width: number): string[] {
	if (width <= 0 || displayWidth(text) <= width) return [text];
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(' ')) {
		const candidate = current === '' ? word : `${current} ${word}`;
		if (displayWidth(candidate) <= width) {
			current = candidate;
			continue;
		}
		if (current !== '') lines.push(current);
		current = '';
		for (const piece of splitToWidth(word, width)) {
			if (current !== '') lines.push(current);
			current = piece;
		}
	}
	if (current !== '') lines.push(current);
	return lines;
}

/** `word` in consecutive pieces of at most `width` cells, never splitting a grapheme. */
function splitToWidth(word: string, width: number): string[] {
	const pieces: string[] = [];
	let piece = '';
	let used = 0;
	for (const { segment } of segmenter.segment(word)) {
		const w = graphemeWidth(segment);
		if (used + w > width && piece !== '') {
			pieces.push(piece);
			piece = '';
			used = 0;
		}
		piece += segment;
		used += w;
	}
	pieces.push(piece);
	return pieces;
}
