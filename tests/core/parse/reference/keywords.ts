/**
 * The keyword scan as it was before the hash-table rewrite (src/core/parse/keywords.ts), kept as a
 * test oracle because the rewrite changed the algorithm (in-place probing of typed arrays instead of
 * sliced, lowercased tokens in Maps), not just the code: collectKeywords must return exactly this.
 */
import { fold } from '../../../../src/core/text/fold';
import { KEYWORD_STOPWORDS } from '../../../../src/core/parse/keyword-stopwords';
import { forwardFinder, isWordChar } from '../../../../src/core/parse/line-scan';
import { OffsetPairs } from '../../../../src/core/parse/offset-pairs';

/**
 * Candidate automatic keywords (note-format.md, section 6, rule 4): proper
 * nouns and technical terms, counted per talk. The index weighs them against
 * the whole vault; here we only decide what could be a term:
 * - mixed case (`SQLite`, `gRPC`), acronyms (`SQL`), tokens with `.`, `+`, `#`
 *   (`Fly.io`, `C++`, `C#`), and capitalised words in the middle of a sentence;
 * - a capitalised word seen only at sentence starts (`Diesel for SQL`) counts
 *   unless the same word also appears in lower case (`Tooling` / `tooling`).
 * One pass over the text; URLs, link destinations and embeds are skipped.
 */

/** What the text says about one folded term. */
interface TermStat {
	count: number;
	/** The first written form and how often it appears (most terms only ever have one form). */
	form: string;
	formCount: number;
	/** Every written form with its count, in first-seen order: built only once a second form appears. */
	forms: Map<string, number> | null;
	/** Seen as a mixed-case word, acronym, dotted token or mid-sentence capital. */
	strong: boolean;
}

/** The scan's running state across title and body. */
interface Tally {
	readonly terms: Map<string, TermStat>;
	/**
	 * Where the text writes an ASCII word in lower case, as `[start, end)` pairs; null when
	 * nobody asks (the title). Kept as offsets because few of these words ever matter: only
	 * those spelling a word that was otherwise seen capitalised at a sentence start.
	 */
	readonly lowercaseAt: OffsetPairs | null;
	/** Folded keys of the lower-case words with non-ASCII letters (rare, so kept as strings). */
	readonly lowercaseKeys: Set<string>;
}

/** The body's lower-case word offsets: one buffer for every talk (a scan never runs inside another). */
const BODY_LOWERCASE = new OffsetPairs();

