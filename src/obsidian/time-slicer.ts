/**
 * Main-thread fairness for async pipelines: synchronous work runs inside slices of a few
 * milliseconds, and when a slice has used its budget the caller yields to the host before
 * going on. `forEachLimit` bounds how many async steps (file reads) are in flight.
 */
import { INDEX_SLICE_BUDGET_MS, SliceCostModel } from '../core/index/slice-cost';

/** Clock and yield, injected so tests control time. */
export interface SliceClock {
	/** Milliseconds of work per slice (a few, so a 60 Hz frame stays free). */
	readonly budgetMs: number;
	/** Monotonic clock in ms (`performance.now`). */
	readonly now: () => number;
	/** Gives the host a turn (a macrotask: `window.setTimeout(0)`). */
	readonly yieldFn: () => Promise<void>;
}

/** The browser's clock and a setTimeout(0) yield. */
export function defaultSliceClock(budgetMs = INDEX_SLICE_BUDGET_MS): SliceClock {
	return {
		budgetMs,
		now: () => performance.now(),
		yieldFn: () => new Promise<void>((resolve) => window.setTimeout(resolve, 0)),
	};
}

/**
 * Counts slices and yields after each one that used its budget. Given a weight per item
 * (a note's length), it also learns the cost per unit and yields *before* an item that
 * would push a slice already under way past the budget (the same model as `runInSlices`).
 */
export class TimeSlicer {
	/** How many times control went back to the host. */
	yields = 0;
	private sliceStart: number | null = null;
	private readonly cost = new SliceCostModel();

	constructor(private readonly clock: SliceClock) {}

	/**
	 * Runs `work` now, or after a yield when `units` of it would overrun the slice under way;
	 * if the slice has then used its budget, yields before returning the result.
	 */
	async run<T>(work: () => T, units = 0): Promise<T> {
		const { budgetMs, now } = this.clock;
		// A loop: while this caller waited, another reader may have started a slice of its own.
		while (this.sliceStart !== null && this.cost.wouldOverrun(now() - this.sliceStart, units, budgetMs)) await this.yieldNow();
		if (this.sliceStart === null) this.sliceStart = now();
		const before = now();
		const result = work();
		const after = now();
		this.cost.learn(after - before, units);
		if (this.sliceStart !== null && after - this.sliceStart >= budgetMs) await this.yieldNow();
		return result;
	}

	private async yieldNow(): Promise<void> {
		this.sliceStart = null;
		this.yields++;
		await this.clock.yieldFn();
	}
}

/** Runs `fn` over `items` with at most `limit` calls pending at once; stops starting new ones when cancelled. */
export async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>, isCancelled: () => boolean = () => false): Promise<void> {
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length && !isCancelled()) {
			const item = items[next++];
			await fn(item);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
