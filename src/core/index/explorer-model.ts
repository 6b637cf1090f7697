import type { Conference, Talk } from '../model';
import { fold } from '../text/fold';
import { compareStrings, compareTalks } from './compare';
import { deferredGroup, lazyGroup } from './explorer-group';
import { rankPositions } from './search-matches';
import type { ExplorerModel, ExplorerQuery, Grouping, TalkFilters, TalkGroup, TalkIndexApi, TalkOverview, TalkRow } from './index-api';

export { listGroup } from './explorer-group';

/** Key of the group of talks without a conference, speaker or topic (entity ids never start with `~`). */
export const NO_GROUP_KEY = '~none';

const NO_TERMS: readonly string[] = [];

/**
 * The explorer's view-model: the query (search, best first) or all talks (newest
 * first), narrowed by the filters (AND across kinds of filter, OR within one),
 * grouped by conference (newest first), speaker or topic (most talks first), or
 * date (newest first); the "No ..." group comes last. Rows keep the result order
 * inside each group. A talk with several speakers or topics shows in each of their groups.
 *
 * Without a query or filters every talk matches, so groups and counts come from the
 * index's own lists (conferences, speakers, topics, days) and rows are made only for
 * what the view takes: a refresh after an edit costs the groups, not the talks.
 */
export function buildExplorerModel(index: TalkIndexApi, query: ExplorerQuery): ExplorerModel {
	const overview = index.overview();
	const totals = totalsOf(index, overview);
	const text = query.query.trim();
	if (!text && !hasFilters(query.filters)) {
		return { revision: index.revision, totals, matched: overview.talks, matchedTalks: () => overview.slice(0), groups: allGroups(index, overview, query.group) };
	}
	const found = text ? searchMatched(index, text) : filteredMatched(index, overview, query.filters);
	const keep = hasFilters(query.filters) ? filterOf(index, query.filters) : undefined;
	const positions: number[] = [];
	for (let at = 0; at < found.count; at++) if (!keep || keep(found.talk(at))) positions.push(at);
	return { revision: index.revision, totals, matched: positions.length, matchedTalks: () => positions.map((at) => found.talk(at)), groups: groupMatched(index, query.group, found, positions) };
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

function hasFilters(filters: TalkFilters): boolean {
	return [filters.speakers, filters.topics, filters.conferences, filters.kinds].some((list) => list !== undefined && list.length > 0);
}

/** Totals in O(1); the topic count needs the topic table, so it is computed only when read. */
function totalsOf(index: TalkIndexApi, overview: TalkOverview): ExplorerModel['totals'] {
	const totals = { talks: overview.talks, speakers: overview.speakers, conferences: overview.conferences } as { talks: number; speakers: number; conferences: number; topics: number };
	let topics: number | undefined;
	Object.defineProperty(totals, 'topics', { enumerable: true, get: () => (topics ??= index.topics().length) });
	return totals;
}

/**
 * Talks a query or the filters matched, for grouping: the talk at each position, and the
 * rows of a group's positions in result order (made only for groups that are read).
 */
interface Matched {
	readonly count: number;
	talk(at: number): Talk;
	rows(positions: number[]): TalkRow[];
}

/** A query's matches, unranked: each group ranks its own when its rows are read. */
function searchMatched(index: TalkIndexApi, text: string): Matched {
	const matches = index.searchMatches(text);
	const { items, terms } = matches;
	return {
		count: items.length,
		talk: (at) => items[at],
		rows: (positions) => rankPositions(positions, matches, (talk) => talk.id).map((at) => ({ talk: items[at], highlight: terms[at] })),
	};
}

/** Without a query: the talks of the first entity filter (or all, for kinds alone), in talk order. */
function filteredMatched(index: TalkIndexApi, overview: TalkOverview, filters: TalkFilters): Matched {
	const talks = filteredTalks(index, overview, filters);
	return { count: talks.length, talk: (at) => talks[at], rows: (positions) => positions.map((at) => ({ talk: talks[at], highlight: NO_TERMS })) };
}

function filteredTalks(index: TalkIndexApi, overview: TalkOverview, filters: TalkFilters): Talk[] {
	const lists: Array<[readonly string[] | undefined, (id: string) => readonly string[] | undefined]> = [
		[filters.speakers, (id) => index.speaker(id)?.talkIds],
		[filters.topics, (id) => index.topic(id)?.talkIds],
		[filters.conferences, (id) => index.conference(id)?.talkIds],
	];
	const [ids, talkIds] = lists.find(([list]) => list !== undefined && list.length > 0) ?? [];
	if (!ids || !talkIds) return overview.slice(0);
	const talks = new Map<string, Talk>();
	for (const id of ids) {
		for (const talkId of talkIds(id) ?? []) {
			const talk = index.talk(talkId);
			if (talk) talks.set(talkId, talk);
		}
	}
	return [...talks.values()].sort(compareTalks);
}

/** Every talk matches: groups straight from the index's sorted lists, rows made on demand. */
function allGroups(index: TalkIndexApi, overview: TalkOverview, grouping: Grouping): TalkGroup[] {
	const groups: TalkGroup[] = [];
	const ofIds = (ids: readonly string[]) => (limit: number) => talksOf(index, ids, limit);
	const none = (label: string, count: number, keep: (talk: Talk) => boolean) => {
		if (count > 0) groups.push(lazyGroup(NO_GROUP_KEY, label, count, (limit) => overview.find(keep, limit), () => countLabel(count)));
	};
	if (grouping === 'conference') {
		for (const conference of index.conferences()) {
			const ids = conference.talkIds;
			if (ids.length > 0) groups.push(lazyGroup(conference.id, conference.name, ids.length, ofIds(ids), () => conference.dates.join(', ')));
		}
		none('No conference', overview.withoutConference, (talk) => index.conferenceByName(talk.conference) === undefined);
	} else if (grouping === 'speaker') {
		for (const speaker of index.speakers()) {
			const ids = speaker.talkIds;
			if (ids.length > 0) groups.push(lazyGroup(speaker.id, speaker.name, ids.length, ofIds(ids), () => speaker.affiliations.join(', ')));
		}
		none('No speaker', overview.withoutSpeaker, (talk) => !talk.speakers.some((mention) => index.speakerByName(mention.name)));
	} else if (grouping === 'topic') {
		for (const topic of index.topics()) {
			const ids = topic.talkIds;
			if (ids.length > 0) groups.push(lazyGroup(topic.id, topic.name, ids.length, ofIds(ids), () => countLabel(ids.length)));
		}
		none('No topic', overview.withoutTopic(), (talk) => index.topicsOf(talk.id).length === 0);
	} else {
		for (const day of overview.days()) {
			const take = (limit: number) => overview.slice(day.start, day.start + Math.min(limit, day.count));
			groups.push(lazyGroup(day.date || 'undated', day.date || 'Undated', day.count, take, () => dayConferences(take(day.count))));
		}
	}
	return groups;
}

function talksOf(index: TalkIndexApi, ids: readonly string[], limit: number): Talk[] {
	const talks: Talk[] = [];
	for (let i = 0; i < ids.length && talks.length < limit; i++) {
		const talk = index.talk(ids[i]);
		if (talk) talks.push(talk);
	}
	return talks;
}

/** One group being filled with the positions of matched talks, which arrive in result order. */
interface Bucket {
	readonly key: string;
	readonly label: string;
	readonly positions: number[];
	/** Sorts groups: conferences by their order in `conferences()`, other groups by count then label. */
	readonly order: number;
	/** The group's rows, made on first read. */
	readonly rows: () => readonly TalkRow[];
	readonly detail: () => string;
}

/** Groups matched talks (a query or filters): costs the matches; rows are made per group when read. */
function groupMatched(index: TalkIndexApi, grouping: Grouping, found: Matched, positions: readonly number[]): TalkGroup[] {
	const buckets = new Map<string, Bucket>();
	let none: Bucket | undefined;
	const existing = (key: string) => (key === NO_GROUP_KEY ? none : buckets.get(key));
	const make = (key: string, label: string, order: number, detail: (bucket: Bucket) => string): Bucket => {
		let rows: readonly TalkRow[] | undefined;
		const made: Bucket = { key, label, positions: [], order, rows: () => (rows ??= found.rows(made.positions)), detail: () => detail(made) };
		if (key === NO_GROUP_KEY) none = made;
		else buckets.set(key, made);
		return made;
	};
	const add = (bucket: Bucket, at: number) => {
		if (bucket.positions[bucket.positions.length - 1] !== at) bucket.positions.push(at);
	};
	// Each call site reads `existing(key) ?? make(...)`: a talk joining a group that exists (most
	// of a query's hundreds) makes none of the closures `make` takes.
	const countDetail = (bucket: Bucket) => countLabel(bucket.positions.length);
	const conferences = conferenceLookup(index);
	const byConferenceName = new Map<string, Bucket>();
	// Indexed, not `for of`: this loop made an iterator result per match.
	for (let k = 0; k < positions.length; k++) {
		const at = positions[k];
		const talk = found.talk(at);
		if (grouping === 'conference') {
			// Talks of one conference write its name the same way: one lookup per written name.
			let bucket = byConferenceName.get(talk.conference);
			if (!bucket) {
				const match = conferences(talk.conference);
				bucket = match
					? (existing(match.conference.id) ?? make(match.conference.id, match.conference.name, match.order, () => match.conference.dates.join(', ')))
					: (existing(NO_GROUP_KEY) ?? make(NO_GROUP_KEY, 'No conference', 0, countDetail));
				byConferenceName.set(talk.conference, bucket);
			}
			add(bucket, at);
		} else if (grouping === 'speaker') {
			let any = false;
			for (const mention of talk.speakers) {
				const speaker = index.speakerByName(mention.name);
				if (!speaker) continue;
				any = true;
				add(existing(speaker.id) ?? make(speaker.id, speaker.name, 0, () => speaker.affiliations.join(', ')), at);
			}
			if (!any) add(existing(NO_GROUP_KEY) ?? make(NO_GROUP_KEY, 'No speaker', 0, countDetail), at);
		} else if (grouping === 'topic') {
			let any = false;
			for (const name of index.topicsOf(talk.id)) {
				const topic = index.topicByName(name);
				if (!topic) continue;
				any = true;
				add(existing(topic.id) ?? make(topic.id, topic.name, 0, countDetail), at);
			}
			if (!any) add(existing(NO_GROUP_KEY) ?? make(NO_GROUP_KEY, 'No topic', 0, countDetail), at);
		} else {
			const key = talk.date || 'undated';
			add(existing(key) ?? make(key, talk.date || 'Undated', 0, (bucket) => dayConferences(bucket.rows().map((row) => row.talk))), at);
		}
	}
	const sorted = sortBuckets([...buckets.values()], grouping);
	if (none) sorted.push(none);
	return sorted.map((bucket) => deferredGroup(bucket.key, bucket.label, bucket.positions.length, bucket.rows, bucket.detail));
}

/** Group order: conferences as `conferences()` lists them, dates newest first, speakers and topics most rows first, then by name. */
function sortBuckets(buckets: Bucket[], grouping: Grouping): Bucket[] {
	if (grouping === 'conference') return buckets.sort((a, b) => a.order - b.order);
	if (grouping === 'date') return buckets.sort((a, b) => compareStrings(b.key === 'undated' ? '' : b.key, a.key === 'undated' ? '' : a.key));
	return buckets
		.map((bucket) => ({ bucket, folded: fold(bucket.label) }))
		.sort((a, b) => b.bucket.positions.length - a.bucket.positions.length || compareStrings(a.folded, b.folded) || compareStrings(a.bucket.key, b.bucket.key))
		.map(({ bucket }) => bucket);
}

/** Conference of a written name with its position in `conferences()` (the group order), looked up once per name. */
function conferenceLookup(index: TalkIndexApi): (name: string) => { conference: Conference; order: number } | undefined {
	let positions: Map<string, number> | undefined;
	const byName = new Map<string, { conference: Conference; order: number } | undefined>();
	return (name) => {
		if (byName.has(name)) return byName.get(name);
		const conference = index.conferenceByName(name);
		let found: { conference: Conference; order: number } | undefined;
		if (conference) {
			positions ??= new Map(index.conferences().map((c, i) => [c.id, i]));
			found = { conference, order: positions.get(conference.id) ?? Number.MAX_SAFE_INTEGER };
		}
		byName.set(name, found);
		return found;
	};
}

/** A day's detail: the conferences of its talks, in talk order, without repeats. */
function dayConferences(talks: readonly Talk[]): string {
	return [...new Set(talks.map((talk) => talk.conference).filter((name) => name !== ''))].join(', ');
}

function countLabel(count: number): string {
	return count === 1 ? '1 talk' : `${count} talks`;
}
