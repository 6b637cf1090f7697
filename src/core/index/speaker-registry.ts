import type { SpeakerMention, Speaker } from '../model';
import { fold } from '../text/fold';
import { entityId } from '../text/ids';
import { compareStrings } from './compare';
import { Counter } from './counter';
import { FoldMemo } from './fold-memo';
import type { PersonRegistry } from './people-directory';
import { SortedRecords, type SortEntry } from './sorted-records';
import { buildSpeaker, type NameBucket } from './speaker-record';
import { ShardedStringMap } from './sharded-map';
import { SuffixedIds, type IdEntry } from './suffixed-ids';
import type { TalkSlot } from './talk-slots';

/** One speaker: the buckets of every name that resolves to it, and its record once asked for. */
interface SpeakerEntity {
	readonly key: string;
	readonly buckets: Set<NameBucket>;
	/** Cached record; dropped whenever a contribution changes, rebuilt on demand. */
	record?: Speaker;
}

/** A speaker with its sort keys: most talks first, then folded name, then id. */
interface SpeakerEntry extends SortEntry<Speaker> {
	readonly talks: number;
	readonly folded: string;
}

function speakerEntry(key: string, record: Speaker): SpeakerEntry {
	return { key, record, talks: record.talkIds.length, folded: fold(record.name) };
}

function compareEntries(a: SpeakerEntry, b: SpeakerEntry): number {
	return b.talks - a.talks || compareStrings(a.folded, b.folded) || compareStrings(a.record.id, b.record.id);
}

/**
 * Speakers across the vault. Mentions are reference-counted per talk in buckets
 * of one folded name; a bucket belongs to the speaker its name resolves to
 * through person notes. Adding or removing a talk touches only its mentions'
 * buckets and speakers; records are rebuilt lazily, so untouched speakers keep
 * the very same record object.
 */
export class SpeakerRegistry {
	private readonly buckets = new Map<string, NameBucket>();
	private readonly entities = new Map<string, SpeakerEntity>();
	/** Entries sharded: a vault's speakers in one map stalled indexing each time it doubled (sharded-map.ts). */
	private readonly ids = new SuffixedIds<string>(compareStrings, new ShardedStringMap<IdEntry>());
	/** Every speaker in list order, kept sorted as records change. */
	private readonly order = new SortedRecords<Speaker, SpeakerEntry>({
		entryOf: speakerEntry,
		compare: compareEntries,
		keys: () => this.entities.keys(),
		recordOf: (key) => this.recordOf(key),
		weight: (record) => record.talkIds.length,
	});

	/** Folded names that became or stopped being some speaker's name, while the topic table asks (`watchNames`). */
	private nameChanges?: Set<string>;

	/** `folds`: the index's fold memo (a speaker's name repeats across their talks). */
	constructor(
		private readonly people: PersonRegistry,
		private readonly folds: FoldMemo = new FoldMemo(),
	) {}

	/** Starts recording names that appear or disappear (people are not topics, so the topic table re-checks them). */
	watchNames(): void {
		this.nameChanges = new Set();
	}

	/** Names that appeared or disappeared since the last call (or `watchNames`); undefined when not watching. */
	takeNameChanges(): Set<string> | undefined {
		const changes = this.nameChanges;
		if (changes) this.nameChanges = new Set();
		return changes;
	}

	/** Counts a talk's speakers. */
	addTalk(slot: TalkSlot): void {
		for (const mention of slot.source.speakers) this.addMention(slot, mention);
	}

	/** Takes back exactly what `addTalk` counted. */
	removeTalk(slot: TalkSlot): void {
		for (const mention of slot.source.speakers) this.removeMention(slot, mention);
	}

	/** Drops the cached records of a talk's speakers (its id changed). */
	touchTalk(slot: TalkSlot): void {
		for (const mention of slot.source.speakers) {
			const bucket = this.buckets.get(this.folds.of(mention.name));
			if (bucket) this.dirty(bucket.key);
		}
	}

	/**
	 * Moves name buckets whose owner changed after a person note update and drops
	 * the records of every speaker involved. Returns those speakers' talks, whose
	 * searchable names (aliases) may have changed.
	 */
	rekey(touchedNames: readonly string[]): TalkSlot[] {
		const keys = new Set<string>();
		for (const name of touchedNames) {
			keys.add(name);
			keys.add(this.people.keyFor(name));
			const bucket = this.buckets.get(name);
			if (!bucket) continue;
			keys.add(bucket.key);
			const key = this.people.keyFor(name);
			if (key === bucket.key) continue;
			this.detach(bucket);
			bucket.key = key;
			this.attach(bucket);
		}
		const slots = new Set<TalkSlot>();
		for (const key of keys) {
			const entity = this.entities.get(key);
			if (!entity) continue;
			this.drop(entity);
			for (const bucket of entity.buckets) for (const slot of bucket.talks.keys()) slots.add(slot);
		}
		return [...slots];
	}

