import type { Talk, Topic } from '../model';
import { Chooser, type KeywordContext } from './auto-topics';
import { ShardedMap } from './sharded-map';
import { TopicMembers } from './topic-members';
import type { CandidateStats } from './topic-records';
import type { TopicRegistry } from './topic-registry';
import type { TalkSlot } from './talk-slots';

/** Every topic of the vault, explicit and automatic, with lookups. */
export interface TopicTable {
	/** Most talks first, then by folded name. */
	sorted(): readonly Topic[];
	byKey(folded: string): Topic | undefined;
	byId(id: string): Topic | undefined;
	/** A talk's automatic topics (folded), best first. */
	automatic(slot: TalkSlot): readonly string[] | undefined;
	/** Talks with no topic at all. */
	readonly untagged: number;
}

/** What the table holds per talk. */
interface TalkState {
	/** The record the talk was filed under in member lists (its date, file and line place it). */
	record: Talk;
	explicit: readonly string[];
	automatic: readonly string[];
	/** The number of talks its automatic topics were chosen at, and how far N may move before they could change. */
	n: number;
	margin: number;
}

/** A full build under way in steps (`buildStep`), until the index changes. */
interface BuildInProgress {
	readonly context: KeywordContext;
	readonly chooser: Chooser;
	/** Slots at positions `start` .. `end` of the talk order. */
	readonly slotsAt: (start: number, end: number) => readonly TalkSlot[];
	/** Position in the talk order of the next batch to ask for. */
	at: number;
	/** The batch under way and the next of its slots to file. */
	batch: readonly TalkSlot[];
	next: number;
}

/**
 * The topic table, kept up to date instead of rebuilt: automatic topics depend on
 * the whole vault (TF-IDF over talks), but a change moves few talks' choices. At
 * each read after a change it re-chooses only the talks that may choose otherwise:
 * talks added or changed, talks naming a candidate whose document frequency or
 * person status changed, and, when the number of talks N changed, talks whose
 * margin (see `Chooser`) is too thin for the new N: a score ratio `r` between two
 * candidates changes by at most the factor N'/N, since ln(1 + kx) <= k ln(1 + x)
 * for k >= 1. So the table always equals the one built from scratch.
 * Talks are filed under their topics, and topic records made, by `TopicMembers`.
 */
export class TopicTableKeeper implements TopicTable {
	private built = false;
	private limit = -1;
	private n = 0;
	/**
	 * By slot; sharded, as one map with an entry per talk stalled the warm-up each time it doubled
	 * (sharded-map.ts). Keyed by the slot itself, not its serial: a removed talk's state must stay
	 * findable until the next update takes it out of its topics, even when a new talk has its serial.
	 */
	private readonly states = new ShardedMap<TalkSlot, TalkState>((slot) => slot.serial);
	/** Each topic's talks, ids and records: where the choices made here are filed. */
	private readonly topics: TopicMembers;
	/** Talks whose record changed in place (line or id): their places and their topics' talk ids follow. */
	private readonly moved = new Set<TalkSlot>();
	private personsChanged = false;
	private untaggedCount = 0;
	private building?: BuildInProgress;
	/**
	 * `stats.stamp` once `stats.person` is known in this build. A new build counts up, so it
	 * never trusts what an earlier build (perhaps one a change interrupted) learnt before
	 * person notes changed.
	 */
	private personEpoch = 0;

	constructor(
		private readonly registry: TopicRegistry,
		private readonly takeNameChanges: () => Set<string> | undefined,
		private readonly startNameChanges: () => void,
	) {
		this.topics = new TopicMembers(registry);
	}

	/** A talk's record changed in place (its line or id). */
	touch(slot: TalkSlot): void {
		if (this.built) this.moved.add(slot);
	}

	/** A person note changed: any candidate may have become or stopped being a person's name. */
	touchPersons(): void {
		this.personsChanged = true;
	}

	/** Forgets everything (the next read builds afresh). */
	reset(): void {
		this.built = false;
		this.building = undefined;
		this.states.clear();
		this.topics.clear();
		this.moved.clear();
		this.untaggedCount = 0;
	}

