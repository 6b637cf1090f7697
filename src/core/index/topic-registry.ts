import { entityId } from '../text/ids';
import { Counter, mostFrequent } from './counter';
import { SlotTable } from './slot-table';
import { type ExplicitForm, explicitFormsOf, foldedTotals, type KeywordForm, keywordFormsOf, skippedWords } from './topic-forms';
import type { TalkSlot } from './talk-slots';

/** Vault-wide counts of one folded keyword candidate, shared by every talk that names it. */
export interface CandidateStats {
	readonly folded: string;
	/** Written forms, one per talk that names it. */
	readonly forms: Counter;
	/** Document frequency: talks whose candidates include it. */
	talks: number;
	/** Whether `person` is known (set by the topic table), and whether the candidate is a person's name. */
	stamp: number;
	person: boolean;
	/** Talks that may choose it as an automatic topic (not skipped for them); unordered. */
	readonly eligible: TalkSlot[];
	/** Document frequency when the topic table last settled (-1: never). */
	settled: number;
}

/** What changed since the topic table last looked (see `TopicRegistry.journal`). */
export interface TopicJournal {
	/** Talks added or removed. */
	readonly talks: Set<TalkSlot>;
	/** Candidates whose document frequency was counted up or down. */
	readonly candidates: Set<CandidateStats>;
	/** Folded names whose written forms changed (display names may change). */
	readonly names: Set<string>;
}

/**
 * What one talk brings to the topics, kept compact (one per talk, for the whole
 * vault): its explicit topics, and its keyword candidates as shared stats with counts.
 */
export interface TalkTopics {
	/** Folded explicit topics, in the talk's order, without repeats. */
	readonly explicit: readonly string[];
	/**
	 * Every keyword of the talk, folded, as its vault-wide stats (document frequency
	 * counts them all). The first `counts.length` can become automatic topics of this
	 * talk; the rest are its explicit topics, its conference or words of its speakers'
	 * names (fixed per talk, so decided once here, not on every topic-table build).
	 */
	readonly stats: readonly CandidateStats[];
	/** How often the talk names each of the first `counts.length` candidates. */
	readonly counts: readonly number[];
}

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
	private readonly explicit = new Map<string, { readonly forms: Counter; readonly talks: Counter<TalkSlot> }>();
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

	addTalk(slot: TalkSlot): void {
		const explicitForms = explicitFormsOf(slot);
		const keywordForms = keywordFormsOf(slot);
		this.formsChange(explicitForms, keywordForms);
		for (const [folded, form] of explicitForms) {
			const topic = this.explicit.get(folded) ?? { forms: new Counter(), talks: new Counter<TalkSlot>() };
			this.explicit.set(folded, topic);
			topic.forms.add(form);
			topic.talks.add(slot);
		}
		const topics = this.readTopics(slot, explicitForms, keywordForms);
		this.perTalk.set(slot, topics);
		for (const [folded, form] of keywordForms) this.candidateStats.get(folded)?.forms.add(form);
		for (let i = 0; i < topics.counts.length; i++) topics.stats[i].eligible.push(slot);
		this.record(slot, topics, explicitForms, keywordForms);
	}

	/** Takes back exactly what `addTalk` counted (the forms are read again from the unchanged talk). */
	removeTalk(slot: TalkSlot): void {
		const topics = this.perTalk.get(slot);
		if (!topics) return;
		this.perTalk.delete(slot);
		const explicitForms = explicitFormsOf(slot);
		const keywordForms = keywordFormsOf(slot);
		this.formsChange(explicitForms, keywordForms);
		for (const [folded, form] of explicitForms) {
			const topic = this.explicit.get(folded);
			if (!topic) continue;
			topic.forms.remove(form);
			topic.talks.remove(slot);
			if (topic.talks.size === 0) this.forgetExplicit(folded);
		}
		for (const [folded, form] of keywordForms) this.candidateStats.get(folded)?.forms.remove(form);
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
		this.record(slot, topics, explicitForms, keywordForms);
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

	/** The written forms of these names are about to change: their display names may too. */
	private formsChange(explicitForms: readonly ExplicitForm[], keywordForms: readonly KeywordForm[]): void {
		for (const [folded] of explicitForms) this.displayNames.delete(folded);
		for (const [folded] of keywordForms) this.displayNames.delete(folded);
	}

	/** Notes a talk's change in the journal, if one is kept. */
	private record(slot: TalkSlot, topics: TalkTopics, explicitForms: readonly ExplicitForm[], keywordForms: readonly KeywordForm[]): void {
		const changes = this.changes;
		if (!changes) return;
		changes.talks.add(slot);
		for (const stats of topics.stats) changes.candidates.add(stats);
		for (const [folded] of explicitForms) changes.names.add(folded);
		for (const [folded] of keywordForms) changes.names.add(folded);
	}

	private forgetExplicit(folded: string): void {
		this.explicit.delete(folded);
		if (!this.candidateStats.has(folded)) this.baseIds.delete(folded);
	}

	private forgetCandidate(folded: string): void {
		this.candidateStats.delete(folded);
		if (!this.explicit.has(folded)) this.baseIds.delete(folded);
	}

	/** A talk's compact topic data; counts each of its keywords once in the document frequencies. */
	private readTopics(slot: TalkSlot, explicitForms: readonly ExplicitForm[], keywordForms: readonly KeywordForm[]): TalkTopics {
		const talk = slot.source;
		const explicit = explicitForms.length === 0 ? NONE : explicitForms.map(([folded]) => folded);
		if (keywordForms.length === 0) return explicit === NONE ? NO_TOPICS : { explicit, stats: NONE, counts: NONE };
		const skip = skippedWords(talk.conference, talk.speakers, explicit);
		const eligible: CandidateStats[] = [];
		const counts: number[] = [];
		const skipped: CandidateStats[] = [];
		const totals = foldedTotals(keywordForms);
		for (let i = 0; i < keywordForms.length; i++) {
			const folded = keywordForms[i][0];
			// Forms that fold alike (rare) add up under the first of them.
			const count = totals[i];
			if (count === 0) continue;
			let stats = this.candidateStats.get(folded);
			if (!stats) {
				stats = { folded, forms: new Counter(), talks: 0, stamp: 0, person: false, eligible: [], settled: -1 };
				this.candidateStats.set(folded, stats);
			}
			stats.talks += 1;
			if (skip.includes(folded)) {
				skipped.push(stats);
			} else {
				eligible.push(stats);
				counts.push(count);
			}
		}
		// Exact-length lists (`concat`, `slice`): kept per talk, and `push` leaves room for more.
		return { explicit, stats: eligible.concat(skipped), counts: counts.slice() };
	}
}
