import type { SpeakerMention } from '../model';
import { fold, foldedFirstUnit } from '../text/fold';
import { isTrimSpace } from './outline';

/**
 * Panel bullets attributed to a speaker (note-format.md, section 8): a bullet
 * that is a speaker's first or full name (`carl`, `Carl Lerche:`), or an
 * initial with a colon (`J: ...`, `GC: ...`).
 *
 * A name followed by more words (`jarred spent 2 weeks learning Rust`) is a
 * sentence about that person, not a quote, so only a name alone or followed by
 * a colon or dash counts.
 */

/** Initials of a folded name: `glauber costa` gives `gc`. */
function initials(folded: string): string {
	return folded
		.split(' ')
		.filter((w) => w.length > 0)
		.map((w) => w.charAt(0))
		.join('');
}

/** What a bullet is compared against, per speaker, folded once per talk rather than once per bullet. */
interface SpeakerKeys {
	/** The names the keys were built from, to notice a reused array that changed. */
	readonly names: readonly string[];
	readonly full: readonly string[];
	readonly first: readonly string[];
	readonly initials: readonly string[];
}

/**
 * The last speaker list's keys: a panel passes one list for all its bullets, so one entry is
 * the whole memo (a weak map would grow an entry per talk, and rehash as it does).
 */
let lastSpeakers: readonly SpeakerMention[] | null = null;
let lastKeys: SpeakerKeys | null = null;

/** The folded keys of a speaker list (remembered for the list, which a panel passes for every bullet). */
function speakerKeys(speakers: readonly SpeakerMention[]): SpeakerKeys {
	if (lastSpeakers === speakers && lastKeys && sameNames(lastKeys.names, speakers)) return lastKeys;
	const full = speakers.map((s) => fold(s.name));
	const keys: SpeakerKeys = {
		names: speakers.map((s) => s.name),
		full,
		// `firstNameKey` is the first word of the folded name: the fold is already done.
		first: full.map((f) => f.split(' ')[0] ?? ''),
		initials: full.map(initials),
	};
	lastSpeakers = speakers;
	lastKeys = keys;
	return keys;
}

/** Whether a cached list of names still matches the speakers (an array may be reused and changed). */
function sameNames(names: readonly string[], speakers: readonly SpeakerMention[]): boolean {
	if (names.length !== speakers.length) return false;
	for (let k = 0; k < names.length; k++) if (speakers[k].name !== names[k]) return false;
	return true;
}

/** The one speaker whose key in `column` passes `match`, or undefined when none or several (by folded name) do. */
function unique(speakers: readonly SpeakerMention[], keys: SpeakerKeys, column: readonly string[], match: (key: string) => boolean): SpeakerMention | undefined {
	let found = -1;
	for (let k = 0; k < speakers.length; k++) {
		if (!match(column[k])) continue;
		if (found >= 0 && keys.full[found] !== keys.full[k]) return undefined; // ambiguous
		found = k;
	}
	return found >= 0 ? speakers[found] : undefined;
}

/** Where a name prefix stops: `:`, `-`, `—`, `–`, `,`, `*` or `_`. */
function isPrefixStop(c: number): boolean {
	return c === 58 || c === 45 || c === 0x2014 || c === 0x2013 || c === 44 || c === 42 || c === 95;
}

/** A name prefix and what follows it, still untrimmed: most bullets name no speaker, and never need it cut. */
interface Prefix {
	readonly prefix: string;
	/** The text after the prefix (and its closing bold), leading white space removed, separator still on. */
	readonly after: string;
	readonly colon: boolean;
}

/**
 * Leading `**x**` or `x` before a separator (a colon, dash or comma), with the text after it.
 * Bounds are found first and strings cut only for a bullet that passes: most bullets are notes.
 */
function splitPrefix(text: string): Prefix | null {
	const t = text.trim();
	const bold = t.startsWith('**') || t.startsWith('__');
	const from = bold ? 2 : 0;
	let end = from;
	while (end < t.length && end - from < 60 && !isPrefixStop(t.charCodeAt(end))) end++;
	if (end === from || end - from === 60) return null;
	const mark = bold ? t.slice(0, 2) : '';
	let rest = end;
	if (bold && t.startsWith(mark, end)) rest = end + 2;
	else if (bold && t.charCodeAt(end) === 58 && t.startsWith(mark, end + 1)) {
		// `**Carl:** ...`: the colon moves out of the bold.
		return { prefix: t.slice(from, end).trim(), after: ':' + t.slice(end + 3), colon: true };
	}
	let at = rest;
	while (at < t.length && isTrimSpace(t.charCodeAt(at))) at++;
	if (at < t.length && !isSeparator(t.charCodeAt(at))) return null;
	return { prefix: t.slice(from, end).trim(), after: t.slice(at), colon: t.charCodeAt(at) === 58 };
}

/** `:`, `-`, `—`, `–` or `,`: what may follow a speaker's name in a quote. */
function isSeparator(c: number): boolean {
	return c === 58 || c === 45 || c === 0x2014 || c === 0x2013 || c === 44;
}

/** The quote itself: the text after the name, without its separator. */
function quoteText(prefix: Prefix): string {
	return prefix.after.replace(/^(:|--|-|—|–|,)/, '').trim();
}

const LEADING_WIKILINK = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/;

/**
 * False when the prefix surely names none of the speakers, told without folding it: most
 * bullets with a colon or dash are notes (`rule of thumb: ...`). Every key a prefix can match
 * (full name, first name, initial, initials) starts with the first character of the speaker's
 * folded name.
 */
function mayNameSpeaker(prefix: string, keys: SpeakerKeys): boolean {
	const first = foldedFirstUnit(prefix);
	if (first < 0) return true;
	for (const full of keys.full) if (full.charCodeAt(0) === first) return true;
	return false;
}

/** Attributes a panel bullet to one of the talk's speakers; null when it names none or is ambiguous. */
export function attributeBullet(text: string, speakers: readonly SpeakerMention[]): { speaker: string; text: string } | null {
	if (speakers.length === 0) return null;
	const unlinked = text.startsWith('[[') ? text.replace(LEADING_WIKILINK, (_m, target: string, alias?: string) => alias ?? target) : text;
	const split = splitPrefix(unlinked);
	if (!split) return null;
	const keys = speakerKeys(speakers);
	if (!mayNameSpeaker(split.prefix, keys)) return null;
	const key = fold(split.prefix);
	if (!key) return null;
	let speaker: SpeakerMention | undefined;
	if (split.colon && /^[a-z]{1,3}$/.test(key)) {
		// `J:`: an initial, or `GC:` the initials of the full name.
		speaker = key.length === 1 ? unique(speakers, keys, keys.first, (first) => first.charAt(0) === key) : unique(speakers, keys, keys.initials, (init) => init === key);
		if (speaker) return { speaker: speaker.name, text: quoteText(split) };
	}
	speaker = unique(speakers, keys, keys.full, (full) => full === key) ?? unique(speakers, keys, keys.first, (first) => first === key);
	return speaker ? { speaker: speaker.name, text: quoteText(split) } : null;
}