	/** The table for the current notes; `sortedSlots` gives every slot in talk order (used for a full build only). */
	settle(context: KeywordContext, sortedSlots: () => readonly TalkSlot[]): TopicTable {
		if (this.building && this.building.context.limit === context.limit) {
			// A warm-up got part of the way with nothing changed since: finish it.
			while (!this.buildStep(context, this.building.slotsAt, Infinity));
		} else if (this.needsBuild(context)) this.build(context, sortedSlots());
		else this.update(context);
		return this;
	}

	/** True when the next `settle` would build from scratch (never built, or another cap). */
	needsBuild(context: KeywordContext): boolean {
		return !this.built || context.limit !== this.limit;
	}

	/**
	 * One bounded step of a full build, the same as `settle` makes at once: chooses the
	 * topics of talks in talk order (`slotsAt` gives positions `start` .. `end`) until about
	 * `units` of work (a talk and its candidates) are done. True once the table is built.
	 * The caller must `abandon` the build when the index changes before it is done.
	 */
	buildStep(context: KeywordContext, slotsAt: (start: number, end: number) => readonly TalkSlot[], units: number): boolean {
		if (!this.building) {
			this.startBuild();
			this.building = { context, chooser: this.chooser(context), slotsAt, at: 0, batch: [], next: 0 };
		}
		const build = this.building;
		const total = build.context.talkCount;
		let spent = 0;
		while (spent < units) {
			if (build.next >= build.batch.length) {
				if (build.at >= total) break;
				// Asking the talk order costs a walk over its chunks: ask for a batch at a time.
				build.batch = build.slotsAt(build.at, Math.min(total, build.at + (Number.isFinite(units) ? BUILD_BATCH : total)));
				build.next = 0;
				build.at += build.batch.length;
				if (build.batch.length === 0) break;
			}
			// A talk costs about its candidates.
			spent += 1 + this.add(build.batch[build.next++], build.chooser, build.context);
		}
		if (build.at < total || build.next < build.batch.length) return false;
		this.building = undefined;
		this.finishBuild(build.context);
		return true;
	}

	/** Drops a build in progress (the index changed under it); the next step or read starts over. */
	abandon(): void {
		if (!this.building) return;
		this.building = undefined;
		this.built = false;
	}

	/** One bounded step towards `sorted()`: makes topic records or sorts them, about `units` worth; true when ready. */
	prepareSorted(units: number): boolean {
		return this.topics.prepareSorted(units);
	}

	get untagged(): number {
		return this.untaggedCount;
	}

	sorted(): readonly Topic[] {
		return this.topics.sorted();
	}

	byKey(folded: string): Topic | undefined {
		return this.topics.byKey(folded);
	}

	byId(id: string): Topic | undefined {
		return this.topics.byId(id);
	}

	automatic(slot: TalkSlot): readonly string[] | undefined {
		return this.states.get(slot)?.automatic;
	}

	private build(context: KeywordContext, slots: readonly TalkSlot[]): void {
		this.startBuild();
		const chooser = this.chooser(context);
		for (const slot of slots) this.add(slot, chooser, context);
		this.finishBuild(context);
	}

	private startBuild(): void {
		this.reset();
		this.personEpoch += 1;
		this.registry.startJournal();
		this.startNameChanges();
		this.personsChanged = false;
	}

	/** Files the next talk of a build; returns the number of its candidates (its cost). */
	private add(slot: TalkSlot, chooser: Chooser, context: KeywordContext): number {
		const state = this.choose(slot, chooser, context);
		this.states.set(slot, state);
		// Slots arrive in talk order: appending keeps member lists sorted. Indexed loops: `for of`
		// made an iterator result per topic here, for every talk of a build.
		for (let i = 0; i < state.explicit.length; i++) this.topics.join(state.explicit[i], slot, false);
		for (let i = 0; i < state.automatic.length; i++) this.topics.join(state.automatic[i], slot, false);
		if (state.explicit.length === 0 && state.automatic.length === 0) this.untaggedCount += 1;
		return this.registry.of(slot).stats.length;
	}

