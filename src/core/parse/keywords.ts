import { fold } from '../text/fold';
import { KEYWORD_STOPWORDS } from './keyword-stopwords';
import { forwardFinder, isWordChar } from './line-scan';

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
	/** Written forms and how often each appears; the most common one names the keyword. */
	readonly forms: Map<string, number>;
	/** Seen as a mixed-case word, acronym, dotted token or mid-sentence capital. */
	strong: boolean;
}

/** The scan's running state across title and body. */
interface Tally {
	readonly terms: Map<string, TermStat>;
	readonly lowercase: Set<string>;
}

/** Candidate keywords of a talk with their counts (title counts double), keyed by the most common written form. */
export function collectKeywords(title: string, body: string, exclude: ReadonlySet<string>): Record<string, number> {
	const tally: Tally = { terms: new Map(), lowercase: new Set() };
	scanText(body, 1, false, tally);
	const titleTally: Tally = { terms: new Map(), lowercase: new Set() };
	scanText(title, 2, true, titleTally);
	mergeTitle(titleTally, tally);
	const result: Record<string, number> = {};
	for (const [key, stat] of tally.terms) {
		if (exclude.has(key) || KEYWORD_STOPWORDS.has(key)) continue;
		// A word only ever seen where any word is capitalised (bullet starts) may be a proper
		// noun (`Serde for JSON`) unless the talk also writes it in lower case (`tooling`).
		if (!stat.strong && tally.lowercase.has(key)) continue;
		let best = '';
		let bestCount = 0;
		for (const [form, n] of stat.forms) if (n > bestCount) { best = form; bestCount = n; }
		result[best] = (result[best] ?? 0) + stat.count;
	}
	return result;
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
			for (const [form, n] of stat.forms) body.forms.set(form, (body.forms.get(form) ?? 0) + n);
			body.strong = body.strong || stat.strong;
		} else if (stat.strong) {
			into.terms.set(key, stat);
		}
	}
}

/** Characters after which the next word starts a sentence (or a title segment). */
function endsSentence(c: string): boolean {
	return c === '.' || c === '!' || c === '?' || c === ':' || c === '|' || c === '~' || c === '—' || c === '\n';
}

/** Records every token of `text` with the given weight. */
function scanText(text: string, weight: number, titleCase: boolean, tally: Tally): void {
	let atStart = true;
	let i = 0;
	const n = text.length;
	// Embeds are skipped to their `]]` on the same line; the finders never search the same stretch twice.
	const nextClose = forwardFinder(text, ']]');
	const nextNewline = forwardFinder(text, '\n');
	while (i < n) {
		const c = text.charAt(i);
		if (c === '\n') { atStart = true; i++; continue; }
		if (isWordChar(text, i) && c !== '_') {
			const prevWord = i > 0 && isWordChar(text, i - 1);
			if (!prevWord && isUrlAt(text, i)) { i = skipTo(text, i, /\s/); continue; }
			const end = tokenEnd(text, i);
			const isNumber = record(text.slice(i, end), weight, atStart || titleCase, tally);
			if (!isNumber) atStart = false;
			i = end;
			continue;
		}
		if (c === '!' && text.startsWith('[[', i + 1)) {
			// An embed's target (`Pasted image 2023...png`) is a file name, not words of the talk.
			const close = nextClose(i);
			const newline = nextNewline(i);
			if (close >= 0 && (newline < 0 || close < newline)) { i = close + 2; continue; }
		}
		if (c === ']' && text.charAt(i + 1) === '(') { i = skipTo(text, i + 2, /[\s)]/); continue; }
		if (endsSentence(c) && (i + 1 >= n || /\s/.test(text.charAt(i + 1)))) atStart = true;
		i++;
	}
}

/** Index of the first character at or after `from` matching `stop`, or the end. */
function skipTo(text: string, from: number, stop: RegExp): number {
	let i = from;
	while (i < text.length && !stop.test(text.charAt(i))) i++;
	return i;
}

function isUrlAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i) | 32;
	if (c !== 104 && c !== 119) return false; // `h` or `w`: most words stop here
	const head = text.slice(i, i + 8).toLowerCase();
	return head.startsWith('http://') || head === 'https://' || head.startsWith('www.');
}

/** End of the token at `i`: word characters joined by single `.`, `'` or `’`, then `+`s or a `#` (`C++`, `C#`). */
function tokenEnd(text: string, i: number): number {
	let end = i;
	for (;;) {
		while (end < text.length && isWordChar(text, end) && text.charAt(end) !== '_') end++;
		const joiner = text.charAt(end);
		if ((joiner === '.' || joiner === "'" || joiner === '’') && end + 1 < text.length && isWordChar(text, end + 1)) {
			end++;
			continue;
		}
		break;
	}
	if (text.charAt(end) === '#' && !isWordChar(text, end + 1)) return end + 1;
	let plus = end;
	while (plus < text.length && plus - end < 2 && text.charAt(plus) === '+') plus++;
	return plus > end && !isWordChar(text, plus) ? plus : end;
}

/** Letter statistics of a token: counted by char code for ASCII (the common case), by Unicode class otherwise. */
function letterStats(token: string): { letters: number; upper: number; firstUpper: boolean; ascii: boolean } {
	let letters = 0;
	let upper = 0;
	let ascii = true;
	for (let k = 0; k < token.length; k++) {
		const c = token.charCodeAt(k);
		if (c >= 65 && c <= 90) { letters++; upper++; }
		else if (c >= 97 && c <= 122) letters++;
		else if (c >= 128) ascii = false;
	}
	if (ascii) return { letters, upper, firstUpper: token.charCodeAt(0) >= 65 && token.charCodeAt(0) <= 90, ascii };
	const all = token.replace(/[^\p{L}]/gu, '');
	return { letters: all.length, upper: all.replace(/[^\p{Lu}]/gu, '').length, firstUpper: /^\p{Lu}/u.test(token), ascii };
}

/** Counts one token; returns true when it is a number (which leaves the sentence state alone). */
function record(raw: string, weight: number, atStart: boolean, tally: Tally): boolean {
	let token = raw;
	const n = token.length;
	// `Rust's` is Rust; a curly apostrophe is the same word as a straight one.
	if (n > 2 && token.charCodeAt(n - 1) === 115 && (token.charCodeAt(n - 2) === 39 || token.charCodeAt(n - 2) === 0x2019)) token = token.slice(0, -2);
	if (token.indexOf('’') >= 0) token = token.replace(/’/g, "'");
	const { letters, upper, firstUpper, ascii } = letterStats(token);
	if (letters === 0) return true;
	if (token.length < 2) return false;
	const key = ascii ? token.toLowerCase() : fold(token);
	if (upper === 0) {
		tally.lowercase.add(key);
		return false;
	}
	const mixed = upper > (firstUpper ? 1 : 0) && upper < letters;
	const acronym = upper === letters && letters >= 2;
	const technical = /[.+#\d]/.test(token);
	const strong = mixed || acronym || technical || !firstUpper || !atStart;
	let stat = tally.terms.get(key);
	if (!stat) {
		stat = { count: 0, forms: new Map(), strong: false };
		tally.terms.set(key, stat);
	}
	stat.count += weight;
	stat.strong = stat.strong || strong;
	stat.forms.set(token, (stat.forms.get(token) ?? 0) + 1);
	return false;
}
