/**
 * Main-thread fairness for async pipelines: synchronous work runs inside slices of a few
 * milliseconds, and when a slice has used its budget the caller yields to the host before
 * going on. `forEachLimit` bounds how many async steps (file reads) are in flight.
 */

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
export function defaultSliceClock(budgetMs = 8): SliceClock {
	return {
		budgetMs,
		now: () => performance.now(),
		yieldFn: () => new Promise<void>((resolve) => window.setTimeout(resolve, 0)),
	};
}

/** Counts slices and yields after each one that used its budget. */
export class TimeSlicer {
	/** How many times control went back to the host. */
	yields = 0;
	private sliceStart: number | null = null;

	constructor(private readonly clock: SliceClock) {}

	/** Runs `work` now; if this slice has used its budget, yields before returning its result. */
	async run<T>(work: () => T): Promise<T> {
		if (this.sliceStart === null) this.sliceStart = this.clock.now();
		const result = work();
		if (this.clock.now() - this.sliceStart >= this.clock.budgetMs) {
			this.sliceStart = null;
			this.yields++;
			await this.clock.yieldFn();
		}
		return result;
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
