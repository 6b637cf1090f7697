import type { Counter } from './counter';
import type { TalkSlot } from './talk-slots';

/**
 * What the topic registry keeps (topic-registry.ts): per keyword candidate its vault-wide
 * counts, per talk what it brings, and the journal of changes the topic table reads.
 */

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
	/** The last `addTalk` that counted it (its pass number), and where its count went in that talk's list (-1: skipped). */
	pass: number;
	at: number;
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
