import { NO_KEYWORDS, type KeywordCounts, type Quote, type SpeakerMention, type Talk, type TalkKind } from '../model';
import { KeySet } from './key-set';
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
 *
 * A class, not an object literal, because V8 pretenures literals: once the index has kept
 * the talks of a vault, the literal's allocation site is marked long-lived and its records
 * are made in the old generation. Each one then holds its young notes, keywords and lists
 * alive through every minor collection until the next full one, whether or not anybody
 * keeps the talk. Measured (`--trace-gc-nvp`, `buildTalk` alone over the realistic vault's
 * 1,447 talks, 20 passes, after an index was built): 54 MB promoted and 190 ms of scavenges
 * with the literal, 0.14 MB and 10 ms with the class.
 * Constructed objects carry no allocation site, so the engine never makes that call.
 */
export class TalkDraft implements Talk {
	blockId?: string;
	track?: string;

	constructor(
		public id: string,
		public title: string,
		public speakers: readonly SpeakerMention[],
		public kind: TalkKind,
		public conference: string,
		public date: string,
		public file: string,
		public line: number,
		public endLine: number,
		public headingPath: readonly string[],
		public notes: string,
		public images: readonly string[],
		public links: readonly string[],
		public topics: readonly string[],
		public keywords: KeywordCounts,
		public quotes: readonly Quote[],
	) {}
}

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
	// Each speaker's folded name, in `speakers` order: the topic and keyword rules read them too.
	const speakerKeys: string[] = [];
	const speakers = mergeSpeakers(parts.speakers, site.speakerLines?.speakers ?? [], speakerKeys);
	const lineText = outline[site.index].text;
	const notes = talkNotes(outline, site.index, site.end, parts.firstNote);
	const refs = collectRefs(outline, site.index, site.end, lineText);
	const topics = explicitTopics({
		refs,
		speakers,
		speakerKeys,
		conference: site.conference,
		people: ctx.people,
		rules: ctx.topics,
		texts: [title, notes],
	});
	const keywords = ctx.autoKeywords ? collectKeywords(title, notes, keywordExclusions(speakerKeys, site.conference)) : NO_KEYWORDS;
	const draft = new TalkDraft(
		'',
		title,
		speakers,
		parts.kind,
		site.conference,
		note.date,
		note.path,
		site.index + 1,
		site.end + 1,
		site.headingPath,
		notes,
		refs.images,
		uniqueConcat(parts.titleLinks, refs.links),
		topics,
		keywords,
		panelQuotes(outline, site.index, site.end, speakers, site.speakerLines?.indexes ?? []),
	);
	if (parts.blockId) draft.blockId = parts.blockId;
	if (parts.track) draft.track = parts.track;
	return draft;
}

/**
 * Speakers from the talk line, then those from the first child line; one
 * person named twice stays once, keeping whichever mention says more.
 * Their folded names are appended to `keys` in the same order.
 */
function mergeSpeakers(first: readonly SpeakerMention[], more: readonly SpeakerMention[], keys: string[]): SpeakerMention[] {
	const merged: SpeakerMention[] = [];
	// The same keys in a set: a speaker line may name thousands of people.
	const seenKeys = new KeySet();
	for (let k = 0; k < first.length + more.length; k++) {
		const speaker = k < first.length ? first[k] : more[k - first.length];
		const key = foldName(speaker.name);
		if (!key) continue;
		if (seenKeys.add(key)) {
			merged.push(speaker);
			keys.push(key);
		} else {
			const seen = seenKeys.indexOf(key);
			merged[seen] = { ...speaker, ...merged[seen] };
		}
	}
	return merged;
}
