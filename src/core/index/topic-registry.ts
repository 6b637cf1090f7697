import { fold } from '../text/fold';
import { entityId } from '../text/ids';
import { Counter, mostFrequent } from './counter';
import type { TalkSlot } from './talk-slots';

/** Vault-wide counts of one folded keyword candidate, shared by every talk that names it. */
export interface CandidateStats {
	readonly folded: string;
	/** Written forms, one per talk that names it. */
	readonly forms: Counter;
	/** Document frequency: talks whose candidates include it. */
	talks: number;
	/** Scratch for one topic-table build: the build that last checked it, and whether it is a person's name. */
	stamp: number;
	person: boolean;
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
	private readonly perTalk = new Map<TalkSlot, TalkTopics>();
	/** Base ids of folded names, computed once per name while any talk uses it. */
	private readonly baseIds = new Map<string, string>();

	addTalk(slot: TalkSlot): void {
		const explicitForms = explicitFormsOf(slot);
		const keywordForms = keywordFormsOf(slot);
		for (const [folded, form] of explicitForms) {
			const topic = this.explicit.get(folded) ?? { forms: new Counter(), talks: new Counter<TalkSlot>() };
			this.explicit.set(folded, topic);
			topic.forms.add(form);
			topic.talks.add(slot);
		}
		this.perTalk.set(slot, this.readTopics(slot, explicitForms, keywordForms));
		for (const [folded, form] of keywordForms) this.candidateStats.get(folded)?.forms.add(form);
	}

	/** Takes back exactly what `addTalk` counted (the forms are read again from the unchanged talk). */
	removeTalk(slot: TalkSlot): void {
		const topics = this.perTalk.get(slot);
		if (!topics) return;
		this.perTalk.delete(slot);
		for (const [folded, form] of explicitFormsOf(slot)) {
			const topic = this.explicit.get(folded);
			if (!topic) continue;
			topic.forms.remove(form);
			topic.talks.remove(slot);
			if (topic.talks.size === 0) this.forgetExplicit(folded);
		}
		for (const [folded, form] of keywordFormsOf(slot)) this.candidateStats.get(folded)?.forms.remove(form);
		for (const stats of topics.stats) {
			stats.talks -= 1;
			if (stats.talks <= 0) this.forgetCandidate(stats.folded);
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

	/** A talk's compact topic data; counts each of its keywords once in the document frequencies. */
	private readTopics(slot: TalkSlot, explicitForms: readonly ExplicitForm[], keywordForms: readonly KeywordForm[]): TalkTopics {
		const talk = slot.source;
		const explicit = explicitForms.length === 0 ? NONE : explicitForms.map(([folded]) => folded);
		if (keywordForms.length === 0) return explicit === NONE ? NO_TOPICS : { explicit, stats: NONE, counts: NONE };
		const totals = new Map<string, number>();
		for (const [folded, , count] of keywordForms) totals.set(folded, (totals.get(folded) ?? 0) + count);
		const skip = new Set<string>(explicit);
		skip.add(fold(talk.conference));
		for (const speaker of talk.speakers) {
			for (const word of fold(speaker.name).split(' ')) skip.add(word);
		}
		const eligible: CandidateStats[] = [];
		const counts: number[] = [];
		const skipped: CandidateStats[] = [];
		for (const [folded, count] of totals) {
			let stats = this.candidateStats.get(folded);
			if (!stats) {
				stats = { folded, forms: new Counter(), talks: 0, stamp: 0, person: false };
				this.candidateStats.set(folded, stats);
			}
			stats.talks += 1;
			if (skip.has(folded)) {
				skipped.push(stats);
			} else {
				eligible.push(stats);
				counts.push(count);
			}
		}
		return { explicit, stats: skipped.length === 0 ? eligible : eligible.concat(skipped), counts };
	}
}

/** A folded explicit topic and its name as written (trimmed). */
type ExplicitForm = readonly [folded: string, form: string];
/** A folded keyword candidate, its form as written (trimmed) and its count in the talk. */
type KeywordForm = readonly [folded: string, form: string, count: number];

/** A talk's explicit topics, folded; repeats (by folded form) count once. Pure, so removal reads the same. */
function explicitFormsOf(slot: TalkSlot): ExplicitForm[] {
	const forms: ExplicitForm[] = [];
	for (const name of slot.source.topics) {
		const folded = fold(name);
		if (!folded || forms.some(([seen]) => seen === folded)) continue;
		forms.push([folded, name.trim()]);
	}
	return forms;
}

/** A talk's usable keyword candidates, folded (several forms may fold alike). Pure, so removal reads the same. */
function keywordFormsOf(slot: TalkSlot): KeywordForm[] {
	const forms: KeywordForm[] = [];
	for (const [candidate, count] of Object.entries(slot.source.keywords)) {
		const folded = fold(candidate);
		if (!folded || typeof count !== 'number' || !Number.isFinite(count) || count <= 0) continue;
		forms.push([folded, candidate.trim(), count]);
	}
	return forms;
}