/** Candidate keywords of a talk with their counts (title counts double), keyed by the most common written form. */
export function referenceKeywords(title: string, body: string, exclude: ReadonlySet<string>): Record<string, number> {
	BODY_LOWERCASE.reset();
	const tally: Tally = { terms: new Map(), lowercaseAt: BODY_LOWERCASE, lowercaseKeys: new Set() };
	scanText(body, 1, false, tally);
	const titleTally: Tally = { terms: new Map(), lowercaseAt: null, lowercaseKeys: new Set() };
	scanText(title, 2, true, titleTally);
	mergeTitle(titleTally, tally);
	// One pass decides what is excluded; the weak terms left are then checked against the body.
	const keptKeys: string[] = [];
	const kept: TermStat[] = [];
	const weak: string[] = [];
	for (const [key, stat] of tally.terms) {
		if (exclude.has(key) || KEYWORD_STOPWORDS.has(key)) continue;
		keptKeys.push(key);
		kept.push(stat);
		if (!stat.strong) weak.push(key);
	}
	const lowercase = weak.length > 0 ? writtenInLowercase(body, tally, weak) : NONE;
	const result = dictionaryObject();
	for (let k = 0; k < kept.length; k++) {
		const stat = kept[k];
		// A word only ever seen where any word is capitalised (bullet starts) may be a proper
		// noun (`Serde for JSON`) unless the talk also writes it in lower case (`tooling`).
		if (!stat.strong && lowercase.has(keptKeys[k])) continue;
		// Each spelling names one term only, so plain assignment (never a read of an inherited `toString`).
		result[bestForm(stat)] = stat.count;
	}
	return result;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * An empty object already in V8's dictionary mode. Every talk adds its own few dozen
 * words as properties; on a fresh `{}` each addition is a hidden-class transition, and
 * across a vault those transitions cost more than the whole scan. Deleting a property
 * that is not the last one added switches the object to dictionary mode; the result is
 * still a plain object with insertion-ordered keys.
 */
function dictionaryObject(): Record<string, number> {
	const object: Record<string, number> = { a: 0, b: 0 };
	delete object.a;
	delete object.b;
	return object;
}

/** Buckets of (length, first ASCII code) that some wanted key falls in; cleared after each use. */
const BUCKETS = new Uint8Array(64 * 128);

function bucket(length: number, first: number): number {
	return (length < 64 ? length : 63) * 128 + first;
}

/** Which of the `weak` keys the body also writes in lower case. */
function writtenInLowercase(text: string, tally: Tally, weak: readonly string[]): Set<string> {
	const found = new Set<string>();
	const wanted = new Set<string>();
	for (const key of weak) {
		if (tally.lowercaseKeys.has(key)) found.add(key);
		else if (key.charCodeAt(0) < 128) wanted.add(key); // an ASCII word can only spell an ASCII key
	}
	if (wanted.size === 0) return found;
	for (const key of wanted) BUCKETS[bucket(key.length, key.charCodeAt(0))] = 1;
	// Only words whose length and first letter fit some wanted key are ever sliced out.
	const at = tally.lowercaseAt;
	const entries = at ? at.length : 0;
	for (let k = 0; k < entries; k += 2) {
		const start = (at as OffsetPairs).at(k);
		const end = (at as OffsetPairs).at(k + 1);
		if (BUCKETS[bucket(end - start, text.charCodeAt(start))] === 0) continue;
		const word = text.slice(start, end);
		if (wanted.has(word)) found.add(word);
	}
	for (const key of wanted) BUCKETS[bucket(key.length, key.charCodeAt(0))] = 0;
	return found;
}

/** The most common written form; the first seen wins a tie. */
function bestForm(stat: TermStat): string {
	if (!stat.forms) return stat.form;
	let best = '';
	let bestCount = 0;
	for (const [form, n] of stat.forms) if (n > bestCount) { best = form; bestCount = n; }
	return best;
}

/** Counts `n` more sightings of a written form. */
function addForm(stat: TermStat, form: string, n: number): void {
	if (stat.forms) {
		stat.forms.set(form, (stat.forms.get(form) ?? 0) + n);
	} else if (form === stat.form) {
		stat.formCount += n;
	} else {
		stat.forms = new Map([[stat.form, stat.formCount], [form, n]]);
	}
}

/**
 * Adds the title's terms. Titles are Title Case, so a capitalised title word says
 * nothing by itself (`Quantifying the Performance Impact`): it counts (double) only
 * when the body names it too, or when its shape is technical (`SQL`, `gRPC`, `Fly.io`).
 */
function mergeTitle(title: Tally, into: Tally): void {
	for (const [key, stat] of title.terms) {
		const body = into.terms.get(key);
		if (body) {
			body.count += stat.count;
			if (stat.forms) for (const [form, n] of stat.forms) addForm(body, form, n);
			else addForm(body, stat.form, stat.formCount);
			body.strong = body.strong || stat.strong;
		} else if (stat.strong) {
			into.terms.set(key, stat);
		}
	}
}

/** ASCII classes: 1 = letter or digit (a token character), 2 = `_` (a word character that is not part of tokens). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
ASCII_CLASS[95] = 2;

/** {@link isWordChar} with the ASCII test inlined: this runs once per character of every talk. */
function wordAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c < 128 ? ASCII_CLASS[c] !== 0 : isWordChar(text, i);
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

/** Records every token of `text` with the given weight. */
function scanText(text: string, weight: number, titleCase: boolean, tally: Tally): void {
	let atStart = true;
	let i = 0;
	const n = text.length;
	// Embeds are skipped to their `]]` on the same line; the finders never search the same stretch twice.
	let nextClose: ((from: number) => number) | null = null;
	let nextNewline: ((from: number) => number) | null = null;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 10) { atStart = true; i++; continue; }
		if (c < 128 ? ASCII_CLASS[c] === 1 : isWordChar(text, i)) {
			if ((c === 104 || c === 72 || c === 119 || c === 87) && !(i > 0 && wordAt(text, i - 1)) && isUrlAt(text, i)) {
				while (i < n && !isSpace(text.charCodeAt(i), text, i)) i++;
				continue;
			}
			const end = tokenEnd(text, i);
			const isNumber = record(text, i, end, weight, atStart || titleCase, tally);
			if (!isNumber) atStart = false;
			i = end;
			continue;
		}
		if (c === 33 && text.charCodeAt(i + 1) === 91 && text.charCodeAt(i + 2) === 91) {
			// An embed's target (`Pasted image 2023...png`) is a file name, not words of the talk.
			nextClose ??= forwardFinder(text, ']]');
			nextNewline ??= forwardFinder(text, '\n');
			const close = nextClose(i);
			const newline = nextNewline(i);
			if (close >= 0 && (newline < 0 || close < newline)) { i = close + 2; continue; }
		}
		if (c === 93 && text.charCodeAt(i + 1) === 40) {
			i += 2;
			while (i < n) {
				const d = text.charCodeAt(i);
				if (d === 41 || isSpace(d, text, i)) break;
				i++;
			}
			continue;
		}
		if (endsSentence(c) && (i + 1 >= n || isSpace(text.charCodeAt(i + 1), text, i + 1))) atStart = true;
		i++;
	}
}

