import { fold } from '../text/fold';
import { entityId } from '../text/ids';
import { Counter, mostFrequent } from './counter';
import type { TalkSlot } from './talk-slots';

/** Vault-wide counts of one folded keyword candidate, shared by every talk that names it. */
export interface CandidateStats {
	/** Written forms, one per talk that names it. */
	readonly forms: Counter;
	/** Document frequency: talks whose candidates include it. */
	talks: number;
	/** Scratch for one topic-table build: the build that last checked it, and whether it is a person's name. */
	stamp: number;
	person: boolean;
}

/** One candidate of one talk that may become its automatic topic. */
export interface TalkCandidate {
	readonly folded: string;
	readonly count: number;
	readonly stats: CandidateStats;
}

/** What one talk brings to the topics: its explicit topics and its keyword candidates, folded. */
export interface TalkTopics {
	/** Folded explicit topics, in the talk's order, without repeats. */
	readonly explicit: readonly string[];
	/**
	 * Candidates that can become automatic topics of this talk: every keyword except its
	 * explicit topics, its conference and the words of its speakers' names (fixed per
	 * talk, so decided once here, not on every topic-table build).
	 */
	readonly candidates: readonly TalkCandidate[];
	/** Every folded keyword of the talk (document frequency counts these). */
	readonly keywords: readonly string[];
	/** Exactly the written forms counted, as [folded, form], so removal takes back the same. */
	readonly explicitForms: ReadonlyArray<readonly [string, string]>;
	readonly keywordForms: ReadonlyArray<readonly [string, string]>;
}

/** What a talk the registry does not know brings. */
const NO_TOPICS: TalkTopics = { explicit: [], candidates: [], keywords: [], explicitForms: [], keywordForms: [] };

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
	private readonly perTalk = new Map<TalkSlot, TalkTopics>();
	/** Base ids of folded names, computed once per name while any talk uses it. */
	private readonly baseIds = new Map<string, string>();

	addTalk(slot: TalkSlot): void {
		const topics = this.readTopics(slot);
		this.perTalk.set(slot, topics);
		for (const [folded, form] of topics.explicitForms) {
			const topic = this.explicit.get(folded) ?? { forms: new Counter(), talks: new Counter<TalkSlot>() };
			this.explicit.set(folded, topic);
			topic.forms.add(form);
			topic.talks.add(slot);
		}
		for (const [folded, form] of topics.keywordForms) this.candidateStats.get(folded)?.forms.add(form);
	}

	/** Takes back exactly what `addTalk` counted. */
	removeTalk(slot: TalkSlot): void {
		const topics = this.perTalk.get(slot);
		if (!topics) return;
		this.perTalk.delete(slot);
		for (const [folded, form] of topics.explicitForms) {
			const topic = this.explicit.get(folded);
			if (!topic) continue;
			topic.forms.remove(form);
			topic.talks.remove(slot);
			if (topic.talks.size === 0) this.forgetExplicit(folded);
		}
		for (const [folded, form] of topics.keywordForms) this.candidateStats.get(folded)?.forms.remove(form);
		for (const folded of topics.keywords) {
			const stats = this.candidateStats.get(folded);
			if (!stats) continue;
			stats.talks -= 1;
			if (stats.talks <= 0) this.forgetCandidate(folded);
		}
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
		const explicit = this.explicit.get(folded)?.forms;
		const candidate = this.candidateStats.get(folded)?.forms;
		// One source (the common case) needs no merge.
		if (!explicit || !candidate) return mostFrequent((explicit ?? candidate)?.entries() ?? []) ?? folded;
		const forms = new Counter();
		for (const [form, count] of explicit.entries()) forms.add(form, count);
		for (const [form, count] of candidate.entries()) forms.add(form, count);
		return mostFrequent(forms.entries()) ?? folded;
	}

	clear(): void {
		this.explicit.clear();
		this.candidateStats.clear();
		this.perTalk.clear();
		this.baseIds.clear();
	}

	private forgetExplicit(folded: string): void {
		this.explicit.delete(folded);
		if (!this.candidateStats.has(folded)) this.baseIds.delete(folded);
	}

	private forgetCandidate(folded: string): void {
		this.candidateStats.delete(folded);
		if (!this.explicit.has(folded)) this.baseIds.delete(folded);
	}

	/** Folds a talk's topics and candidates once; repeats (by folded form) count once, candidate counts add up. */
	private readTopics(slot: TalkSlot): TalkTopics {
		const talk = slot.source;
		const explicit: string[] = [];
		const explicitForms: Array<readonly [string, string]> = [];
		for (const name of talk.topics) {
			const folded = fold(name);
			if (!folded || explicit.includes(folded)) continue;
			explicit.push(folded);
			explicitForms.push([folded, name.trim()]);
		}
		const counts = new Map<string, number>();
		const keywordForms: Array<readonly [string, string]> = [];
		for (const candidate in talk.keywords) {
			if (!Object.prototype.hasOwnProperty.call(talk.keywords, candidate)) continue;
			const count = talk.keywords[candidate];
			const folded = fold(candidate);
			if (!folded || typeof count !== 'number' || !Number.isFinite(count) || count <= 0) continue;
			counts.set(folded, (counts.get(folded) ?? 0) + count);
			keywordForms.push([folded, candidate.trim()]);
		}
		const skip = new Set<string>(explicit);
		skip.add(fold(talk.conference));
		for (const speaker of talk.speakers) {
			for (const word of fold(speaker.name).split(' ')) skip.add(word);
		}
		const keywords: string[] = [];
		const candidates: TalkCandidate[] = [];
		for (const [folded, count] of counts) {
			let stats = this.candidateStats.get(folded);
			if (!stats) {
				stats = { forms: new Counter(), talks: 0, stamp: 0, person: false };
				this.candidateStats.set(folded, stats);
			}
			stats.talks += 1;
			keywords.push(folded);
			if (!skip.has(folded)) candidates.push({ folded, count, stats });
		}
		return { explicit, candidates, keywords, explicitForms, keywordForms };
	}
}
