import type { SpeakerMention, Talk } from '../model';
import { fold } from '../text/fold';
import { collectKeywords } from './keywords';
import type { OutlineLine } from './outline';
import { panelQuotes } from './panel-quotes';
import type { ParseContext } from './parse-context';
import { collectRefs, explicitTopics, keywordExclusions, unique } from './talk-refs';
import { talkNotes } from './talk-notes';
import type { TalkSite } from './talk-sites';

/** A talk before the note's ids are handed out (they depend on the other talks). */
export type TalkDraft = Omit<Talk, 'id'>;

/** The note a talk is in. */
export interface NoteWhere {
	readonly path: string;
	readonly date: string;
}

/** Gathers everything section 4 says a talk carries, from its site in the outline. */
export function buildTalk(site: TalkSite, outline: readonly OutlineLine[], note: NoteWhere, ctx: ParseContext): TalkDraft {
	const { parts } = site;
	// splitTalkLine has already repaired mojibake in the title.
	const title = parts.title.trim();
	const speakers = mergeSpeakers(parts.speakers, site.speakerLines?.speakers ?? []);
	const lineText = outline[site.index].text;
	const notes = talkNotes(outline, site.index, site.end, parts.firstNote);
	const refs = collectRefs(outline, site.index, site.end, lineText);
	const topics = explicitTopics({
		refs,
		speakers,
		conference: site.conference,
		people: ctx.people,
		rules: ctx.topics,
		text: `${title}\n${notes}`,
	});
	const keywords = ctx.autoKeywords ? collectKeywords(title, notes, keywordExclusions(speakers, site.conference)) : {};
	const draft: TalkDraft = {
		title,
		speakers,
		kind: parts.kind,
		conference: site.conference,
		date: note.date,
		file: note.path,
		line: site.index + 1,
		endLine: site.end + 1,
		headingPath: site.headingPath,
		notes,
		images: refs.images,
		links: unique([...parts.titleLinks, ...refs.links]),
		topics,
		keywords,
		quotes: panelQuotes(outline, site.index, site.end, speakers, new Set(site.speakerLines?.indexes)),
	};
	const optional: { blockId?: string; track?: string } = {};
	if (parts.blockId) optional.blockId = parts.blockId;
	if (parts.track) optional.track = parts.track;
	return { ...draft, ...optional };
}

/**
 * Speakers from the talk line, then those from the first child line; one
 * person named twice stays once, keeping whichever mention says more.
 */
function mergeSpeakers(first: readonly SpeakerMention[], more: readonly SpeakerMention[]): SpeakerMention[] {
	const merged: SpeakerMention[] = [];
	const at = new Map<string, number>();
	for (const speaker of [...first, ...more]) {
		const key = fold(speaker.name);
		if (!key) continue;
		const seen = at.get(key);
		if (seen === undefined) {
			at.set(key, merged.length);
			merged.push(speaker);
		} else {
			merged[seen] = { ...speaker, ...merged[seen] };
		}
	}
	return merged;
}
