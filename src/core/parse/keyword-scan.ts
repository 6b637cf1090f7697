import { FNV_OFFSET, FNV_PRIME } from '../text/fnv';
import { TITLE } from './keyword-table';
import { ASCII_CLASS, record, tokenEnd, wordAt, type ScanSink } from './keyword-tokens';
import { forwardFinder, isWordChar } from './line-scan';

/**
 * The keyword scan's tokenizer: one pass over a talk's title or body that counts every
 * capitalised token into the term table, read in place, and notes where the body writes
 * words in lower case. URLs, link destinations and embeds are skipped.
 */

/**
 * Reused buffers of the body's and the title's code units as bytes (see {@link loadCodes}),
 * by source: the term table compares tokens in them until the talk is done. A huge talk's is let go.
 */
const CODES = [new Uint8Array(4096), new Uint8Array(4096)];
const KEEP_CODES = 1 << 20;
const ENCODER = new TextEncoder();

/**
 * The text's code units as bytes, with 128 for every non-ASCII one (whose real value is read
 * from the text where it matters: `’`, `—`, word characters) and zeros past the end, so the
 * scan reads a typed array instead of calling charCodeAt per character. encodeInto copies
 * all-ASCII text (nearly every talk) natively, whatever the string's layout; any other
 * character takes more than one byte, which shows as more bytes written than read.
 */
function loadCodes(text: string, source: number): Uint8Array {
	const n = text.length;
	let codes = CODES[source];
	if (codes.length < n + 8 || (codes.length > KEEP_CODES && n + 8 <= KEEP_CODES)) codes = CODES[source] = new Uint8Array(Math.max(n + 8, 4096));
	const copied = ENCODER.encodeInto(text, codes);
	if (copied.read !== n || copied.written !== n) {
		for (let i = 0; i < n; i++) {
			const c = text.charCodeAt(i);
			codes[i] = c < 128 ? c : 128;
		}
	}
	for (let i = n; i < n + 8; i++) codes[i] = 0;
	return codes;
}

const SPACE = /\s/;

/** `\s` by char code, with the regex only for non-ASCII. */
function isSpace(c: number, text: string, i: number): boolean {
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return SPACE.test(text.charAt(i));
}

/** Characters after which the next word starts a sentence (or a title segment). */
function endsSentence(c: number): boolean {
	return c === 46 || c === 33 || c === 63 || c === 58 || c === 124 || c === 126 || c === 0x2014 || c === 10;
}

/**
 * ASCII codes the scan steps over with no other effect (white space, `-`, `,`, `_`, brackets
 * other than `]`...): not token characters, newlines, sentence ends, `!` (embeds) or `]`
 * (link destinations). One lookup instead of the general path's chain of tests.
 */
const INERT = new Uint8Array(256);
for (let c = 0; c < 128; c++) if (ASCII_CLASS[c] !== 1 && c !== 33 && c !== 93 && !endsSentence(c)) INERT[c] = 1;

/**
 * Records every token of `text`, which is the table's `source` text, with the given weight.
 * In a Title Case text (`titleCase`) every word counts as a sentence start; its lower-case
 * words are not recorded (they say nothing about the body's words).
 */
