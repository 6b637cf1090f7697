import type { SpeakerMention } from '../model';
import { fold } from '../text/fold';
import type { PeopleDirectory } from './parse-context';
import { lineShape } from './line-scan';
import { parseNameList, splitNameList, unwrapEmphasis } from './speaker-names';
import { repairMojibake } from './text-repair';

/**
 * The first child line of a talk may name its speakers (note-format.md, section 3):
 * `Glauber Costa (Turso), Carl Lerche (Tokio), Jarred Sumner (BunJs)`,
 * `Speakers: Ada Byron, Bo Linde`, `with Ada Byron and Bo Linde`,
 * `Panelists: Ada Byron, Bo Linde; Moderator: Cy Young`.
 */

/** How a segment of the line introduces names. */
interface Lead {
	/** Characters of the prefix, including its colon and spaces. */
	readonly length: number;
	readonly moderator: boolean;
	/** Explicit labels (`Speakers:`) accept single-word names and skip non-names; `with`/`by` do not. */
	readonly explicit: boolean;
}

const LEADS: ReadonlyArray<readonly [string, boolean, boolean]> = [
	['moderated by ', true, true],
	['moderators:', true, true],
	['moderator:', true, true],
	['panelists:', false, true],
	['panelist:', false, true],
	['speakers:', false, true],
	['speaker:', false, true],
	['hosted by ', false, false],
	['hosts:', false, true],
	['host:', false, true],
	['with ', false, false],
	['by ', false, false],
];

/** The prefix at the start of `text` (any case), or null. */
function leadOf(text: string): Lead | null {
	// Every lead starts with m, p, s, h, w or b (`| 32` lower-cases an ASCII letter): most text leaves here.
	const c = text.charCodeAt(0) | 32;
	if (c !== 109 && c !== 112 && c !== 115 && c !== 104 && c !== 119 && c !== 98) return null;
	const head = text.slice(0, 16).toLowerCase();
	for (const [word, moderator, explicit] of LEADS) {
		if (!head.startsWith(word)) continue;
		let length = word.length;
		while (length < text.length && /\s/.test(text.charAt(length))) length++;
		return { length, moderator, explicit };
	}
	return null;
}

/** Any character that splits segments (`;`, `|`) or names (`,`, `&`, `/`). */
const LIST_SEPARATOR = /[;|,&/]/;

/** Splits the line on `;` and `|` outside links and parentheses: `Panelists: A, B; Moderator: C`. */
function segments(text: string): string[] {
	const shape = lineShape(text);
	const parts: string[] = [];
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 91 && shape.brackets[i] > i) i = shape.brackets[i];
		else if (c === 40 && shape.parens[i] > i) i = shape.parens[i];
		else if (c === 59 || c === 124) {
			pushTrimmed(parts, text.slice(from, i));
			from = i + 1;
		}
	}
	pushTrimmed(parts, from === 0 ? text : text.slice(from));
	return parts;
}

/** Adds a segment, trimmed, unless it is empty. */
function pushTrimmed(parts: string[], part: string): void {
	const trimmed = part.trim();
	if (trimmed.length > 0) parts.push(trimmed);
}

/** Speakers named by a talk's first child line, or null when the line is an ordinary note. */
export function parseSpeakerLine(text: string, people: PeopleDirectory): SpeakerMention[] | null {
	const line = unwrapEmphasis(repairMojibake(text).trim());
	if (line.length === 0 || line.length > 600) return null;
	// Without a label a speaker line lists two names or more, so it has a separator somewhere:
	// most first lines of a talk are notes, and this turns them away before any name is parsed.
	if (!LIST_SEPARATOR.test(line) && line.indexOf(' and ') < 0 && !leadOf(line)) return null;
	const mentions: SpeakerMention[] = [];
	let sawLead = false;
	for (const segment of segments(line)) {
		const lead = leadOf(segment);
		if (lead) sawLead = true;
		const parsed = parseSegment(lead ? segment.slice(lead.length) : segment, lead, people);
		if (!parsed) return null;
		mentions.push(...parsed);
	}
	// Without a label, only a list of two or more names is a speaker line: one name alone may be a note.
	if (!sawLead && mentions.length < 2) return null;
	return dedupe(mentions);
}

/** The names of one segment; `moderated by` inside the list turns the names after it into moderators. */
function parseSegment(text: string, lead: Lead | null, people: PeopleDirectory): SpeakerMention[] | null {
	let moderator = lead?.moderator ?? false;
	let explicit = lead?.explicit ?? false;
	const result: SpeakerMention[] = [];
	for (const raw of splitNameList(text)) {
		let item = raw;
		const inner = leadOf(item);
		if (inner?.moderator) {
			moderator = true;
			explicit = true;
			item = item.slice(inner.length);
		}
		const list = parseNameList(item, people, explicit ? EXPLICIT_NAMES : UNLABELLED_NAMES);
		if (!list) {
			if (explicit) continue; // `Speakers: Ada Byron, someone from Acme`: keep the names
			return null;
		}
		for (const mention of list.mentions) result.push(moderator ? { ...mention, role: 'moderator' } : mention);
	}
	return result.length > 0 ? result : null;
}

/** After a label, one capitalised word is a name (`Speakers: Ada`); without one, two are needed. */
const EXPLICIT_NAMES = { minWords: 1 } as const;
const UNLABELLED_NAMES = { minWords: 2 } as const;

/** One mention per folded name, first kept. */
function dedupe(mentions: readonly SpeakerMention[]): SpeakerMention[] {
	const seen = new Set<string>();
	return mentions.filter((m) => {
		const key = fold(m.name);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
