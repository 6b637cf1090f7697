import type { SpeakerMention } from '../model';
import { fold } from '../text/fold';
import { firstNameKey } from './speaker-names';

/**
 * Panel bullets attributed to a speaker (note-format.md, section 8): a bullet
 * that is a speaker's first or full name (`carl`, `Carl Lerche:`), or an
 * initial with a colon (`J: ...`, `GC: ...`).
 *
 * A name followed by more words (`jarred spent 2 weeks learning Rust`) is a
 * sentence about that person, not a quote, so only a name alone or followed by
 * a colon or dash counts.
 */

/** Initials of a name: `Glauber Costa` gives `gc`. */
function initials(name: string): string {
	return fold(name)
		.split(' ')
		.filter((w) => w.length > 0)
		.map((w) => w.charAt(0))
		.join('');
}

/** The one speaker matching `key` (folded), or undefined when none or several do. */
function unique(speakers: readonly SpeakerMention[], match: (s: SpeakerMention) => boolean): SpeakerMention | undefined {
	let found: SpeakerMention | undefined;
	for (const speaker of speakers) {
		if (!match(speaker)) continue;
		if (found && fold(found.name) !== fold(speaker.name)) return undefined; // ambiguous
		found = speaker;
	}
	return found;
}

/** Leading `**x**` or `x` before a separator (a colon, dash or comma), with the remaining text. */
function splitPrefix(text: string): { prefix: string; rest: string; colon: boolean } | null {
	let t = text.trim();
	let bold = '';
	if (t.startsWith('**') || t.startsWith('__')) {
		bold = t.slice(0, 2);
		t = t.slice(2);
	}
	let end = 0;
	while (end < t.length && end < 60 && !/[:\-—–,*_]/.test(t.charAt(end))) end++;
	if (end === 0 || end === 60) return null;
	const prefix = t.slice(0, end).trim();
	let rest = t.slice(end);
	if (bold && rest.startsWith(bold)) rest = rest.slice(2);
	else if (bold && rest.charAt(0) === ':' && rest.startsWith(bold, 1)) rest = ':' + rest.slice(3);
	const sep = rest.trimStart().charAt(0);
	const colon = sep === ':';
	if (rest.trim() !== '' && !/[:\-—–,]/.test(sep)) return null;
	return { prefix, rest: rest.trimStart().replace(/^(:|--|-|—|–|,)/, '').trim(), colon };
}

/** Attributes a panel bullet to one of the talk's speakers; null when it names none or is ambiguous. */
export function attributeBullet(text: string, speakers: readonly SpeakerMention[]): { speaker: string; text: string } | null {
	if (speakers.length === 0) return null;
	const split = splitPrefix(text.replace(/^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/, (_m, target: string, alias?: string) => alias ?? target));
	if (!split) return null;
	const key = fold(split.prefix);
	if (!key) return null;
	let speaker: SpeakerMention | undefined;
	if (split.colon && /^[a-z]{1,3}$/.test(key)) {
		// `J:`: an initial, or `GC:` the initials of the full name.
		speaker = unique(speakers, (s) => (key.length === 1 ? firstNameKey(s.name).charAt(0) === key : initials(s.name) === key));
		if (speaker) return { speaker: speaker.name, text: split.rest };
	}
	speaker = unique(speakers, (s) => fold(s.name) === key) ?? unique(speakers, (s) => firstNameKey(s.name) === key);
	return speaker ? { speaker: speaker.name, text: split.rest } : null;
}
