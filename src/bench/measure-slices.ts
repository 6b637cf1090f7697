/**
 * The longest synchronous stretch while the whole vault is indexed in the background,
 * through the same `runInSlices` scheduler the plugin uses, with real timers, then while
 * the index warms up its views in slices as the plugin does before it says `ready`. An event
 * loop delay histogram runs alongside as an independent check: it also sees work the
 * slices do not report (timers that libraries schedule, the first query).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { indexInBackground } from './background-indexing';
import type { Span } from './gc-log';
import { maxOf } from './stats';
import { readThreadClock, type ThreadClock, threadClockBetween } from './thread-clock';
import type { VaultNotes } from './vault-notes';

/** What one background indexing run looked like. */
export interface SliceRun {
	/** Longest slice, including the warm-up and the first query answered right after it. */
	readonly longestSliceMs: number;
	readonly slices: number;
	/** Longest slice of the indexing itself, without the warm-up and the first query. */
	readonly longestIndexSliceMs: number;
	/** Longest slice of the warm-up of the views (topics, sorted lists, type-ahead) after indexing. */
	readonly longestWarmUpSliceMs: number;
	readonly warmUpSlices: number;
	/** Milliseconds of warm-up work, summed over its slices (yields excluded). */
	readonly warmUpWorkMs: number;
	/** Time the first query took once indexing finished (part of `longestSliceMs`). */
	readonly firstQueryMs: number;
	/** Longest event-loop delay seen by Node's histogram during the run (1 ms resolution). */
	readonly eventLoopMaxMs: number;
	/** Wall time from start to search-ready, yields included. */
	readonly wallMs: number;
	/** When the longest slice ran (`performance.now()`'s clock), to match against collection pauses. */
	readonly longestSliceSpan: Span;
	/** The longest indexing slice's notes: how many, and the slowest one's time and path. */
	readonly longestIndexSlice: { readonly notes: number; readonly slowestMs: number; readonly slowest: string };
	/** The main thread's time on a CPU and waiting for one during the longest slice (Linux only). */
	readonly longestSliceThread?: ThreadClock;
}

/** Yields a real turn of the event loop, as `window.setTimeout(0)` does in Obsidian. */
function yieldToLoop(): Promise<void> {
	return delay(0);
}

/** Indexes every note in slices of the plugin's budget, warms the views up in slices, then answers the first query. */
export async function measureSlices(notes: VaultNotes): Promise<SliceRun> {
	const slices: number[] = [];
	const warmUpSlices: number[] = [];
	// The longest slice of the three kinds, with when it ran and what the thread did in it: a
	// slice is reported as it ends. The thread clock is read before each slice starts.
	let longestSpan: Span = { start: 0, end: 0 };
	let longestThread: ThreadClock | undefined;
	let clockAtStart = readThreadClock();
	const keepLongest = (ms: number) => {
		const end = performance.now();
		if (ms <= longestSpan.end - longestSpan.start) return;
		longestSpan = { start: end - ms, end };
		longestThread = threadClockBetween(clockAtStart, readThreadClock());
	};
	// The notes of the slice under way, and of the longest indexing slice so far.
	let current = { notes: 0, slowestMs: 0, slowest: '' };
	let longestIndexSlice = current;
	let longestIndexMs = 0;
	const histogram = monitorEventLoopDelay({ resolution: 1 });
	histogram.enable();
	const start = performance.now();
	const { firstQueryMs } = await indexInBackground(notes, {
		yieldFn: async () => {
			await yieldToLoop();
			clockAtStart = readThreadClock();
		},
		onNote: (input, ms) => {
			current.notes++;
			if (ms > current.slowestMs) current = { ...current, slowestMs: ms, slowest: input.path };
		},
		onIndexSlice: (ms) => {
			if (ms > longestIndexMs) {
				longestIndexMs = ms;
				longestIndexSlice = current;
			}
			current = { notes: 0, slowestMs: 0, slowest: '' };
			slices.push(ms);
			keepLongest(ms);
		},
		onWarmUpSlice: (ms) => {
			warmUpSlices.push(ms);
			keepLongest(ms);
		},
	});
	keepLongest(firstQueryMs);
	const wallMs = performance.now() - start;
	await yieldToLoop();
	histogram.disable();
	return {
		longestSliceMs: maxOf(warmUpSlices, maxOf(slices, firstQueryMs)),
		slices: slices.length,
		longestIndexSliceMs: longestIndexMs,
		longestWarmUpSliceMs: maxOf(warmUpSlices),
		warmUpSlices: warmUpSlices.length,
		warmUpWorkMs: warmUpSlices.reduce((sum, ms) => sum + ms, 0),
		firstQueryMs,
		eventLoopMaxMs: histogram.max / 1e6,
		wallMs,
		longestSliceSpan: longestSpan,
		longestIndexSlice,
		longestSliceThread: longestThread,
	};
}
