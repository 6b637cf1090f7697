import { lowerAscii } from './fnv';

/**
 * Folding for identity: two names are the same person, topic or conference when
 * their folded forms are equal. Case, accents (NFD marks) and runs of white space
 * do not count.
 */
export function fold(text: string): string {
	// Fast path (most names, keywords and queries): plain ASCII needs no normalization,
	// and text whose only white space is single inner spaces needs no collapsing.
	let tidy = true;
	let previousSpace = true;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x80) return foldFull(text);
		if (code === 0x20) {
			if (previousSpace) tidy = false;
			previousSpace = true;
		} else {
			if (code <= 0x0d && code >= 0x09) tidy = false;
			previousSpace = false;
		}
	}
	if (previousSpace && text.length > 0) tidy = false;
	const lower = text.toLowerCase();
	return tidy ? lower : lower.replace(/\s+/g, ' ').trim();
}

/** The general case: decompose, drop combining marks, lowercase, collapse white space. */
function foldFull(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The first code unit of `fold(text)`, told without folding, when `text` starts with a
 * printable ASCII character: that character in lower case (decomposition and mark removal
 * leave a leading ASCII character alone, and it is not white space to trim). -1 otherwise.
 */
export function foldedFirstUnit(text: string): number {
	const first = text.charCodeAt(0);
	return first > 32 && first < 128 ? lowerAscii(first) : -1;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/**
 * A url- and id-safe slug: folded, every run of other characters turned into one `-`.
 * Letters of any script are kept, so non-Latin titles still give distinct slugs.
 */
export function slug(text: string): string {
	const ascii = asciiSlug(text);
	if (ascii !== undefined) return ascii;
	const folded = fold(text);
	// Folded ASCII (here only a text too long for the fast path) has no capitals, so its letters
	// and digits are `a-z0-9`: the same cut with a plain character class, faster than Unicode classes.
	const others = NON_ASCII.test(folded) ? NOT_LETTER_OR_DIGIT : NOT_ASCII_LETTER_OR_DIGIT;
	return folded.replace(others, '-').replace(EDGE_DASHES, '');
}

/** Longest text the ASCII fast path takes (its code units go through one reused array). */
const ASCII_SLUG_MAX = 512;
/**
 * The slug's code units, the first `n` of each call. Written by index and cut to length once
 * at the end: emptied by `length = 0` before each slug, the array let go of its storage and
 * grew again unit by unit, about 0.8 KB of garbage per talk id made.
 */
const slugUnits: number[] = [];

/**
 * {@link slug} of a short ASCII text in one pass with no intermediate strings (a talk's id is
 * the slug of its title, made for every talk of every parse): lower-cased letters and digits,
 * every run of anything else one `-`, none at either end. Undefined for other texts.
 */
function asciiSlug(text: string): string | undefined {
	if (text.length > ASCII_SLUG_MAX) return undefined;
	let n = 0;
	let dash = false;
	for (let i = 0; i < text.length; i++) {
		const c = lowerAscii(text.charCodeAt(i));
		if (c >= 0x80) return undefined;
		if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
			if (dash && n > 0) slugUnits[n++] = 45;
			dash = false;
			slugUnits[n++] = c;
		} else {
			dash = true;
		}
	}
	if (slugUnits.length !== n) slugUnits.length = n;
	return String.fromCharCode.apply(null, slugUnits);
}

