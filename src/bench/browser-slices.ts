/**
 * The background indexing in slices, in the page: the benchmark's replay of the plugin's
 * indexer (background-indexing.ts) yielding through the page's own `setTimeout(0)`, as in
 * Obsidian. Chromium's collector, with its young generation sizing and its thread pool, is
 * the plugin's host's, not Node's, so this tells whether the long stress slices the Node
 * benchmark reports happen where the plugin runs.
 */
import { indexInBackground } from './background-indexing';
import { maxOf } from './stats';
import { SLICE_PHASE_MEASURE } from './trace-tasks';
import type { VaultNotes } from './vault-index';

/** The slices of one run, as the Node benchmark reports them (measure-slices.ts). */
export interface PageSliceRun {
	/** Longest slice of the three kinds: indexing, warm-up, and the first query. */
	readonly longestSliceMs: number;
	readonly longestIndexSliceMs: number;
	readonly longestWarmUpSliceMs: number;
	readonly firstQueryMs: number;
	/** Indexing and warm-up slices, and how many of them ran over 16 ms. */
	readonly slices: number;
	readonly slicesOver16Ms: number;
	/** Talks the fresh index holds once done. */
	readonly talks: number;
}

/** A real turn of the page's event loop. */
function yieldToPage(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Indexes every note of `notes` into a fresh index in slices, warms it up, answers the first query. */
export async function measurePageSlices(notes: VaultNotes): Promise<PageSliceRun> {
	const indexSlices: number[] = [];
	const warmUpSlices: number[] = [];
	const start = performance.now();
	const { firstQueryMs, talks } = await indexInBackground(notes, {
		yieldFn: yieldToPage,
		onIndexSlice: (ms) => indexSlices.push(ms),
		onWarmUpSlice: (ms) => warmUpSlices.push(ms),
	});
	// Marks the run in a trace, where the script reads the thread time of its longest task (trace-tasks.ts).
	performance.measure(SLICE_PHASE_MEASURE, { start, end: performance.now() });
	const all = [...indexSlices, ...warmUpSlices];
	return {
		longestSliceMs: maxOf(all, firstQueryMs),
		longestIndexSliceMs: maxOf(indexSlices),
		longestWarmUpSliceMs: maxOf(warmUpSlices),
		firstQueryMs,
		slices: all.length,
		slicesOver16Ms: all.filter((ms) => ms > 16).length,
		talks,
	};
}
