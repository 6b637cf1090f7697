/* global gc -- node --expose-gc defines it (typed in @types/node); the benchmark runs only in Node */
/** Small statistics and timing helpers for the benchmark. */

/** A measured figure: the value reported, how many samples it summarises, and its unit. */
export interface Figure {
	readonly value: number;
	/** Number of timed runs or operations behind the value. */
	readonly runs: number;
}

/** The largest of `samples`, or `floor` when none is larger (a list of slice lengths, say). */
export function maxOf(samples: readonly number[], floor = 0): number {
	return samples.reduce((max, value) => Math.max(max, value), floor);
}

/** The item of a non-empty list with the largest `key`, the first of equals (the run with the longest slice, say). */
export function itemWithMost<T>(items: readonly T[], key: (item: T) => number): T {
	return items.reduce((best, item) => (key(item) > key(best) ? item : best));
}

/** Nearest-rank percentile (`p` in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Median of unsorted samples. */
export function median(samples: readonly number[]): number {
	return percentile(samples, 50);
}

/** Milliseconds `fn` takes, on the monotonic clock. */
export function timeMs(fn: () => void): number {
	const start = performance.now();
	fn();
	return performance.now() - start;
}

/** Runs a full collection when node runs with `--expose-gc`, so runs start from the same heap. */
export function collectGarbage(): void {
	if (typeof gc === 'function') {
		gc();
		gc();
	}
}

/** True when `gc` is available (node --expose-gc); heap figures need it. */
export function canCollectGarbage(): boolean {
	return typeof gc === 'function';
}

/** Median time of `runs` runs of `fn`, each after a collection. */
export function medianRun(runs: number, fn: () => void): Figure {
	return interleavedMedians(runs, [fn])[0];
}

/**
 * Median times of several jobs timed in turns: round `i` runs every job once, each after a
 * collection, before round `i + 1` starts. A figure and the baseline it is compared with then
 * share the machine's phases: on this shared VM one core, or both, can run code that reads
 * memory 1.7x slower for minutes, and jobs timed one after the other can land in different phases.
 */
export function interleavedMedians(runs: number, jobs: readonly (() => void)[]): Figure[] {
	const times: number[][] = jobs.map(() => []);
	for (let i = 0; i < runs; i++) {
		for (let j = 0; j < jobs.length; j++) {
			collectGarbage();
			times[j].push(timeMs(jobs[j]));
		}
	}
	return times.map((samples) => ({ value: median(samples), runs }));
}
