import type { SpeakerMention } from '../model';
import { fold } from '../text/fold';
import type { PeopleDirectory } from './parse-context';
import { lineShape, markdownLinkAt, wikilinkEnd, wikilinkParts } from './line-scan';
import { NOT_NAME_WORDS } from './name-stopwords';

/**
 * When a piece of text "looks like a name" (note-format.md, section 3), and how
 * a list of names splits. Everything is linear and bounded: a speaker list
 * longer than a few hundred characters is not a speaker list.
 */

/** Longest text considered as a list of names; longer text is prose. */
const MAX_LIST = 400;
/** Longest single name. */
const MAX_NAME = 80;

/** Lower-case words allowed inside a name: `Guido van Rossum`, `Maria de la Cruz`. */
const PARTICLES = new Set(['van', 'de', 'da', 'von', 'der', 'del', 'di', 'du', 'la', 'le', 'den', 'dos', 'das', 'do', 'ter', 'ten', 'bin', 'al', 'el', 'y']);

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const UPPER_RUN = /^[\p{Lu}.'’-]+$/u;

/** Whether `text` is a known person's name or alias. */
export function isKnownPerson(text: string, people: PeopleDirectory): boolean {
	const t = text.trim();
	return t.length > 0 && t.length <= MAX_NAME && people.canonical(t) !== undefined;
}

/**
 * Two to four capitalised words (particles such as `van` allowed between them),
 * no digits, no title words. `minWords` is 1 after an explicit `Speaker:`.
 */
export function looksLikeName(text: string, minWords = 2): boolean {
	const t = text.trim();
	if (t.length === 0 || t.length > MAX_NAME || /\d/.test(t)) return false;
	let capitalised = 0;
	if (OTHER_SPACE.test(t)) {
		const words = t.split(/\s+/);
		for (let w = 0; w < words.length; w++) {
			const verdict = judgeWord(words[w], w > 0, w === words.length - 1);
			if (verdict < 0) return false;
			capitalised += verdict;
		}
	} else {
		// Single spaces only: walk the words in place, and stop at the first that is no name's.
		for (let from = 0; ; ) {
			const space = t.indexOf(' ', from);
			const to = space < 0 ? t.length : space;
			const verdict = judgeRange(t, from, to, from > 0, space < 0);
			if (verdict < 0) return false;
			capitalised += verdict;
			if (space < 0 || capitalised > 4) break;
			from = space + 1;
		}
	}
	return capitalised >= minWords && capitalised <= 4;
}

/** One word of a possible name: 1 when capitalised, 0 for a particle between words, -1 when no name has it. */
function judgeWord(word: string, notFirst: boolean, last: boolean): number {
	if (notFirst && !last && PARTICLES.has(word)) return 0;
	const shape = asciiWordShape(word);
	if (shape === NOT_A_NAME_WORD || NOT_NAME_WORDS.has(word.toLowerCase())) return -1;
	if (shape === SHOUTED) return -1;
	if (shape === NOT_ASCII) {
		if (!NAME_WORD.test(word)) return -1;
		// `AWS Lambda`, `API Design`: a shouted word of three letters or more is an acronym, not a name.
		if (UPPER_RUN.test(word) && word.replace(/[.'’-]/g, '').length >= 3) return -1;
	}
	return 1;
}

/**
 * {@link judgeWord} for `text.slice(from, to)`, without cutting the word out when it is plain
 * ASCII (nearly every word): a particle is the only word a lower-case letter may start, and a
 * capitalised ASCII word is checked against the title words by hand, not by a lower-case copy.
 */
function judgeRange(text: string, from: number, to: number, notFirst: boolean, last: boolean): number {
	const first = text.charCodeAt(from);
	if (to > from && first < 128 && !(first >= 65 && first <= 90)) {
		// Not a capital: only a particle between words passes (particles are lower-case, three letters at most).
		return notFirst && !last && to - from <= 3 && PARTICLES.has(text.slice(from, to)) ? 0 : -1;
	}
	if (to > from && first < 128) {
		const shape = asciiRangeShape(text, from, to);
		if (shape === NOT_A_NAME_WORD || shape === SHOUTED) return -1;
		if (shape === NAME_WORD_SHAPE) return isTitleWord(text, from, to) ? -1 : 1;
	}
	return judgeWord(text.slice(from, to), notFirst, last);
}

/** Title words by length, to compare a capitalised ASCII word against without lower-casing it. */
const TITLE_WORDS_BY_LENGTH: string[][] = [];
for (const word of NOT_NAME_WORDS) (TITLE_WORDS_BY_LENGTH[word.length] ??= []).push(word);

/**
 * Whether an ASCII word of letters, `'`, `.` and `-` is a title word in any case. `| 32` lower-cases
 * a letter and leaves those three marks as they are, so it is `toLowerCase` for such a word.
 */
function isTitleWord(text: string, from: number, to: number): boolean {
	const candidates = TITLE_WORDS_BY_LENGTH[to - from];
	if (candidates === undefined) return false;
	for (const word of candidates) {
		let k = 0;
		while (k < word.length && (text.charCodeAt(from + k) | 32) === word.charCodeAt(k)) k++;
		if (k === word.length) return true;
	}
	return false;
}

/** White space other than single spaces: only then does splitting need the `\s+` regex. */
const OTHER_SPACE = /[^\S ]| {2}/;

const NOT_A_NAME_WORD = 0;
const NAME_WORD_SHAPE = 1;
/** A capitalised word in capitals only, three letters or more: an acronym (`AWS`). */
const SHOUTED = 2;
const NOT_ASCII = 3;

/** {@link NAME_WORD} and the acronym test by char code for ASCII words (nearly all of them); {@link NOT_ASCII} for the rest. */
function asciiWordShape(word: string): number {
	return word.length === 0 ? NOT_A_NAME_WORD : asciiRangeShape(word, 0, word.length);
}

/** {@link asciiWordShape} of `text.slice(from, to)` (not empty). */
function asciiRangeShape(text: string, from: number, to: number): number {
	const first = text.charCodeAt(from);
	if (first >= 128) return NOT_ASCII;
	if (!(first >= 65 && first <= 90)) return NOT_A_NAME_WORD; // an ASCII capital letter is the only ASCII `\p{Lu}`
	let capitals = 1;
	let lower = false;
	let shapeOk = true;
	for (let k = from + 1; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c >= 128) return NOT_ASCII;
		if (c >= 65 && c <= 90) capitals++;
		else if (c >= 97 && c <= 122) lower = true;
		else if (c !== 39 && c !== 46 && c !== 45) shapeOk = false;
	}
	if (!shapeOk) return NOT_A_NAME_WORD;
	return !lower && capitals >= 3 ? SHOUTED : NAME_WORD_SHAPE;
}

/** A list of names, as split by `splitNameList` and checked one by one. */
export interface NameList {
	readonly mentions: SpeakerMention[];
	/** True when at least one name is a link or a known person: strong evidence of a speaker. */
	readonly anchored: boolean;
}

/** Options for `parseNameList`. */
export interface NameListOptions {
	/** Fewest capitalised words of an unlinked, unknown name (default 2). */
	readonly minWords?: number;
	/** Keep the names and drop other items instead of rejecting the whole list. */
	readonly lenient?: boolean;
}

/** Parses `Ada Byron (Acme), [[Bo Linde]] & Cy Young`; null unless every item is a name (or, lenient, any is). */
export function parseNameList(text: string, people: PeopleDirectory, options: NameListOptions = {}): NameList | null {
	if (text.length > MAX_LIST) return null;
	const mentions: SpeakerMention[] = [];
	let anchored = false;
	for (const item of splitNameList(text)) {
		const parsed = parseNameItem(item, people, options.minWords ?? 2);
		if (parsed) {
			mentions.push(parsed.mention);
			anchored = anchored || parsed.anchored;
		} else if (!options.lenient) {
			return null;
		}
	}
	return mentions.length > 0 ? { mentions, anchored } : null;
}

/** Splits on `,`, `&`, `/` and ` and ` outside brackets, parentheses and code; empty items dropped. */
export function splitNameList(text: string): string[] {
	// Spans and pairs are only read at a backtick, `[` or `(`: a plain list of names needs no shape.
	const shape = PAIRED_MARK.test(text) ? lineShape(text) : null;
	const spans = shape ? shape.spans : NO_SPANS;
	const items: string[] = [];
	let from = 0;
	let span = 0;
	for (let i = 0; i < text.length; i++) {
		if (span < spans.length && i === spans[span]) {
			i = spans[span + 1] - 1;
			span += 2;
			continue;
		}
		const c = text.charCodeAt(i);
		if (shape && c === 91 && shape.brackets[i] > 0) { i = shape.brackets[i]; continue; }
		if (shape && c === 40 && shape.parens[i] > 0) { i = shape.parens[i]; continue; }
		let cut = 0;
		if (c === 44 || c === 38 || c === 47) cut = 1;
		else if (c === 32 && text.startsWith('and ', i + 1)) cut = 4;
		if (cut === 0) continue;
		pushTrimmed(items, text.slice(from, i));
		from = i + cut;
		i = from - 1;
	}
	pushTrimmed(items, from === 0 ? text : text.slice(from));
	return items;
}

const NO_SPANS = new Int32Array(0);
/** A bracket, parenthesis or backtick: one search for the three. */
const PAIRED_MARK = /[[(`]/;

/** Adds an item, trimmed, unless it is empty. */
function pushTrimmed(items: string[], item: string): void {
	const trimmed = item.trim();
	if (trimmed.length > 0) items.push(trimmed);
}

/** One parsed name, with whether it came from a link or the people directory. */
export interface NameItem {
	readonly mention: SpeakerMention;
	readonly anchored: boolean;
}

/** Parses one item: `Ada Byron`, `[[Ada Byron|Ada]]`, `[Ada Byron](https://...)`, each with an optional `(Affiliation)`. */
export function parseNameItem(raw: string, people: PeopleDirectory, minWords = 2): NameItem | null {
	if (raw.length > MAX_LIST) return null; // also keeps the anchored regexes below cheap
	let text = raw.trim();
	if (text.indexOf('et al') >= 0) text = text.replace(/\s+et al\.?$/, '');
	const lastChar = text.charCodeAt(text.length - 1);
	if (lastChar === 59 || lastChar === 46 || lastChar === 44) text = text.replace(/[;.,]+$/, '').trim();
	text = unwrapEmphasis(text);
	let affiliation: string | undefined;
	if (text.endsWith(')')) {
		const parens = lineShape(text).parens;
		const open = parens.indexOf(text.length - 1);
		if (open > 0 && /\s/.test(text.charAt(open - 1))) { // `[Ada](url)` is a link, not an affiliation
			affiliation = text.slice(open + 1, -1).trim() || undefined;
			text = unwrapEmphasis(text.slice(0, open).trim());
		}
	}
	if (text.length === 0 || text.length > MAX_NAME * 2) return null;
	// Both link forms start with `[`: any other item needs no bracket tables at all.
	const shape = text.charCodeAt(0) === 91 ? lineShape(text) : null;
	if (shape && wikilinkEnd(shape, 0) === text.length) {
		const { target, display } = wikilinkParts(text.slice(2, -2));
		const base = target.slice(target.lastIndexOf('/') + 1).trim();
		const ok = isKnownPerson(base, people) || isKnownPerson(display, people) || looksLikeName(base, minWords) || looksLikeName(display, minWords);
		return ok && base ? { mention: mentionOf(base, target, affiliation), anchored: true } : null;
	}
	const link = shape ? markdownLinkAt(shape, 0) : null;
	if (link && link.end === text.length) {
		const name = unwrapEmphasis(text.slice(1, link.textEnd).trim());
		const ok = isKnownPerson(name, people) || looksLikeName(name, minWords);
		return ok ? { mention: mentionOf(name.replace(/\s+/g, ' '), undefined, affiliation), anchored: true } : null;
	}
	const name = OTHER_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
	if (isKnownPerson(name, people)) return { mention: mentionOf(name, undefined, affiliation), anchored: true };
	return looksLikeName(name, minWords) ? { mention: mentionOf(name, undefined, affiliation), anchored: false } : null;
}

/** A mention with its fields in the one order every mention has them: name, link, affiliation. */
function mentionOf(name: string, link: string | undefined, affiliation: string | undefined): SpeakerMention {
	if (link === undefined) return affiliation === undefined ? { name } : { name, affiliation };
	return affiliation === undefined ? { name, link } : { name, link, affiliation };
}

/** `**x**`, `__x__`, `*x*`, `_x_` give `x`; anything else is returned as is. */
export function unwrapEmphasis(text: string): string {
	// Every mark starts with `*` or `_`: most text leaves here.
	const first = text.charCodeAt(0);
	if (first !== 42 && first !== 95) return text;
	for (const mark of EMPHASIS_MARKS) {
		if (text.length > mark.length * 2 && text.startsWith(mark) && text.endsWith(mark)) {
			return text.slice(mark.length, -mark.length).trim();
		}
	}
	return text;
}

const EMPHASIS_MARKS = ['**', '__', '*', '_'];

/** Folded first name of a speaker (`Carl Lerche` gives `carl`). */
export function firstNameKey(name: string): string {
	const first = fold(name).split(' ')[0] ?? '';
	return first;
}
