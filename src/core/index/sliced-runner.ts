/**
 * Time-sliced work on the main thread: process items until a time budget is spent,
 * then give the host a turn (a frame, input events) before going on. The Obsidian
 * indexer and the benchmark share this one scheduler, so the benchmark's
 * "longest slice" is the slice the user feels.
 *
 * A slice ends after the item that crossed the budget, so one very slow item
 * makes one long slice: it is reported through `onSlice` with its full length,
 * never split or hidden.
 */
import { SliceCostModel } from './slice-cost';

/** How to slice: the clock and the yield are injected so the core stays host-free and testable. */
export interface SliceOptions<T = unknown> {
	/** Milliseconds of work per slice before yielding (a few ms keeps a 60 Hz frame free). */
	readonly budgetMs: number;
	/** Monotonic clock in milliseconds (`performance.now`). */
	readonly now: () => number;
	/** Gives the host a turn (`setTimeout(0)`, `requestIdleCallback`, ...). */
	readonly yieldFn: () => Promise<void>;
	/** Called after every slice with the items done so far and the total. */
	readonly onProgress?: (done: number, total: number) => void;
	/** Called after every slice with its measured length in milliseconds. */
	readonly onSlice?: (ms: number) => void;
	/** Checked before each slice; when it returns true the run stops early (plugin unloaded). */
	readonly isCancelled?: () => boolean;
	/**
	 * Called when `work` throws for an item; the run then carries on with the next item.
	 * Without it the error ends the run (the promise rejects) after the slice is reported.
	 */
	readonly onError?: (item: unknown, error: unknown) => void;
	/**
	 * The size of an item (a note's length). With it the runner learns the cost per unit
	 * as it goes and yields *before* an item that would overrun the budget of a slice
	 * already under way, so a big note starts a fresh slice instead of piling onto a
	 * full one. Without it, the budget is only checked after each item.
	 */
	readonly weight?: (item: T) => number;
}

/** Runs `work` over every item in order, yielding to the host whenever a slice exceeds `budgetMs`. */
export async function runInSlices<T>(items: readonly T[], work: (item: T) => void, options: SliceOptions<T>): Promise<void> {
	const { budgetMs, now, weight } = options;
	const total = items.length;
	let done = 0;
	const cost = new SliceCostModel();
	while (done < total) {
		if (options.isCancelled?.()) return;
		const start = now();
		let last = start;
		let failure: { error: unknown } | undefined;
		do {
			const item = items[done];
			const units = weight ? weight(item) : 0;
			if (cost.wouldOverrun(last - start, units, budgetMs)) break;
			done++;
			try {
				work(item);
			} catch (error) {
				if (!options.onError) {
					failure = { error };
					break;
				}
				options.onError(item, error);
			}
			const after = now();
			cost.learn(after - last, units);
			last = after;
		} while (done < total && last - start < budgetMs);
		options.onSlice?.(now() - start);
		options.onProgress?.(done, total);
		if (failure) throw failure.error;
		if (done < total) await options.yieldFn();
	}
}

/** How to slice a run of steps: the clock, the yield and the reporting of `SliceOptions`. */
export type StepSliceOptions = Pick<SliceOptions, 'budgetMs' | 'now' | 'yieldFn' | 'onSlice' | 'isCancelled'>;

/**
 * Drives `steps` (each `next()` a bounded piece of work, such as `TalkIndex.warmUp`) until it
 * is done, yielding to the host whenever a slice has used `budgetMs`. Slices are reported
 * through `onSlice` as with `runInSlices`. Returns the number of steps taken.
 */
export async function runStepsInSlices(steps: Iterator<unknown>, options: StepSliceOptions): Promise<number> {
	const { budgetMs, now } = options;
	let taken = 0;
	for (;;) {
		if (options.isCancelled?.()) return taken;
		const start = now();
		let done = false;
		do {
			done = steps.next().done === true;
			if (!done) taken++;
		} while (!done && now() - start < budgetMs);
		options.onSlice?.(now() - start);
		if (done) return taken;
		await options.yieldFn();
	}
}
