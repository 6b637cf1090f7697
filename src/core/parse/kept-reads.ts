import type { SpeakerMention } from '../model';
import type { TalkLineParts } from './talk-line';

/**
 * Copies of line reads for the re-parse memos (reparse-memos.ts) to keep. V8 watches each
 * object and array literal, and once most objects made by one survive, it makes that
 * literal's later objects straight in the old generation ("allocation-site pretenuring").
 * The memos fill while the index is built and live as long as the plugin, so if they kept
 * the readers' own objects, every later read (a whole-vault parse, an edit) would make its
 * short-lived results in the old generation, where they are costly to make and to collect.
 * Kept objects are made here instead, by literals the readers never use (the index makes
 * its own mentions here too), with their fields in the order the readers write them.
 */

/** A talk line's parts as a memo keeps them. */
export function keptTalkLine(parts: TalkLineParts): TalkLineParts {
	const kept: TalkLineParts = {
		title: parts.title,
		speakers: keptMentions(parts.speakers),
		kind: parts.kind,
		kindExplicit: parts.kindExplicit,
		titleLinks: parts.titleLinks.slice(),
	};
	if (parts.track !== undefined) kept.track = parts.track;
	if (parts.blockId !== undefined) kept.blockId = parts.blockId;
	if (parts.firstNote !== undefined) kept.firstNote = parts.firstNote;
	return kept;
}

/** A speaker line's names as a memo keeps them (`null` for a line that names nobody). */
export function keptSpeakerLine(speakers: SpeakerMention[] | null): SpeakerMention[] | null {
	return speakers === null ? null : keptMentions(speakers);
}

function keptMentions(mentions: readonly SpeakerMention[]): SpeakerMention[] {
	return mentions.map((mention) => keptMention(mention));
}

/**
 * A mention to keep (in a memo, or in the index with `own` interning its strings): one
 * literal per shape the readers make, each with the fields in the readers' order, so the
 * fields sit in the object itself (an object grown field by field keeps later ones apart).
 */
export function keptMention(mention: SpeakerMention, own: (text: string) => string = same): SpeakerMention {
	const name = own(mention.name);
	const link = mention.link === undefined ? undefined : own(mention.link);
	const affiliation = mention.affiliation === undefined ? undefined : own(mention.affiliation);
	if (mention.role !== undefined) return keptWithRole(name, link, affiliation, mention.role);
	if (link === undefined) return affiliation === undefined ? { name } : { name, affiliation };
	return affiliation === undefined ? { name, link } : { name, link, affiliation };
}

function keptWithRole(name: string, link: string | undefined, affiliation: string | undefined, role: 'moderator'): SpeakerMention {
	if (link === undefined) return affiliation === undefined ? { name, role } : { name, affiliation, role };
	return affiliation === undefined ? { name, link, role } : { name, link, affiliation, role };
}

function same(text: string): string {
	return text;
}
