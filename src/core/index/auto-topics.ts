import type { Topic } from '../model';
import { fold } from '../text/fold';
import { entityId } from '../text/ids';
import { compareStrings, compareTalks } from './compare';
import type { TopicRegistry } from './topic-registry';
import type { TalkSlot } from './talk-slots';
import { SuffixedIds } from './suffixed-ids';

/** What choosing a talk's automatic topics needs from the rest of the index. */
export interface KeywordContext {
	readonly topics: TopicRegistry;
	/** Number of talks in the vault (N of TF-IDF). */
	readonly talkCount: number;
	/** True for a speaker's name or a person note's name or alias (folded): people are not topics. */
	readonly isPersonName: (folded: string) => boolean;
	/** Most automatic topics per talk; 0 turns them off. */
	readonly limit: number;
}

/**
 * A talk's automatic topics (folded), best first: its keyword candidates weighed by
 * TF-IDF over talks, `count * ln(1 + N / df)` (smoothed, so a term every talk names
 * still weighs a little), ties by folded form. Candidates that are explicit topics
 * of the talk (they are topics already), people, a word of the talk's own
 * speakers' names (`Carl` in a panel with Carl Lerche) or the talk's conference
 * are skipped. Reads only vault-wide counts, so one talk costs its candidates.
 */
export function autoTopicsOf(slot: TalkSlot, context: KeywordContext): string[] {
	if (context.limit <= 0) return [];
	const { explicit, keywords } = context.topics.of(slot);
	const skip = new Set<string>(explicit);
	skip.add(fold(slot.source.conference));
	for (const speaker of slot.source.speakers) {
		for (const word of fold(speaker.name).split(' ')) skip.add(word);
	}
	const scored: Array<{ folded: string; score: number }> = [];
	for (const [folded, count] of keywords) {
		if (skip.has(folded) || context.isPersonName(folded)) continue;
		const df = Math.max(1, context.topics.documentFrequency(folded));
		// Named once in one talk of the whole vault: a passing mention, not a topic.
		if (count < 2 && df < 2) continue;
		scored.push({ folded, score: count * Math.log(1 + context.talkCount / df) });
	}
	scored.sort((a, b) => b.score - a.score || compareStrings(a.folded, b.folded));
	return scored.slice(0, context.limit).map(({ folded }) => folded);
}

/** Every topic of the vault, explicit and automatic, with lookups; computed in one pass over the talks. */
export interface TopicTable {
	readonly byKey: ReadonlyMap<string, Topic>;
	readonly byId: ReadonlyMap<string, Topic>;
	/** Most talks first, then by folded name. */
	readonly sorted: readonly Topic[];
	/** Each talk's automatic topics (folded), as `autoTopicsOf` gives them. */
	readonly automatic: ReadonlyMap<TalkSlot, readonly string[]>;
}

/** Builds the topic table: explicit topics merged by folded name with each talk's automatic ones. */
export function buildTopicTable(slots: Iterable<TalkSlot>, context: KeywordContext): TopicTable {
	const members = new Map<string, Set<TalkSlot>>();
	const join = (folded: string, slot: TalkSlot) => {
		const set = members.get(folded) ?? new Set<TalkSlot>();
		members.set(folded, set);
		set.add(slot);
	};
	for (const [folded, topic] of context.topics.explicitTopics()) {
		for (const slot of topic.talks.keys()) join(folded, slot);
	}
	const automatic = new Map<TalkSlot, readonly string[]>();
	for (const slot of slots) {
		const chosen = autoTopicsOf(slot, context);
		automatic.set(slot, chosen);
		for (const folded of chosen) join(folded, slot);
	}
	const ids = new SuffixedIds<string>(compareStrings);
	for (const folded of members.keys()) ids.add(folded, entityId(folded));
	const byKey = new Map<string, Topic>();
	const byId = new Map<string, Topic>();
	for (const [folded, set] of members) {
		const topic: Topic = {
			id: ids.idOf(folded) ?? entityId(folded),
			name: context.topics.displayName(folded),
			talkIds: [...set].map((slot) => slot.record).sort(compareTalks).map((talk) => talk.id),
		};
		byKey.set(folded, topic);
		byId.set(topic.id, topic);
	}
	const sorted = [...byKey.entries()]
		.sort(([a, x], [b, y]) => y.talkIds.length - x.talkIds.length || compareStrings(a, b))
		.map(([, topic]) => topic);
	return { byKey, byId, sorted, automatic };
}
