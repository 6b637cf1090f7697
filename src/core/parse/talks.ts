import type { SpeakerMention, Talk } from '../model';
import { collectKeywords } from './keywords';
import type { OutlineLine } from './outline';
import { panelQuotes } from './panel-quotes';
import type { ParseContext } from './parse-context';
import { collectRefs, explicitTopics, foldName, keywordExclusions, uniqueConcat } from './talk-refs';
import { talkNotes } from './talk-notes';
import type { TalkSite } from './talk-sites';

/**
 * A talk before the note's ids are handed out (they depend on the other talks): `id` is ''
 * until then. Built once with every field in its final order, so the id is set in place
 * rather than by copying the whole record.
 */
export type TalkDraft = { -readonly [K in keyof Talk]: Talk[K] };

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
		texts: [title, notes],
	});
	const keywords = ctx.autoKeywords ? collectKeywords(title, notes, keywordExclusions(speakers, site.conference)) : {};
	const draft: TalkDraft = {
		id: '',
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
		links: uniqueConcat(parts.titleLinks, refs.links),
		topics,
		keywords,
		quotes: panelQuotes(outline, site.index, site.end, speakers, site.speakerLines?.indexes ?? []),
	};
	if (parts.blockId) draft.blockId = parts.blockId;
	if (parts.track) draft.track = parts.track;
	return draft;
}

/**
 * Speakers from the talk line, then those from the first child line; one
 * person named twice stays once, keeping whichever mention says more.
 */
function mergeSpeakers(first: readonly SpeakerMention[], more: readonly SpeakerMention[]): SpeakerMention[] {
	const merged: SpeakerMention[] = [];
	// A map, not a search of the keys so far: a speaker line may name thousands of people.
	const at = new Map<string, number>();
	for (let k = 0; k < first.length + more.length; k++) {
		const speaker = k < first.length ? first[k] : more[k - first.length];
		const key = foldName(speaker.name);
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
