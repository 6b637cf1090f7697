import { runInSlices, type SliceOptions } from '../../../src/core/index/sliced-runner';

/** A fake clock the work advances: item `n` costs `cost(n)` ms. Records what the host saw. */
function harness(cost: (item: number) => number, budgetMs = 8) {
	let clock = 0;
	const slices: number[] = [];
	const progress: Array<[number, number]> = [];
	const events: string[] = [];
	const options: SliceOptions = {
		budgetMs,
		now: () => clock,
		yieldFn: () => {
			events.push('yield');
			return Promise.resolve();
		},
		onSlice: (ms) => slices.push(ms),
		onProgress: (done, total) => progress.push([done, total]),
	};
	const work = (item: number) => {
		events.push(`item ${item}`);
		clock += cost(item);
	};
	return { options, work, slices, progress, events };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('runInSlices', () => {
	it('processes every item once, in order', async () => {
		const h = harness(() => 1);
		await runInSlices(range(20), h.work, h.options);
		expect(h.events.filter((e) => e.startsWith('item'))).toEqual(range(20).map((i) => `item ${i}`));
	});

	it('yields to the host once the budget is spent, and not after the last slice', async () => {
		const h = harness(() => 3, 8);
		await runInSlices(range(9), h.work, h.options);
		// 3 items reach 9 ms >= 8 ms: slices of 3, 3, 3 items, two yields between them.
		expect(h.slices).toEqual([9, 9, 9]);
		expect(h.events).toEqual(['item 0', 'item 1', 'item 2', 'yield', 'item 3', 'item 4', 'item 5', 'yield', 'item 6', 'item 7', 'item 8']);
	});

	it('reports progress after every slice, ending at the total', async () => {
		const h = harness(() => 5, 8);
		await runInSlices(range(5), h.work, h.options);
		expect(h.progress).toEqual([
			[2, 5],
			[4, 5],
			[5, 5],
		]);
	});

	it('measures a single very long item as one long slice instead of hiding it', async () => {
		const h = harness((item) => (item === 4 ? 250 : 1), 8);
		await runInSlices(range(10), h.work, h.options);
		expect(Math.max(...h.slices)).toBeGreaterThanOrEqual(250);
		// The long item ends its slice: nothing else is piled onto it.
		const longSlice = h.slices.findIndex((ms) => ms >= 250);
		expect(h.slices[longSlice]).toBeLessThan(250 + 8);
		expect(h.events.indexOf('yield', h.events.indexOf('item 4'))).toBe(h.events.indexOf('item 4') + 1);
	});

	it('keeps every slice within the budget plus one item when items are small', async () => {
		const h = harness((item) => 0.5 + (item % 3), 8);
		await runInSlices(range(500), h.work, h.options);
		expect(h.slices.length).toBeGreaterThan(50);
		for (const ms of h.slices) expect(ms).toBeLessThan(8 + 3);
	});

	it('does nothing and never yields for an empty list', async () => {
		const h = harness(() => 1);
		await runInSlices([], h.work, h.options);
		expect(h.events).toEqual([]);
		expect(h.slices).toEqual([]);
	});

	it('stops before the next slice when cancelled', async () => {
		const h = harness(() => 4, 8);
		let cancelled = false;
		const run = runInSlices(range(10), h.work, { ...h.options, yieldFn: () => ((cancelled = true), Promise.resolve()), isCancelled: () => cancelled });
		await run;
		expect(h.events).toEqual(['item 0', 'item 1']);
	});

	it('reports a failing item through onError and carries on', async () => {
		const h = harness(() => 1);
		const errors: Array<[unknown, string]> = [];
		const work = (item: number) => {
			if (item === 3) throw new Error('bad note');
			h.work(item);
		};
		await runInSlices(range(6), work, { ...h.options, onError: (item, error) => errors.push([item, (error as Error).message]) });
		expect(errors).toEqual([[3, 'bad note']]);
		expect(h.events.filter((e) => e.startsWith('item'))).toHaveLength(5);
	});

	it('rejects with the error when there is no onError, after reporting the slice', async () => {
		const h = harness(() => 1);
		const work = (item: number) => {
			if (item === 2) throw new Error('bad note');
			h.work(item);
		};
		await expect(runInSlices(range(6), work, h.options)).rejects.toThrow('bad note');
		expect(h.progress).toEqual([[3, 6]]);
	});

	it('lets real timers run between slices', async () => {
		let timerFired = false;
		globalThis.setTimeout(() => (timerFired = true), 0);
		const seenBeforeEnd: boolean[] = [];
		await runInSlices(range(200), () => seenBeforeEnd.push(timerFired), {
			budgetMs: 0,
			now: () => performance.now(),
			yieldFn: () => new Promise((resolve) => globalThis.setTimeout(resolve, 0)),
		});
		expect(seenBeforeEnd[0]).toBe(false);
		expect(seenBeforeEnd.at(-1)).toBe(true);
	});
});

describe('runInSlices with item weights', () => {
	it('starts a fresh slice for an item that would overrun a slice already under way', async () => {
		// Cost equals weight: after the first item the runner knows 1 ms per unit.
		const cost = [3, 3, 10, 3, 3];
		const h = harness((item) => cost[item] ?? 0, 8);
		await runInSlices(range(5), h.work, { ...h.options, weight: (item) => cost[item] ?? 0 });
		// Without weights the 10 ms item would join the first slice (3 + 3 + 10 = 16 ms).
		expect(h.slices).toEqual([6, 10, 6]);
		expect(h.events).toEqual(['item 0', 'item 1', 'yield', 'item 2', 'yield', 'item 3', 'item 4']);
	});

	it('still runs a heavy item alone when it opens a slice, and reports its full length', async () => {
		const cost = [1, 40, 1];
		const h = harness((item) => cost[item] ?? 0, 8);
		await runInSlices(range(3), h.work, { ...h.options, weight: (item) => cost[item] ?? 0 });
		expect(h.slices).toEqual([1, 40, 1]);
	});

	it('adapts when the cost per unit changes', async () => {
		// The first items cost 1 ms per unit, later ones 3 ms. Checked only after each item, three
		// of those would make 9 ms slices; the learned rate stops at two once it has caught up.
		const h = harness((item) => (item < 10 ? 1 : 3), 8);
		await runInSlices(range(40), h.work, { ...h.options, weight: () => 1 });
		const late = h.slices.slice(-5);
		for (const ms of late) expect(ms).toBeLessThanOrEqual(8);
	});
});
