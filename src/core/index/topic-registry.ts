import type { Talk } from '../model';
import { entityId } from '../text/ids';
import { Counter, mostFrequent } from './counter';
import { SlotTable } from './slot-table';
import { FoldMemo } from './fold-memo';
import { ReusedList } from './reused-list';
import { isSkippedWord, usableCount } from './topic-forms';
import type { CandidateStats, TalkTopics, TopicJournal } from './topic-records';
import type { TalkSlot } from './talk-slots';

const NONE: readonly never[] = [];

/** What a talk the registry does not know brings. */
const NO_TOPICS: TalkTopics = { explicit: NONE, stats: NONE, counts: NONE };

/**
 * The incremental half of topics: explicit topics with their talks, and for the
 * keyword candidates the document frequency (talks naming them) that TF-IDF
 * needs. Both are reference-counted per talk, so a note's update costs its talks.
 * Which keywords become topics depends on the whole vault and is decided lazily
 * (auto-topics.ts).
 */
export class TopicRegistry {
	/** Per folded explicit topic: written forms, and how many talks name it (each talk once). */
	private readonly explicit = new Map<string, { readonly forms: Counter; talks: number }>();
	/** Per folded candidate: written forms (one per talk) and document frequency. */
	private readonly candidateStats = new Map<string, CandidateStats>();
	private readonly perTalk = new SlotTable<TalkSlot, TalkTopics>();
	/** Base ids of folded names, computed once per name while any talk uses it. */
	private readonly baseIds = new Map<string, string>();
	/**
	 * Display names asked for, until a talk adding or taking back a form of that name: the
	 * explorer asks for the topics of every row it draws, and each answer merges form counts.
	 */
	private readonly displayNames = new Map<string, string>();
	/** Changes since the topic table last read them; none are kept until it asks (`startJournal`). */
	private changes?: TopicJournal;
	/** Numbers each `addTalk`, so a candidate named twice in one talk is counted once. */
	private passes = 0;
	/** Lists reused from talk to talk (copied at exact length when kept). */
	private readonly scratchNames = new ReusedList<string>();
	private readonly scratchSpeakers = new ReusedList<string>();
	private readonly scratchEligible = new ReusedList<CandidateStats>();
	private readonly scratchCounts = new ReusedList<number>();
	private readonly scratchSkipped = new ReusedList<CandidateStats>();

	/** `folds`: the index's fold memo (names and keywords repeat across talks). */
	constructor(private readonly folds: FoldMemo = new FoldMemo()) {}

	/** Starts (or restarts) recording changes for the topic table. */
	startJournal(): void {
		this.changes = { talks: new Set(), candidates: new Set(), names: new Set() };
	}

	/** The changes recorded since the last call (or `startJournal`), and a fresh record. */
	takeJournal(): TopicJournal | undefined {
		const changes = this.changes;
		if (changes) this.startJournal();
		return changes;
	}

	/** True while the talk is counted. */
	has(slot: TalkSlot): boolean {
		return this.perTalk.has(slot);
	}

	/** The stats of a folded candidate, while any talk names it. */
	candidate(folded: string): CandidateStats | undefined {
		return this.candidateStats.get(folded);
	}

	/** Every candidate's stats. */
	candidates(): IterableIterator<CandidateStats> {
		return this.candidateStats.values();
	}

	/** Counts a talk's explicit topics and keyword candidates. */
	addTalk(slot: TalkSlot): void {
		const talk = slot.source;
		const explicit = this.addExplicit(talk.topics);
		const topics = this.addKeywords(talk, explicit);
		this.perTalk.set(slot, topics);
		for (let i = 0; i < topics.counts.length; i++) topics.stats[i].eligible.push(slot);
		this.record(slot, topics);
	}

	/** Takes back exactly what `addTalk` counted (the forms are read again from the unchanged talk). */
	removeTalk(slot: TalkSlot): void {
		const topics = this.perTalk.get(slot);
		if (!topics) return;
		this.perTalk.delete(slot);
		const talk = slot.source;
		const seen = this.scratchNames;
		seen.clear();
		for (const name of talk.topics) {
			const folded = this.folds.of(name);
			if (!folded || seen.includes(folded)) continue;
			seen.push(folded);
			this.displayNames.delete(folded);
			const topic = this.explicit.get(folded);
			if (!topic) continue;
			topic.forms.remove(name.trim());
			topic.talks -= 1;
			if (topic.talks <= 0) this.forgetExplicit(folded);
		}
		const { words, counts } = talk.keywords;
		for (let k = 0; k < words.length; k++) {
			if (!usableCount(counts[k])) continue;
			const candidate = words[k];
			const folded = this.folds.of(candidate);
			if (!folded) continue;
			this.displayNames.delete(folded);
			this.candidateStats.get(folded)?.forms.remove(candidate.trim());
		}
		for (let i = 0; i < topics.counts.length; i++) {
			const eligible = topics.stats[i].eligible;
			const at = eligible.lastIndexOf(slot);
			if (at >= 0) {
				eligible[at] = eligible[eligible.length - 1];
				eligible.pop();
			}
		}
		for (const stats of topics.stats) {
			stats.talks -= 1;
			if (stats.talks <= 0) this.forgetCandidate(stats.folded);
		}
		this.record(slot, topics);
	}

	/** A talk's explicit topics and keyword candidates, folded. */
	of(slot: TalkSlot): TalkTopics {
		return this.perTalk.get(slot) ?? NO_TOPICS;
	}

