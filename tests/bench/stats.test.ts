import { interleavedMedians, itemWithMost, maxOf, median, percentile } from '../../src/bench/stats';

describe('the benchmark statistics', () => {
	it('takes the largest sample, or the floor when none is larger', () => {
		expect(maxOf([3, 9.5, 2])).toBe(9.5);
		expect(maxOf([3, 2], 7)).toBe(7);
		expect(maxOf([])).toBe(0);
	});

	it('picks the run with the largest figure, the first of equals', () => {
		const runs = [
			{ name: 'a', longest: 4 },
			{ name: 'b', longest: 12 },
			{ name: 'c', longest: 12 },
			{ name: 'd', longest: 1 },
		];
		expect(itemWithMost(runs, (run) => run.longest).name).toBe('b');
		expect(itemWithMost([runs[3]], (run) => run.longest).name).toBe('d');
	});

	it('reads nearest-rank percentiles of unsorted samples', () => {
		const samples = [5, 1, 4, 2, 3];
		expect(median(samples)).toBe(3);
		expect(percentile(samples, 99)).toBe(5);
		expect(percentile(samples, 0)).toBe(1);
		expect(percentile([], 50)).toBeNaN();
	});

	it('times jobs in turns, one run of each per round, and reports each job\'s median', () => {
		const calls: string[] = [];
		const spin = (ms: number) => {
			const end = performance.now() + ms;
			while (performance.now() < end);
		};
		const [slow, quick] = interleavedMedians(3, [
			() => {
				calls.push('slow');
				spin(4);
			},
			() => calls.push('quick'),
		]);
		expect(calls).toEqual(['slow', 'quick', 'slow', 'quick', 'slow', 'quick']);
		expect(slow.runs).toBe(3);
		expect(quick.runs).toBe(3);
		expect(slow.value).toBeGreaterThanOrEqual(4);
		expect(quick.value).toBeLessThan(slow.value);
	});
});
