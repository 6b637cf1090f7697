import { fold } from '../text/fold';
import { Counter, mostFrequent } from './counter';
import type { TalkSlot } from './talk-slots';

/** What one talk brings to the topics: its explicit topics and its keyword candidates, folded. */
interface TalkTopics {
	/** Folded explicit topics, in the talk's order, without repeats. */
	readonly explicit: readonly string[];
	/** Folded keyword candidate to its count in the talk. */
	readonly keywords: ReadonlyMap<string, number>;
	/** Exactly the written forms counted, as [folded, form], so removal takes back the same. */
	readonly explicitForms: ReadonlyArray<readonly [string, string]>;
	readonly keywordForms: ReadonlyArray<readonly [string, string]>;
}

/** What a talk the registry does not know brings. */
const NO_TOPICS: TalkTopics = { explicit: [], keywords: new Map(), explicitForms: [], keywordForms: [] };

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
	private readonly candidates = new Map<string, { readonly forms: Counter; talks: number }>();
	private readonly perTalk = new Map<TalkSlot, TalkTopics>();

	addTalk(slot: TalkSlot): void {
		const topics = readTopics(slot);
		this.perTalk.set(slot, topics);
		for (const [folded, form] of topics.explicitForms) {
			const topic = this.explicit.get(folded) ?? { forms: new Counter(), talks: new Counter<TalkSlot>() };
			this.explicit.set(folded, topic);
			topic.forms.add(form);
			topic.talks.add(slot);
		}
		for (const folded of topics.keywords.keys()) {
			const stats = this.candidates.get(folded) ?? { forms: new Counter(), talks: 0 };
			this.candidates.set(folded, stats);
			stats.talks += 1;
		}
		for (const [folded, form] of topics.keywordForms) this.candidates.get(folded)?.forms.add(form);
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
			if (topic.talks.size === 0) this.explicit.delete(folded);
		}
		for (const [folded, form] of topics.keywordForms) this.candidates.get(folded)?.forms.remove(form);
		for (const folded of topics.keywords.keys()) {
			const stats = this.candidates.get(folded);
			if (!stats) continue;
			stats.talks -= 1;
			if (stats.talks <= 0) this.candidates.delete(folded);
		}
	}

	/** A talk's explicit topics and keyword candidates, folded. */
	of(slot: TalkSlot): TalkTopics {
		return this.perTalk.get(slot) ?? NO_TOPICS;
	}

	/** Number of talks whose candidates include this folded term. */
	documentFrequency(folded: string): number {
		return this.candidates.get(folded)?.talks ?? 0;
	}

	/** Folded explicit topics with their talks. */
	explicitTopics(): IterableIterator<[string, { readonly talks: Counter<TalkSlot> }]> {
		return this.explicit.entries();
	}

	/** Display name: the most frequent written form among explicit topics and keyword candidates. */
	displayName(folded: string): string {
		const forms = new Counter();
		for (const [form, count] of this.explicit.get(folded)?.forms.entries() ?? []) forms.add(form, count);
		for (const [form, count] of this.candidates.get(folded)?.forms.entries() ?? []) forms.add(form, count);
		return mostFrequent(forms.entries()) ?? folded;
	}

	clear(): void {
		this.explicit.clear();
		this.candidates.clear();
		this.perTalk.clear();
	}
}

/** Folds a talk's topics and candidates once; repeats (by folded form) count once, candidate counts add up. */
function readTopics(slot: TalkSlot): TalkTopics {
	const explicit: string[] = [];
	const explicitForms: Array<readonly [string, string]> = [];
	for (const name of slot.source.topics) {
		const folded = fold(name);
		if (!folded || explicit.includes(folded)) continue;
		explicit.push(folded);
		explicitForms.push([folded, name.trim()]);
	}
	const keywords = new Map<string, number>();
	const keywordForms: Array<readonly [string, string]> = [];
	for (const [candidate, count] of Object.entries(slot.source.keywords)) {
		const folded = fold(candidate);
		if (!folded || typeof count !== 'number' || !Number.isFinite(count) || count <= 0) continue;
		keywords.set(folded, (keywords.get(folded) ?? 0) + count);
		keywordForms.push([folded, candidate.trim()]);
	}
	return { explicit, keywords, explicitForms, keywordForms };
}