	private finishBuild(context: KeywordContext): void {
		for (const stats of this.registry.candidates()) stats.settled = stats.talks;
		this.built = true;
		this.limit = context.limit;
		this.n = context.talkCount;
	}

	private update(context: KeywordContext): void {
		const journal = this.registry.takeJournal();
		const dirty = new Set<TalkSlot>(journal?.talks);
		const redo = (stats: CandidateStats) => {
			for (const slot of stats.eligible) dirty.add(slot);
		};
		for (const stats of journal?.candidates ?? []) {
			if (stats.settled === stats.talks) continue;
			stats.settled = stats.talks;
			redo(stats);
		}
		const names = this.takeNameChanges();
		const recheck = (stats: CandidateStats | undefined) => {
			if (!stats || stats.stamp !== this.personEpoch) return;
			const person = context.isPersonName(stats.folded);
			if (person === stats.person) return;
			stats.person = person;
			redo(stats);
		};
		if (this.personsChanged) for (const stats of this.registry.candidates()) recheck(stats);
		else for (const name of names ?? []) recheck(this.registry.candidate(name));
		this.personsChanged = false;
		if (context.talkCount !== this.n) {
			const n = context.talkCount;
			for (const [slot, state] of this.states.entries()) {
				const factor = Math.max(n, state.n) / Math.max(1, Math.min(n, state.n));
				if (!(state.margin > factor * (1 + 1e-9))) dirty.add(slot);
			}
			this.n = n;
		}
		const chooser = this.chooser(context);
		for (const slot of dirty) this.refresh(slot, chooser, context);
		for (const slot of this.moved) {
			if (dirty.has(slot)) continue;
			if (this.registry.has(slot)) this.refile(slot);
			else this.refresh(slot, chooser, context);
		}
		this.moved.clear();
		for (const folded of journal?.names ?? []) this.topics.dropRecord(folded);
	}

	/** Re-chooses one talk's topics and moves it between member lists as needed. */
	private refresh(slot: TalkSlot, chooser: Chooser, context: KeywordContext): void {
		const old = this.states.get(slot);
		const present = this.registry.has(slot);
		const next = present ? this.choose(slot, chooser, context) : undefined;
		const before = old ? [...old.explicit, ...old.automatic] : [];
		const after = next ? [...next.explicit, ...next.automatic] : [];
		for (const folded of before) if (!after.includes(folded) || old?.record !== slot.record) this.topics.leave(folded, slot, old?.record ?? slot.record);
		for (const folded of after) if (!before.includes(folded) || old?.record !== slot.record) this.topics.join(folded, slot, true);
		if (old && before.length === 0) this.untaggedCount -= 1;
		if (next && after.length === 0) this.untaggedCount += 1;
		if (next) this.states.set(slot, next);
		else this.states.delete(slot);
	}

	/** A talk whose record changed in place but not its topics: same topics, new place and id. */
	private refile(slot: TalkSlot): void {
		const state = this.states.get(slot);
		if (!state) return;
		for (const folded of [...state.explicit, ...state.automatic]) {
			this.topics.leave(folded, slot, state.record);
			this.topics.join(folded, slot, true);
		}
		state.record = slot.record;
	}

	private choose(slot: TalkSlot, chooser: Chooser, context: KeywordContext): TalkState {
		const topics = this.registry.of(slot);
		const automatic = context.limit > 0 ? chooser.chooseWithMargin(topics) : [];
		return { record: slot.record, explicit: topics.explicit, automatic, n: context.talkCount, margin: context.limit > 0 ? chooser.margin : Infinity };
	}

	private chooser(context: KeywordContext): Chooser {
		return new Chooser(context, (stats) => {
			if (stats.stamp !== this.personEpoch) {
				stats.stamp = this.personEpoch;
				stats.person = context.isPersonName(stats.folded);
			}
			return stats.person;
		});
	}
}

/** Talks a build step asks the talk order for at a time. */
const BUILD_BATCH = 64;