/** Whether a URL (`http://`, `https://`, `www.`, any case) starts at `i`. */
function isUrlAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i) | 32;
	if (c === 119) return (text.charCodeAt(i + 1) | 32) === 119 && (text.charCodeAt(i + 2) | 32) === 119 && text.charCodeAt(i + 3) === 46;
	if (c !== 104) return false;
	if ((text.charCodeAt(i + 1) | 32) !== 116 || (text.charCodeAt(i + 2) | 32) !== 116 || (text.charCodeAt(i + 3) | 32) !== 112) return false;
	const k = (text.charCodeAt(i + 4) | 32) === 115 ? i + 5 : i + 4;
	return text.charCodeAt(k) === 58 && text.charCodeAt(k + 1) === 47 && text.charCodeAt(k + 2) === 47;
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
function tokenEnd(text: string, i: number): number {
	const n = text.length;
	let letters = 0;
	let upper = 0;
	let technical = false;
	let nonAscii = 0;
	let end = i;
	for (;;) {
		while (end < n) {
			const c = text.charCodeAt(end);
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
		const joiner = text.charCodeAt(end);
		if ((joiner === 46 || joiner === 39 || joiner === 0x2019) && end + 1 < n && wordAt(text, end + 1)) {
			if (joiner === 46) technical = true;
			else if (joiner === 0x2019) nonAscii++;
			end++;
			continue;
		}
		break;
	}
	seenLetters = letters;
	seenUpper = upper;
	seenNonAscii = nonAscii;
	if (text.charCodeAt(end) === 35 && !wordAt(text, end + 1)) {
		seenTechnical = true;
		return end + 1;
	}
	let plus = end;
	while (plus < n && plus - end < 2 && text.charCodeAt(plus) === 43) plus++;
	if (plus > end && !wordAt(text, plus)) {
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
 * of them, are classified from the statistics of that scan: one slice, no regex.
 */
function record(text: string, start: number, end: number, weight: number, atStart: boolean, tally: Tally): boolean {
	let stop = end;
	let letters = seenLetters;
	let nonAscii = seenNonAscii;
	// `Rust's` is Rust; a curly apostrophe is the same word as a straight one.
	if (end - start > 2 && text.charCodeAt(end - 1) === 115) {
		const q = text.charCodeAt(end - 2);
		if (q === 39 || q === 0x2019) {
			stop = end - 2;
			letters--; // the `s`
			if (q === 0x2019) nonAscii--;
		}
	}
	if (nonAscii > 0) return recordUnicode(text.slice(start, stop), weight, atStart, tally);
	const upper = seenUpper;
	const technical = seenTechnical;
	if (letters === 0) return true;
	if (stop - start < 2) return false;
	if (upper === 0) {
		tally.lowercaseAt?.push(start, stop);
		return false;
	}
	const token = text.slice(start, stop);
	const first = text.charCodeAt(start);
	const firstUpper = first >= 65 && first <= 90;
	count(token.toLowerCase(), token, weight, classify(letters, upper, firstUpper, technical, atStart), tally);
	return false;
}

/** {@link record} for a token with non-ASCII characters: Unicode letter classes and a full fold. */
function recordUnicode(raw: string, weight: number, atStart: boolean, tally: Tally): boolean {
	const token = raw.indexOf('’') >= 0 ? raw.replace(/’/g, "'") : raw;
	const { letters, upper, firstUpper } = unicodeStats(token);
	if (letters === 0) return true;
	if (token.length < 2) return false;
	const key = fold(token);
	if (upper === 0) {
		tally.lowercaseKeys.add(key);
		return false;
	}
	count(key, token, weight, classify(letters, upper, firstUpper, /[.+#\d]/.test(token), atStart), tally);
	return false;
}

/** Whether a capitalised token is a term by its shape or place (mixed case, acronym, technical, mid-sentence). */
function classify(letters: number, upper: number, firstUpper: boolean, technical: boolean, atStart: boolean): boolean {
	const mixed = upper > (firstUpper ? 1 : 0) && upper < letters;
	const acronym = upper === letters && letters >= 2;
	return mixed || acronym || technical || !firstUpper || !atStart;
}

/** Adds one sighting of a capitalised token to its folded term. */
function count(key: string, token: string, weight: number, strong: boolean, tally: Tally): void {
	const stat = tally.terms.get(key);
	if (!stat) {
		tally.terms.set(key, { count: weight, form: token, formCount: 1, forms: null, strong });
		return;
	}
	stat.count += weight;
	stat.strong = stat.strong || strong;
	addForm(stat, token, 1);
}
