import type { Conference, ConferenceMention } from '../model';
import { fold } from '../text/fold';
import { entityId } from '../text/ids';
import { compareStrings, compareTalks } from './compare';
import { Counter, mostFrequent } from './counter';
import { FoldMemo } from './fold-memo';
import { SortedRecords, type SortEntry } from './sorted-records';
import { SuffixedIds } from './suffixed-ids';
import type { TalkSlot } from './talk-slots';

/** One conference: reference-counted names, dates and talks, and its record once asked for. */
interface ConferenceEntity {
	readonly key: string;
	/** Written names: one per context line and one per talk. */
	readonly forms: Counter;
	readonly dates: Counter;
	readonly talks: Counter<TalkSlot>;
	record?: Conference;
}

/** A conference with its sort keys: newest latest date first, then folded name, then id. */
interface ConferenceEntry extends SortEntry<Conference> {
	readonly latest: string;
	readonly folded: string;
}

function conferenceEntry(key: string, record: Conference): ConferenceEntry {
	return { key, record, latest: record.dates[record.dates.length - 1] ?? '', folded: fold(record.name) };
}

function compareEntries(a: ConferenceEntry, b: ConferenceEntry): number {
	return compareStrings(b.latest, a.latest) || compareStrings(a.folded, b.folded) || compareStrings(a.record.id, b.record.id);
}

/**
 * Conferences across the vault, one per folded name, with every date a context
 * line or a talk gives it. A conference exists while any context line or talk
 * names it, so a conference noted without talks still shows with its dates.
 */
export class ConferenceRegistry {
	private readonly entities = new Map<string, ConferenceEntity>();
	private readonly ids = new SuffixedIds<string>(compareStrings);
	/** Every conference in list order, kept sorted as records change. */
	private readonly order = new SortedRecords<Conference, ConferenceEntry>({
		entryOf: conferenceEntry,
		compare: compareEntries,
		keys: () => this.entities.keys(),
		recordOf: (key) => this.recordOf(key),
		weight: (record) => record.talkIds.length,
	});

	/** `folds`: the index's fold memo (a conference's name repeats on every talk). */
	constructor(private readonly folds: FoldMemo = new FoldMemo()) {}

	/** Counts a context line. */
	addMention(mention: ConferenceMention): void {
		const entity = this.entityFor(mention.name);
		if (!entity) return;
		entity.forms.add(mention.name.trim());
		if (mention.date) entity.dates.add(mention.date);
		this.drop(entity);
	}

	/** Takes back exactly what `addMention` counted. */
	removeMention(mention: ConferenceMention): void {
		const entity = this.entities.get(this.folds.of(mention.name));
		if (!entity) return;
		entity.forms.remove(mention.name.trim());
		if (mention.date) entity.dates.remove(mention.date);
		this.settle(entity);
	}

	/** Counts a talk's conference and date. */
	addTalk(slot: TalkSlot): void {
		const talk = slot.source;
		const entity = this.entityFor(talk.conference);
		if (!entity) return;
		entity.forms.add(talk.conference.trim());
		if (talk.date) entity.dates.add(talk.date);
		entity.talks.add(slot);
		this.drop(entity);
	}

	/** Takes back exactly what `addTalk` counted. */
	removeTalk(slot: TalkSlot): void {
		const talk = slot.source;
		const entity = this.entities.get(this.folds.of(talk.conference));
		if (!entity) return;
		entity.forms.remove(talk.conference.trim());
		if (talk.date) entity.dates.remove(talk.date);
		entity.talks.remove(slot);
		this.settle(entity);
	}

	/** Called by `touchTalk` with each talk whose record changed in place (so other views can follow). */
	onTouch?: (slot: TalkSlot) => void;

	/** Drops the cached record of a talk's conference (its id or line changed). */
	touchTalk(slot: TalkSlot): void {
		this.onTouch?.(slot);
		const entity = this.entities.get(this.folds.of(slot.source.conference));
		if (entity) this.drop(entity);
	}

	byId(id: string): Conference | undefined {
		const key = this.ids.keyOf(id);
		return key === undefined ? undefined : this.recordOf(key);
	}

	/** The conference a written name belongs to (folded through the index's memo, as the speakers' `byName`). */
	byName(name: string): Conference | undefined {
		return this.recordOf(this.folds.of(name));
	}

	/** Every conference, unsorted. */
	all(): Conference[] {
		return [...this.entities.keys()].map((key) => this.recordOf(key)).filter((c): c is Conference => c !== undefined);
	}

	/**
	 * Every conference, newest first (by latest date; conferences without dates last),
	 * then by name. Kept sorted across changes; the same array until something changes.
	 */
	sorted(): readonly Conference[] {
		return this.order.list();
	}

	/** One bounded step (about `units` of records made or compares) towards `sorted()`; true once it is ready. */
	prepareSorted(units: number): boolean {
		return this.order.prepare(units);
	}

	/** Number of conferences. */
	get size(): number {
		return this.entities.size;
	}

	clear(): void {
		this.entities.clear();
		this.ids.clear();
		this.order.clear();
	}

	private entityFor(name: string): ConferenceEntity | undefined {
		const key = this.folds.of(name);
		if (!key) return undefined;
		let entity = this.entities.get(key);
		if (!entity) {
			entity = { key, forms: new Counter(), dates: new Counter(), talks: new Counter() };
			this.entities.set(key, entity);
			for (const changed of this.ids.add(key, entityId(key))) this.dirty(changed);
		}
		return entity;
	}

	/** Drops the record, and the conference itself once nothing names it. */
	private settle(entity: ConferenceEntity): void {
		this.drop(entity);
		if (entity.forms.size > 0) return;
		this.entities.delete(entity.key);
		for (const changed of this.ids.remove(entity.key)) this.dirty(changed);
	}

	private dirty(key: string): void {
		const entity = this.entities.get(key);
		if (entity) this.drop(entity);
	}

	/** Forgets an entity's record (rebuilt when next asked for) and its place in the sorted list. */
	private drop(entity: ConferenceEntity): void {
		entity.record = undefined;
		this.order.touch(entity.key);
	}

	private recordOf(key: string): Conference | undefined {
		const entity = this.entities.get(key);
		if (!entity) return undefined;
		entity.record ??= {
			id: this.ids.idOf(key) ?? entityId(key),
			name: mostFrequent(entity.forms.entries()) ?? key,
			dates: [...entity.dates.keys()].sort(compareStrings),
			talkIds: [...entity.talks.keys()].map((slot) => slot.record).sort(compareTalks).map((talk) => talk.id),
		};
		return entity.record;
	}
}
