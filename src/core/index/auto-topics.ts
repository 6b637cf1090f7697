import type { CandidateStats, TalkTopics } from './topic-records';
import type { TopicRegistry } from './topic-registry';
import type { TalkSlot } from './talk-slots';

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

/** One scored candidate. */
interface Scored {
	folded: string;
	score: number;
	count: number;
	df: number;
}

/**
 * Picks the best `limit` candidates of a talk without sorting them all; caches
 * `ln(1 + N / df)` per df. Also measures how far the choice is from changing when
 * only N (the number of talks) changes: `margin`, the least ratio of scores over
 * the comparisons that decided it and that a change of N could turn round.
 */
export class Chooser {
	private readonly weights: number[] = [];
	/**
	 * The best candidates so far, best first: the first `size` of `best`. The records are
	 * reused from talk to talk (written over, never emptied with `length = 0`, which drops an
	 * array's storage): a choice is made for every talk of the vault while the views warm up.
	 */
	private readonly best: Scored[] = [];
	private size = 0;
	/** See the class comment; Infinity when no change of N can alter the last choice. */
	margin = Infinity;

	constructor(
		private readonly context: KeywordContext,
		private readonly isPerson: (stats: CandidateStats) => boolean,
	) {}

	choose(topics: TalkTopics): string[] {
		this.margin = Infinity;
		this.size = 0;
		const limit = this.context.limit;
		if (limit <= 0) return [];
		const best = this.best;
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
			if (this.size === limit && !better(score, folded, best[limit - 1])) continue;
			// The record that falls off the end (or a new one) takes the candidate.
			if (this.size < limit) {
				if (this.size === best.length) best.push({ folded, score, count, df });
				this.size++;
			}
			const entry = best[this.size - 1];
			let at = this.size - 1;
			while (at > 0 && better(score, folded, best[at - 1])) {
				best[at] = best[at - 1];
				at--;
			}
			entry.folded = folded;
			entry.score = score;
			entry.count = count;
			entry.df = df;
			best[at] = entry;
		}
		const chosen = new Array<string>(this.size);
		for (let i = 0; i < this.size; i++) chosen[i] = best[i].folded;
		return chosen;
	}

	/**
	 * `choose` and its margin: the order of the chosen ones (consecutive pairs) and
	 * the last chosen against every candidate left out. Only pairs where one has more
	 * mentions and the other a lower document frequency can swap when N changes.
	 */
	chooseWithMargin(topics: TalkTopics): string[] {
		const chosen = this.choose(topics);
		const best = this.best;
		const size = this.size;
		let margin = Infinity;
		for (let i = 0; i + 1 < size; i++) margin = Math.min(margin, ratio(best[i], best[i + 1].count, best[i + 1].df, best[i + 1].score));
		if (size === this.context.limit && size > 0) {
			const last = best[size - 1];
			const { stats: all, counts } = topics;
			for (let i = 0; i < counts.length; i++) {
				const stats = all[i];
				const count = counts[i];
				const df = stats.talks > 1 ? stats.talks : 1;
				if ((count < 2 && df < 2) || chosen.includes(stats.folded) || this.isPerson(stats)) continue;
				margin = Math.min(margin, ratio(last, count, df, count * this.weight(df)));
			}
		}
		this.margin = margin;
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

/** How much `win` outscores a candidate (`count`, `df`, `score`) when a change of N could swap them; Infinity when it cannot. */
function ratio(win: Scored, count: number, df: number, score: number): number {
	// More mentions and rarer never loses (nor does an equal pair, which the name decides whatever N is).
	if ((win.count - count) * (win.df - df) <= 0) return Infinity;
	return win.score / score;
}

/** Best first: higher score, then smaller folded form. */
function better(score: number, folded: string, than: { folded: string; score: number }): boolean {
	return score > than.score || (score === than.score && folded < than.folded);
}
