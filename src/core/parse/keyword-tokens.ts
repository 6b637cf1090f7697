import { fold } from '../text/fold';
import { hashAscii } from './keyword-hash';
import type { LowercaseWords } from './keyword-lowercase';
import { TITLE, type TermTable } from './keyword-table';
import { isWordChar } from './line-scan';

/**
 * One token of the keyword scan (keyword-scan.ts): where it ends, what its characters are,
 * and whether it is a term, a lower-case word or a number. The scan reads the text as bytes
 * (`codes`, 128 standing for any non-ASCII code unit, whose real value is read from `text`).
 */

/** Where one scan puts what it finds. */
export interface ScanSink {
	readonly table: TermTable;
	/** Where the body writes ASCII words in lower case. */
	readonly lowercase: LowercaseWords;
	/** Folded keys of the body's lower-case words with non-ASCII letters (rare, so kept as strings). */
	readonly lowercaseKeys: string[];
}

/** ASCII classes: 1 = letter or digit (a token character), 2 = `_` (a word character that is not part of tokens). */
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
ASCII_CLASS[95] = 2;

/** {@link isWordChar} with the ASCII test inlined: this runs once per character of every talk. */
export function wordAt(codes: Uint8Array, text: string, i: number): boolean {
	const c = codes[i];
	return c < 128 ? ASCII_CLASS[c] !== 0 : isWordChar(text, i);
}

/**
 * What {@link tokenEnd} saw in the token it just measured, so the token's characters are
 * read once: ASCII letters, capitals, whether it has a digit, `.`, `+` or `#`, and how many
 * code units are non-ASCII. Module state rather than a returned object: one token at a time.
 */
let seenLetters = 0;
let seenUpper = 0;
let seenTechnical = false;
let seenNonAscii = 0;

/**
 * End of the token at `i`: word characters joined by single `.`, `'` or `’`, then `+`s or a
 * `#` (`C++`, `C#`). Counts the token's characters into the `seen*` statistics on the way.
 */
export function tokenEnd(codes: Uint8Array, text: string, i: number): number {
	const n = text.length;
	let letters = 0;
	let upper = 0;
	let technical = false;
	let nonAscii = 0;
	let end = i;
	for (;;) {
		while (end < n) {
			const c = codes[end];
			if (c < 128) {
				if (ASCII_CLASS[c] !== 1) break;
				if (c >= 97) letters++;
				else if (c >= 65) { letters++; upper++; }
				else technical = true; // a digit
			} else if (isWordChar(text, end)) {
				nonAscii++;
			} else {
				break;
			}
			end++;
		}
		const joiner = codes[end];
		const curly = joiner === 128 && text.charCodeAt(end) === 0x2019;
		if ((joiner === 46 || joiner === 39 || curly) && end + 1 < n && wordAt(codes, text, end + 1)) {
			if (joiner === 46) technical = true;
			else if (curly) nonAscii++;
			end++;
			continue;
		}
		break;
	}
	seenLetters = letters;
	seenUpper = upper;
	seenNonAscii = nonAscii;
	if (codes[end] === 35 && !wordAt(codes, text, end + 1)) {
		seenTechnical = true;
		return end + 1;
	}
	let plus = end;
	while (plus < n && plus - end < 2 && codes[plus] === 43) plus++;
	if (plus > end && !wordAt(codes, text, plus)) {
		seenTechnical = true;
		return plus;
	}
	seenTechnical = technical;
	return end;
}

/** Letter statistics of a non-ASCII token, by Unicode class. */
function unicodeStats(token: string): { letters: number; upper: number; firstUpper: boolean } {
	const all = token.replace(/[^\p{L}]/gu, '');
	return { letters: all.length, upper: all.replace(/[^\p{Lu}]/gu, '').length, firstUpper: /^\p{Lu}/u.test(token) };
}

/**
 * Counts the token `text[start, end)` that {@link tokenEnd} just measured; returns true
 * when it is a number (which leaves the sentence state alone). ASCII tokens, nearly all
 * of them, are classified from the statistics of that scan and counted without a string.
 */
export function record(codes: Uint8Array, text: string, source: number, start: number, end: number, weight: number, atStart: boolean, sink: ScanSink): boolean {
	let stop = end;
	let letters = seenLetters;
	let nonAscii = seenNonAscii;
	// `Rust's` is Rust; a curly apostrophe is the same word as a straight one.
	if (end - start > 2 && codes[end - 1] === 115) {
		const q = codes[end - 2];
		const curly = q === 128 && text.charCodeAt(end - 2) === 0x2019;
		if (q === 39 || curly) {
			stop = end - 2;
			letters--; // the `s`
			if (curly) nonAscii--;
		}
	}
	if (nonAscii > 0) return recordUnicode(text.slice(start, stop), source, weight, atStart, sink);
	const upper = seenUpper;
	const technical = seenTechnical;
	if (letters === 0) return true;
	if (stop - start < 2) return false;
	if (upper === 0) {
		if (source !== TITLE) sink.lowercase.pushWord(start, stop - start, codes[start]);
		return false;
	}
	const first = codes[start];
	const firstUpper = first >= 65 && first <= 90;
	const strong = classify(letters, upper, firstUpper, technical, atStart);
	sink.table.countAscii(source, start, stop, hashAscii(codes, start, stop), weight, strong);
	return false;
}

/** {@link record} for a token with non-ASCII characters: Unicode letter classes and a full fold. */
function recordUnicode(raw: string, source: number, weight: number, atStart: boolean, sink: ScanSink): boolean {
	const token = raw.indexOf('’') >= 0 ? raw.replace(/’/g, "'") : raw;
	const { letters, upper, firstUpper } = unicodeStats(token);
	if (letters === 0) return true;
	if (token.length < 2) return false;
	const key = fold(token);
	if (upper === 0) {
		if (source !== TITLE) sink.lowercaseKeys.push(key);
		return false;
	}
	sink.table.countString(key, token, weight, classify(letters, upper, firstUpper, /[.+#\d]/.test(token), atStart));
	return false;
}

/** Whether a capitalised token is a term by its shape or place (mixed case, acronym, technical, mid-sentence). */
function classify(letters: number, upper: number, firstUpper: boolean, technical: boolean, atStart: boolean): boolean {
	const mixed = upper > (firstUpper ? 1 : 0) && upper < letters;
	const acronym = upper === letters && letters >= 2;
	return mixed || acronym || technical || !firstUpper || !atStart;
}
