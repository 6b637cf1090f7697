import type { Talk, Topic } from '../model';
import { compareStrings, compareTalkPlaces, settleTies, talkPlaceBound } from './compare';
import { SortedRecords, type SortEntry } from './sorted-records';
import { SuffixedIds } from './suffixed-ids';
import type { TopicRegistry } from './topic-registry';
import { recordAt, type TalkSlot } from './talk-slots';

/** A topic with its sort keys. */
interface TopicEntry extends SortEntry<Topic> {
	readonly talks: number;
}

/**
 * Each topic's talks, kept sorted by date, file and line, with the topic ids (suffixed
 * when two topics share a base id) and the topic records made from them. Which topics a
 * talk has is decided elsewhere (`TopicTableKeeper`); this only files talks under topics.
 * A record is made on first read and dropped whenever its members or id change, so a
 * change costs the topics it touches, and the sorted list re-sorts only those.
 */
export class TopicMembers {
	private readonly members = new Map<string, TalkSlot[]>();
	private ids = new SuffixedIds<string>(compareStrings);
	private readonly records = new Map<string, Topic>();
	private readonly order = new SortedRecords<Topic, TopicEntry>({
		entryOf: (key, record) => ({ key, record, talks: record.talkIds.length }),
		compare: (a, b) => b.talks - a.talks || compareStrings(a.key, b.key),
		keys: () => this.members.keys(),
		recordOf: (folded) => this.byKey(folded),
		weight: (topic) => topic.talkIds.length,
	});

	constructor(private readonly registry: TopicRegistry) {}

	/** Forgets every topic. */
	clear(): void {
		this.members.clear();
		this.records.clear();
		this.order.clear();
		this.ids = new SuffixedIds<string>(compareStrings);
	}

	/** Most talks first, then by folded name. */
	sorted(): readonly Topic[] {
		return this.order.list();
	}

	/** One bounded step towards `sorted()`: makes topic records or sorts them, about `units` worth; true when ready. */
	prepareSorted(units: number): boolean {
		return this.order.prepare(units);
	}

	/** The topic with this folded name, its record made on first read after a change. */
	byKey(folded: string): Topic | undefined {
		let record = this.records.get(folded);
		if (record) return record;
		const members = this.members.get(folded);
		if (!members) return undefined;
		const talks = members.map((slot) => slot.record);
		settleTies(talks);
		record = { id: this.ids.idOf(folded) ?? this.registry.baseId(folded), name: this.registry.displayName(folded), talkIds: talks.map((talk) => talk.id) };
		this.records.set(folded, record);
		return record;
	}

	/** The topic with this id. */
	byId(id: string): Topic | undefined {
		const folded = this.ids.keyOf(id);
		return folded === undefined ? undefined : this.byKey(folded);
	}

	/** Adds a talk to a topic's members: at its place when `search`, else appended (a build files talks in talk order). */
	join(folded: string, slot: TalkSlot, search: boolean): void {
		let list = this.members.get(folded);
		if (!list) {
			list = [];
			this.members.set(folded, list);
			for (const changed of this.ids.add(folded, this.registry.baseId(folded))) this.dropRecord(changed);
		}
		if (search) list.splice(upperBound(list, slot.record), 0, slot);
		else list.push(slot);
		this.dropRecord(folded);
	}

	/** Takes a talk out of a topic's members, found by the record it was filed under. */
	leave(folded: string, slot: TalkSlot, filed: Talk): void {
		const list = this.members.get(folded);
		if (!list) return;
		let at = lowerBound(list, filed);
		while (at < list.length && list[at] !== slot && compareTalkPlaces(list[at].record, filed) === 0) at++;
		if (list[at] !== slot) at = list.indexOf(slot);
		if (at < 0) return;
		list.splice(at, 1);
		this.dropRecord(folded);
		if (list.length > 0) return;
		this.members.delete(folded);
		for (const changed of this.ids.remove(folded)) this.dropRecord(changed);
	}

	/** Drops a topic's record (its members, id or display name changed); the next read makes it afresh. */
	dropRecord(folded: string): void {
		this.records.delete(folded);
		this.order.touch(folded);
	}
}

/*
 * Member lists are searched by date, file and line: the id is left out because it may
 * change under a filed talk (id collisions).
 */

/** First place in a member list whose talk sorts at or after `talk` (ids aside). */
function lowerBound(list: readonly TalkSlot[], talk: Talk): number {
	return talkPlaceBound(list, list.length, recordAt, talk, false);
}

/** First place in a member list whose talk sorts after `talk` (ids aside). */
function upperBound(list: readonly TalkSlot[], talk: Talk): number {
	return talkPlaceBound(list, list.length, recordAt, talk, true);
}