	/** The speaker with this id. */
	byId(id: string): Speaker | undefined {
		const key = this.ids.keyOf(id);
		return key === undefined ? undefined : this.recordOf(key);
	}

	/**
	 * The speaker a written name belongs to (folded, person-note aliases resolved). Folded
	 * through the index's memo: the names asked about are the talks' own (the explorer's rows
	 * and its summary of thousands of matches), which the index folded already when it took them.
	 */
	byName(name: string): Speaker | undefined {
		return this.recordOf(this.people.keyFor(this.folds.of(name)));
	}

	/** Every speaker, unsorted. */
	all(): Speaker[] {
		return [...this.entities.keys()].map((key) => this.recordOf(key)).filter((s): s is Speaker => s !== undefined);
	}

	/**
	 * Every speaker, most talks first, then by folded name, then by id. Kept
	 * sorted across changes, so after an edit this costs the speakers it touched.
	 * The same array until something changes: do not modify it.
	 */
	sorted(): readonly Speaker[] {
		return this.order.list();
	}

	/** One bounded step (about `units` of records made or compares) towards `sorted()`; true once it is ready. */
	prepareSorted(units: number): boolean {
		return this.order.prepare(units);
	}

	/** Number of speakers. */
	get size(): number {
		return this.entities.size;
	}

	/** True when a folded string is some speaker's name as written or a person note's name or alias. */
	isName(folded: string): boolean {
		return this.buckets.has(folded) || this.people.claims(folded);
	}

	/** What search should find a mention by: the name as written plus its person notes' names and aliases. */
	searchNames(name: string): string[] {
		const persons = this.people.personsNamed(this.people.keyFor(this.folds.of(name)));
		if (persons.length === 0) return [name];
		return [name, ...persons.flatMap((person) => [person.name, ...person.aliases])];
	}

	clear(): void {
		this.buckets.clear();
		this.entities.clear();
		this.ids.clear();
		this.order.clear();
		this.nameChanges = undefined;
	}

	private addMention(slot: TalkSlot, mention: SpeakerMention): void {
		const folded = this.folds.of(mention.name);
		if (!folded) return;
		let bucket = this.buckets.get(folded);
		if (!bucket) {
			bucket = { folded, key: this.people.keyFor(folded), forms: new Counter(), affiliations: new Counter(), talks: new Counter() };
			this.buckets.set(folded, bucket);
			this.nameChanges?.add(folded);
			this.attach(bucket);
		}
		bucket.forms.add(mention.name.trim());
		if (mention.affiliation?.trim()) bucket.affiliations.add(mention.affiliation.trim());
		bucket.talks.add(slot);
		this.dirty(bucket.key);
	}

	private removeMention(slot: TalkSlot, mention: SpeakerMention): void {
		const folded = this.folds.of(mention.name);
		const bucket = this.buckets.get(folded);
		if (!bucket) return;
		bucket.forms.remove(mention.name.trim());
		if (mention.affiliation?.trim()) bucket.affiliations.remove(mention.affiliation.trim());
		bucket.talks.remove(slot);
		this.dirty(bucket.key);
		if (bucket.talks.size === 0) {
			this.buckets.delete(folded);
			this.nameChanges?.add(folded);
			this.detach(bucket);
		}
	}

	private attach(bucket: NameBucket): void {
		let entity = this.entities.get(bucket.key);
		if (!entity) {
			entity = { key: bucket.key, buckets: new Set() };
			this.entities.set(bucket.key, entity);
			for (const key of this.ids.add(bucket.key, entityId(bucket.key))) this.dirty(key);
		}
		entity.buckets.add(bucket);
		this.drop(entity);
	}

	private detach(bucket: NameBucket): void {
		const entity = this.entities.get(bucket.key);
		if (!entity) return;
		entity.buckets.delete(bucket);
		this.drop(entity);
		if (entity.buckets.size > 0) return;
		this.entities.delete(bucket.key);
		for (const key of this.ids.remove(bucket.key)) this.dirty(key);
	}

	private dirty(key: string): void {
		const entity = this.entities.get(key);
		if (entity) this.drop(entity);
	}

	/** Forgets an entity's record (rebuilt when next asked for) and its place in the sorted list. */
	private drop(entity: SpeakerEntity): void {
		entity.record = undefined;
		this.order.touch(entity.key);
	}

	private recordOf(key: string): Speaker | undefined {
		const entity = this.entities.get(key);
		if (!entity) return undefined;
		entity.record ??= buildSpeaker(entity.key, this.ids.idOf(entity.key) ?? entityId(entity.key), entity.buckets, this.people.personsNamed(entity.key));
		return entity.record;
	}
}