export function scanText(text: string, source: number, weight: number, titleCase: boolean, sink: ScanSink): void {
	let atStart = true;
	let i = 0;
	const n = text.length;
	const codes = loadCodes(text, source);
	sink.table.useCodes(source, codes);
	// Embeds are skipped to their `]]` on the same line; the finders never search the same stretch twice.
	let nextClose: ((from: number) => number) | null = null;
	let nextNewline: ((from: number) => number) | null = null;
	// The body's plain lower-case words (most words) are appended through locals:
	// the list's own fields are synced around the general path, which appends too.
	const lowercase = sink.lowercase;
	const keepLowercase = source !== TITLE;
	// A word kept is two entries for at least two characters of its own, so `n` more entries always fit.
	let words: Int32Array = keepLowercase ? lowercase.reserve(lowercase.length + n) : lowercase.data;
	let count = lowercase.length;
	while (i < n) {
		const c = codes[i];
		// Plain words (`word`, `Word`) are most tokens: measured and counted here in one tight
		// loop, hashing a capitalised word as it goes. Anything else (digits, inner capitals,
		// joiners, `#`, `+`, non-ASCII, URLs: `http` and `www` end at `:` or `.`, which
		// plainEnd lets through) takes the general path below from the start.
		if (c >= 97 && c <= 122) {
			let end = i + 1;
			let d = codes[end];
			while (d >= 97 && d <= 122) d = codes[++end];
			if (plainEnd(codes, text, end, d) && !((c === 104 || c === 119) && isUrlAt(codes, i))) {
				if (end - i >= 2 && keepLowercase) {
					words[count++] = i;
					words[count++] = ((end - i) << 7) | c;
				}
				atStart = false;
				// A space after the word changes nothing: step over it here rather than read it again.
				i = d === 32 ? end + 1 : end;
				continue;
			}
		} else if (c >= 65 && c <= 90) {
			let end = i + 1;
			let d = codes[end];
			let h = Math.imul(FNV_OFFSET ^ (c | 32), FNV_PRIME);
			while (d >= 97 && d <= 122) {
				h = Math.imul(h ^ d, FNV_PRIME);
				d = codes[++end];
			}
			if (plainEnd(codes, text, end, d) && !((c === 72 || c === 87) && isUrlAt(codes, i))) {
				// One capital then lower case: a term only in mid-sentence (see classify).
				if (end - i >= 2) sink.table.countAscii(source, i, end, h, weight, !(atStart || titleCase));
				atStart = false;
				i = d === 32 ? end + 1 : end;
				continue;
			}
		} else if (INERT[c] === 1) {
			i++;
			continue;
		}
		if (c === 10) { atStart = true; i++; continue; }
		if (c < 128 ? ASCII_CLASS[c] === 1 : isWordChar(text, i)) {
			if ((c === 104 || c === 72 || c === 119 || c === 87) && isUrlAt(codes, i) && !(i > 0 && wordAt(codes, text, i - 1))) {
				while (i < n && !isSpace(codes[i], text, i)) i++;
				continue;
			}
			const end = tokenEnd(codes, text, i);
			lowercase.length = count;
			const isNumber = record(codes, text, source, i, end, weight, atStart || titleCase, sink);
			count = lowercase.length;
			words = lowercase.data;
			if (!isNumber) atStart = false;
			i = end;
			continue;
		}
		if (c === 33 && codes[i + 1] === 91 && codes[i + 2] === 91) {
			// An embed's target (`Pasted image 2023...png`) is a file name, not words of the talk.
			nextClose ??= forwardFinder(text, ']]');
			nextNewline ??= forwardFinder(text, '\n');
			const close = nextClose(i);
			const newline = nextNewline(i);
			if (close >= 0 && (newline < 0 || close < newline)) { i = close + 2; continue; }
		}
		if (c === 93 && codes[i + 1] === 40) {
			i += 2;
			while (i < n) {
				const d = codes[i];
				if (d === 41 || isSpace(d, text, i)) break;
				i++;
			}
			continue;
		}
		if (endsSentence(c < 128 ? c : text.charCodeAt(i)) && (i + 1 >= n || isSpace(codes[i + 1], text, i + 1))) atStart = true;
		i++;
	}
	lowercase.length = count;
}

/**
 * Whether a run of ASCII lower-case letters followed by the code `d` at `end` (0 past the end) is the
 * whole token, as {@link tokenEnd} would measure it: no letters, digits or non-ASCII follow,
 * no `.` or `'` joins another word on, no `+` or `#` ends it (those go the general way).
 */
function plainEnd(codes: Uint8Array, text: string, end: number, d: number): boolean {
	const after = AFTER_WORD[d];
	return after === ENDS || (after === JOINS && !wordAt(codes, text, end + 1));
}

/** What a code after a run of letters does to the token: ends it, joins the next word on (`.`, `'`), or another case. */
const ENDS = 0;
const JOINS = 1;
const AFTER_WORD = new Uint8Array(256);
for (let d = 128; d < 256; d++) AFTER_WORD[d] = 2; // non-ASCII (the 128 stand-in)
for (let d = 0; d < 128; d++) if (ASCII_CLASS[d] === 1 || d === 35 || d === 43) AFTER_WORD[d] = 2;
AFTER_WORD[46] = JOINS;
AFTER_WORD[39] = JOINS;

/** Whether a URL (`http://`, `https://`, `www.`, any case) starts at `i`. */
function isUrlAt(codes: Uint8Array, i: number): boolean {
	const c = codes[i] | 32;
	if (c === 119) return (codes[i + 1] | 32) === 119 && (codes[i + 2] | 32) === 119 && codes[i + 3] === 46;
	if (c !== 104) return false;
	if ((codes[i + 1] | 32) !== 116 || (codes[i + 2] | 32) !== 116 || (codes[i + 3] | 32) !== 112) return false;
	const k = (codes[i + 4] | 32) === 115 ? i + 5 : i + 4;
	return codes[k] === 58 && codes[k + 1] === 47 && codes[k + 2] === 47;
}
