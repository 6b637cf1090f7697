import type { Topic } from '../model';
import { compareStrings } from './compare';
import type { CandidateStats, TalkTopics, TopicRegistry } from './topic-registry';
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
	return new Chooser(context, (stats) => context.isPersonName(stats.folded)).choose(context.topics.of(slot));
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

/** Numbers each table build, so per-candidate scratch (is it a person?) is computed once per build. */
let builds = 0;

/**
 * Builds the topic table: explicit topics merged by folded name with each talk's
 * automatic ones. `sortedSlots` must be in talk order (`compareTalks` on records):
 * each topic's talks then arrive already in order. A talk never has one folded
 * name both as an explicit and as an automatic topic, so no membership needs
 * deduplicating. Costs the talks' candidates plus the topics.
 */
export function buildTopicTable(sortedSlots: readonly TalkSlot[], context: KeywordContext): TopicTable {
	const stamp = ++builds;
	const chooser = new Chooser(context, (stats) => {
		if (stats.stamp !== stamp) {
			stats.stamp = stamp;
			stats.person = context.isPersonName(stats.folded);
		}
		return stats.person;
	});
	const members = new Map<string, TalkSlot[]>();
	const join = (folded: string, slot: TalkSlot) => {
		const list = members.get(folded);
		if (list) list.push(slot);
		else members.set(folded, [slot]);
	};
	const automatic = new Map<TalkSlot, readonly string[]>();
	for (const slot of sortedSlots) {
		const topics = context.topics.of(slot);
		for (const folded of topics.explicit) join(folded, slot);
		const chosen = context.limit > 0 ? chooser.choose(topics) : [];
		automatic.set(slot, chosen);
		for (const folded of chosen) join(folded, slot);
	}
	const ids = new SuffixedIds<string>(compareStrings);
	for (const folded of members.keys()) ids.add(folded, context.topics.baseId(folded));
	const byKey = new Map<string, Topic>();
	const byId = new Map<string, Topic>();
	const entries: Array<[string, Topic]> = [];
	for (const [folded, list] of members) {
		const talkIds = new Array<string>(list.length);
		for (let i = 0; i < list.length; i++) talkIds[i] = list[i].record.id;
		const topic: Topic = { id: ids.idOf(folded) ?? context.topics.baseId(folded), name: context.topics.displayName(folded), talkIds };
		byKey.set(folded, topic);
		byId.set(topic.id, topic);
		entries.push([folded, topic]);
	}
	const sorted = entries.sort(([a, x], [b, y]) => y.talkIds.length - x.talkIds.length || compareStrings(a, b)).map(([, topic]) => topic);
	return { byKey, byId, sorted, automatic };
}

/** Picks the best `limit` candidates of a talk without sorting them all; caches `ln(1 + N / df)` per df. */
class Chooser {
	private readonly weights: number[] = [];
	private readonly best: Array<{ folded: string; score: number }> = [];

	constructor(
		private readonly context: KeywordContext,
		private readonly isPerson: (stats: CandidateStats) => boolean,
	) {}

	choose(topics: TalkTopics): string[] {
		const limit = this.context.limit;
		if (limit <= 0) return [];
		const best = this.best;
		best.length = 0;
		const { stats: all, counts } = topics;
		for (let i = 0; i < counts.length; i++) {
			const stats = all[i];
			const count = counts[i];
			const folded = stats.folded;
			const df = stats.talks > 1 ? stats.talks : 1;
			// Named once in one talk of the whole vault: a passing mention, not a topic.
			if (count < 2 && df < 2) continue;
			if (this.isPerson(stats)) continue;
			const score = count * this.weight(df);
			if (best.length === limit) {
				if (!better(score, folded, best[limit - 1])) continue;
				best.pop();
			}
			let at = best.length;
			while (at > 0 && better(score, folded, best[at - 1])) at--;
			best.splice(at, 0, { folded, score });
		}
		const chosen = new Array<string>(best.length);
		for (let i = 0; i < best.length; i++) chosen[i] = best[i].folded;
		return chosen;
	}

	private weight(df: number): number {
		let weight = this.weights[df];
		if (weight === undefined) {
			weight = Math.log(1 + this.context.talkCount / df);
			this.weights[df] = weight;
		}
		return weight;
	}
}

/** Best first: higher score, then smaller folded form. */
function better(score: number, folded: string, than: { folded: string; score: number }): boolean {
	return score > than.score || (score === than.score && folded < than.folded);
}