	/** Number of talks whose candidates include this folded term. */
	documentFrequency(folded: string): number {
		return this.candidateStats.get(folded)?.talks ?? 0;
	}

	/** The base id of a folded topic name (`entityId`), cached while the name is in use. */
	baseId(folded: string): string {
		let id = this.baseIds.get(folded);
		if (id === undefined) {
			id = entityId(folded);
			if (this.explicit.has(folded) || this.candidateStats.has(folded)) this.baseIds.set(folded, id);
		}
		return id;
	}

	/** Display name: the most frequent written form among explicit topics and keyword candidates. */
	displayName(folded: string): string {
		const known = this.displayNames.get(folded);
		if (known !== undefined) return known;
		const explicit = this.explicit.get(folded)?.forms;
		const candidate = this.candidateStats.get(folded)?.forms;
		if (!explicit && !candidate) return folded;
		let name: string;
		// One source (the common case) needs no merge.
		if (!explicit || !candidate) {
			name = mostFrequent((explicit ?? candidate)?.entries() ?? []) ?? folded;
		} else {
			const forms = new Counter();
			for (const [form, count] of explicit.entries()) forms.add(form, count);
			for (const [form, count] of candidate.entries()) forms.add(form, count);
			name = mostFrequent(forms.entries()) ?? folded;
		}
		this.displayNames.set(folded, name);
		return name;
	}

	clear(): void {
		this.explicit.clear();
		this.candidateStats.clear();
		this.perTalk.clear();
		this.baseIds.clear();
		this.displayNames.clear();
		this.changes = undefined;
	}

	/** Notes a talk's change in the journal, if one is kept: the talk, its candidates and every name it writes a form of. */
	private record(slot: TalkSlot, topics: TalkTopics): void {
		const changes = this.changes;
		if (!changes) return;
		changes.talks.add(slot);
		for (const folded of topics.explicit) changes.names.add(folded);
		for (const stats of topics.stats) {
			changes.candidates.add(stats);
			changes.names.add(stats.folded);
		}
	}

	private forgetExplicit(folded: string): void {
		this.explicit.delete(folded);
		if (!this.candidateStats.has(folded)) this.baseIds.delete(folded);
	}

	private forgetCandidate(folded: string): void {
		this.candidateStats.delete(folded);
		if (!this.explicit.has(folded)) this.baseIds.delete(folded);
	}

	/** Counts a talk's explicit topics (repeats by folded form once); returns them folded, in the talk's order. */
	private addExplicit(names: readonly string[]): readonly string[] {
		if (names.length === 0) return NONE;
		const folds = this.scratchNames;
		folds.clear();
		// Indexed, not `for of`: that made an iterator result per name here.
		for (let i = 0; i < names.length; i++) {
			const name = names[i];
			const folded = this.folds.of(name);
			if (!folded || folds.includes(folded)) continue;
			folds.push(folded);
			// Its written forms change: so may its display name.
			this.displayNames.delete(folded);
			let topic = this.explicit.get(folded);
			if (!topic) {
				topic = { forms: new Counter(), talks: 0 };
				this.explicit.set(folded, topic);
			}
			topic.forms.add(name.trim());
			topic.talks += 1;
		}
		// An exact-length copy: kept per talk.
		return folds.size === 0 ? NONE : folds.copy();
	}

	/**
	 * Counts a talk's keyword candidates: each written form, and each folded candidate once
	 * in the document frequencies (forms that fold alike, rare, add their counts up under
	 * the first). Returns the talk's compact topic data.
	 */
	private addKeywords(talk: Talk, explicit: readonly string[]): TalkTopics {
		const { words, counts: written } = talk.keywords;
		const pass = ++this.passes;
		const eligible = this.scratchEligible;
		const counts = this.scratchCounts;
		const skipped = this.scratchSkipped;
		const speakers = this.scratchSpeakers;
		eligible.clear();
		counts.clear();
		skipped.clear();
		let conference: string | undefined;
		for (let k = 0; k < words.length; k++) {
			const count = written[k];
			if (!usableCount(count)) continue;
			const candidate = words[k];
			const folded = this.folds.of(candidate);
			if (!folded) continue;
			this.displayNames.delete(folded);
			let stats = this.candidateStats.get(folded);
			if (!stats) {
				stats = { folded, forms: new Counter(), talks: 0, stamp: 0, person: false, eligible: [], settled: -1, pass: 0, at: -1 };
				this.candidateStats.set(folded, stats);
			}
			stats.forms.add(candidate.trim());
			if (stats.pass === pass) {
				// A second form of a candidate this talk named already.
				if (stats.at >= 0) counts.items[stats.at] += count;
				continue;
			}
			stats.pass = pass;
			stats.talks += 1;
			if (conference === undefined) {
				// Folded once per talk, only when it has keywords: what a keyword is checked against.
				conference = this.folds.of(talk.conference);
				speakers.clear();
				for (const mention of talk.speakers) speakers.push(this.folds.of(mention.name));
			}
			if (isSkippedWord(folded, explicit, conference, speakers.items, speakers.size)) {
				stats.at = -1;
				skipped.push(stats);
			} else {
				stats.at = counts.size;
				eligible.push(stats);
				counts.push(count);
			}
		}
		if (eligible.size === 0 && skipped.size === 0) return explicit === NONE ? NO_TOPICS : { explicit, stats: NONE, counts: NONE };
		// Exact-length lists: kept per talk.
		return { explicit, stats: skipped.size === 0 ? eligible.copy() : eligible.copy().concat(skipped.copy()), counts: counts.copy() };
	}
}
