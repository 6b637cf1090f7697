import { Chooser, type KeywordContext } from '../../../src/core/index/auto-topics';
import { Counter } from '../../../src/core/index/counter';
import type { CandidateStats, TalkTopics } from '../../../src/core/index/topic-records';
import type { TopicRegistry } from '../../../src/core/index/topic-registry';

/** A talk's keyword candidates: folded form, count in the talk, and document frequency. */
function talkTopics(candidates: ReadonlyArray<readonly [string, number, number]>): TalkTopics {
	const stats = candidates.map(([folded, , df]): CandidateStats => ({ folded, forms: new Counter(), talks: df, stamp: 0, person: false, eligible: [], settled: -1, pass: 0, at: -1 }));
	return { explicit: [], stats, counts: candidates.map(([, count]) => count) };
}

const TALKS = 1000;
const context = (limit: number): KeywordContext => ({ topics: undefined as unknown as TopicRegistry, talkCount: TALKS, isPersonName: () => false, limit });

/** The reference: score every candidate, sort them all, take the first `limit`. */
function sortedChoice(candidates: ReadonlyArray<readonly [string, number, number]>, limit: number): string[] {
	return candidates
		.filter(([, count, df]) => count >= 2 || df >= 2)
		.map(([folded, count, df]) => ({ folded, score: count * Math.log(1 + TALKS / Math.max(df, 1)) }))
		.sort((a, b) => b.score - a.score || (a.folded < b.folded ? -1 : 1))
		.slice(0, limit)
		.map((scored) => scored.folded);
}

describe('choosing a talk\'s automatic topics', () => {
	it('picks what sorting every candidate would, talk after talk with one chooser', () => {
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			return seed % n;
		};
		const chooser = new Chooser(context(5), () => false);
		for (let talk = 0; talk < 300; talk++) {
			// Talks with many candidates and talks with few alternate, so leftovers of a long choice meet a short one.
			const size = talk % 3 === 0 ? 12 + random(20) : random(6);
			const candidates = Array.from({ length: size }, (_, i) => [`w${talk}-${i}`, 1 + random(4), 1 + random(50)] as const);
			expect(chooser.chooseWithMargin(talkTopics(candidates))).toEqual(sortedChoice(candidates, 5));
		}
	});

	it('reports how far the last choice is from changing with the number of talks', () => {
		const chooser = new Chooser(context(1), () => false);
		// `rust` (3 mentions, in 10 talks) beats `zig` (2 mentions, in 2 talks) by a ratio of scores that a larger N could close.
		const candidates = [['rust', 3, 10], ['zig', 2, 2]] as const;
		expect(chooser.chooseWithMargin(talkTopics(candidates))).toEqual(['rust']);
		const rust = 3 * Math.log(1 + TALKS / 10);
		const zig = 2 * Math.log(1 + TALKS / 2);
		expect(chooser.margin).toBeCloseTo(rust / zig, 10);
		// A talk with nothing to choose has no margin to keep.
		expect(chooser.chooseWithMargin(talkTopics([]))).toEqual([]);
		expect(chooser.margin).toBe(Infinity);
	});
});
