import type { Conference, Talk } from '../model';
import { fold } from '../text/fold';
import { compareStrings } from './compare';
import type { ExplorerModel, ExplorerQuery, TalkFilters, TalkGroup, TalkIndexApi, TalkRow } from './index-api';

/** Key of the group of talks without a conference, speaker or topic (entity ids never start with `~`). */
export const NO_GROUP_KEY = '~none';

/** A group being filled: rows arrive in result order, which the group keeps. */
interface Bucket {
	readonly key: string;
	readonly label: string;
	/** Sorts groups (before the label). */
	readonly rank: string | number;
	readonly rows: TalkRow[];
	detail: string;
}

/**
 * The explorer's view-model: the query (search, best first) or all talks (newest
 * first), narrowed by the filters (AND across kinds of filter, OR within one),
 * grouped by conference (newest first), speaker or topic (most talks first), or
 * date (newest first). Rows keep the result order inside each group. A talk with
 * several speakers or topics shows in each of their groups.
 */
export function buildExplorerModel(index: TalkIndexApi, query: ExplorerQuery): ExplorerModel {
	const text = query.query.trim();
	const rows: TalkRow[] = text
		? index
				.search(text)
				.map((hit) => ({ talk: index.talk(hit.id), highlight: hit.terms }))
				.filter((row): row is TalkRow => row.talk !== undefined)
		: index.talks().map((talk) => ({ talk, highlight: [] }));
	const keep = filterOf(index, query.filters);
	const matched = rows.filter((row) => keep(row.talk));
	return {
		revision: index.revision,
		totals: {
			talks: index.talks().length,
			speakers: index.speakers().length,
			conferences: index.conferences().length,
			topics: index.topics().length,
		},
		matched: matched.length,
		groups: group(index, query.group, matched),
	};
}

/** A predicate for the filters; an empty or missing list does not filter. */
export function filterOf(index: TalkIndexApi, filters: TalkFilters): (talk: Talk) => boolean {
	const sets: Array<Set<string>> = [];
	const add = (ids: readonly string[] | undefined, talkIds: (id: string) => readonly string[] | undefined) => {
		if (!ids || ids.length === 0) return;
		sets.push(new Set(ids.flatMap((id) => talkIds(id) ?? [])));
	};
	add(filters.speakers, (id) => index.speaker(id)?.talkIds);
	add(filters.topics, (id) => index.topic(id)?.talkIds);
	add(filters.conferences, (id) => index.conference(id)?.talkIds);
	const kinds = filters.kinds && filters.kinds.length > 0 ? new Set<string>(filters.kinds) : undefined;
	return (talk) => (!kinds || kinds.has(talk.kind)) && sets.every((set) => set.has(talk.id));
}

function group(index: TalkIndexApi, grouping: ExplorerQuery['group'], rows: readonly TalkRow[]): TalkGroup[] {
	const buckets = new Map<string, Bucket>();
	// Label and rank are computed once per group, not per row: `rank` is only called for a new group.
	const put = (key: string, label: string, rank: () => string | number, row: TalkRow) => {
		let bucket = buckets.get(key);
		if (!bucket) {
			bucket = { key, label, rank: rank(), rows: [], detail: '' };
			buckets.set(key, bucket);
		}
		if (bucket.rows[bucket.rows.length - 1] !== row) bucket.rows.push(row);
	};
	const conferences = new Map<string, Conference | undefined>();
	const conferenceOf = (name: string) => {
		if (conferences.has(name)) return conferences.get(name);
		const conference = index.conferenceByName(name);
		conferences.set(name, conference);
		return conference;
	};
	for (const row of rows) {
		const talk = row.talk;
		if (grouping === 'conference') {
			const conference = conferenceOf(talk.conference);
			// Newest first: rank by the conference's latest date, inverted for an ascending sort.
			if (conference) put(conference.id, conference.name, () => invert(conference.dates[conference.dates.length - 1] ?? ''), row);
			else put(NO_GROUP_KEY, 'No conference', () => '\uffff', row);
		} else if (grouping === 'speaker') {
			const speakers = talk.speakers.map((mention) => index.speakerByName(mention.name)).filter((s) => s !== undefined);
			for (const speaker of speakers) put(speaker.id, speaker.name, () => 0, row);
			if (speakers.length === 0) put(NO_GROUP_KEY, 'No speaker', () => 1, row);
		} else if (grouping === 'topic') {
			const topics = index.topicsOf(talk.id).map((name) => index.topicByName(name)).filter((t) => t !== undefined);
			for (const topic of topics) put(topic.id, topic.name, () => 0, row);
			if (topics.length === 0) put(NO_GROUP_KEY, 'No topic', () => 1, row);
		} else {
			put(talk.date || 'undated', talk.date || 'Undated', () => invert(talk.date), row);
		}
	}
	for (const bucket of buckets.values()) bucket.detail = detailOf(index, grouping, bucket);
	const byCount = grouping === 'speaker' || grouping === 'topic';
	return [...buckets.values()]
		.map((bucket) => ({ bucket, folded: fold(bucket.label) }))
		.sort(
			(a, b) =>
				compareRank(a.bucket.rank, b.bucket.rank) ||
				(byCount ? b.bucket.rows.length - a.bucket.rows.length : 0) ||
				compareStrings(a.folded, b.folded) ||
				compareStrings(a.bucket.key, b.bucket.key),
		)
		.map(({ bucket: { key, label, detail, rows: groupRows } }) => ({ key, label, detail, rows: groupRows }));
}

/** The secondary line: a conference's dates, a speaker's affiliations, a topic's talk count, a day's conferences. */
function detailOf(index: TalkIndexApi, grouping: ExplorerQuery['group'], bucket: Bucket): string {
	if (bucket.key === NO_GROUP_KEY) return countLabel(bucket.rows.length);
	if (grouping === 'conference') return index.conference(bucket.key)?.dates.join(', ') ?? '';
	if (grouping === 'speaker') return index.speaker(bucket.key)?.affiliations.join(', ') ?? '';
	if (grouping === 'topic') return countLabel(bucket.rows.length);
	return [...new Set(bucket.rows.map((row) => row.talk.conference).filter((name) => name !== ''))].join(', ');
}

function countLabel(count: number): string {
	return count === 1 ? '1 talk' : `${count} talks`;
}

/** Maps a date to a string that sorts newest first; the empty date sorts last. */
function invert(date: string): string {
	if (!date) return '\uffff';
	return [...date].map((char) => String.fromCharCode(0xffff - char.charCodeAt(0))).join('');
}

function compareRank(a: string | number, b: string | number): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return compareStrings(String(a), String(b));
}
