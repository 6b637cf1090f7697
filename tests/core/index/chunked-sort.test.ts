/**
 * The resumable sort behind warm-ups: whatever the step sizes, it must give what one
 * `Array.sort` gives, and each step must stay within its share of compares.
 */
import fc from 'fast-check';
import { ChunkedSort } from '../../../src/core/index/chunked-sort';

/** Total order on [key, tie-breaker] pairs, as the index's sorted lists use. */
const byKeyThenId = (a: readonly [number, number], b: readonly [number, number]) => a[0] - b[0] || a[1] - b[1];

describe('ChunkedSort', () => {
	it('gives the order of Array.sort whatever the step sizes', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 1200 }), fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 20 }), (keys, budgets) => {
				const items = keys.map((key, id) => [key, id] as const);
				const sort = new ChunkedSort(items, byKeyThenId);
				let steps = 0;
				while (!sort.step(budgets[steps % budgets.length])) steps++;
				expect(sort.sorted()).toEqual([...items].sort(byKeyThenId));
			}),
			{ numRuns: 60 },
		);
	});

	it('leaves its input alone and finishes at once when read half way', () => {
		const items = Array.from({ length: 1000 }, (_, i) => [(i * 7919) % 1000, i] as const);
		const copy = items.slice();
		const sort = new ChunkedSort(items, byKeyThenId);
		sort.step(500);
		expect(sort.done).toBe(false);
		expect(sort.sorted().map(([key]) => key)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
		expect(items).toEqual(copy);
	});

	it('does about the compares it is given per step, so a long sort takes many steps', () => {
		const items = Array.from({ length: 5000 }, (_, i) => [(i * 7919) % 5000, i] as const);
		let compares = 0;
		const sort = new ChunkedSort(items, (a, b) => {
			compares++;
			return byKeyThenId(a, b);
		});
		const perStep: number[] = [];
		let done = false;
		while (!done) {
			const before = compares;
			done = sort.step(400);
			perStep.push(compares - before);
		}
		expect(perStep.length).toBeGreaterThan(20);
		// One run of 32 entries (Array.sort: at most ~32 * 8 compares) may cross the step's share.
		for (const n of perStep) expect(n).toBeLessThanOrEqual(400 + 32 * 8);
	});
});
