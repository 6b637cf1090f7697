/**
 * The learned cost of work per unit of weight (a note's length), shared by every
 * time-sliced loop so they all predict the same way: a slice already under way is ended
 * *before* an item that would push it past its budget, instead of after it overran.
 */

/**
 * Milliseconds of indexing per slice before the host gets a turn. Short enough that a
 * slice, plus one note that runs over, plus a garbage collection landing in it, still fits
 * a 60 Hz frame (16 ms); the plugin's indexer and the benchmark both use it.
 */
export const INDEX_SLICE_BUDGET_MS = 6;

/** Weight of the newest sample in the running cost-per-unit estimate. */
const RATE_SMOOTHING = 0.2;

/** A running estimate of milliseconds per unit of weight, learned from measured items. */
export class SliceCostModel {
	/** Learned milliseconds per unit of weight; 0 until the first weighed item. */
	private rate = 0;

	/**
	 * True when an item of `units` would push a slice that has already run `elapsedMs`
	 * past `budgetMs`. Never for an empty slice (a slice always makes progress, so an item
	 * that alone exceeds the budget still runs, alone) and never before anything was learned.
	 */
	wouldOverrun(elapsedMs: number, units: number, budgetMs: number): boolean {
		return elapsedMs > 0 && this.rate > 0 && units > 0 && elapsedMs + units * this.rate > budgetMs;
	}

	/** Folds one measured item (`ms` spent on `units` of weight) into the estimate; unweighed items teach nothing. */
	learn(ms: number, units: number): void {
		if (!(units > 0) || !Number.isFinite(ms) || ms < 0) return;
		const sample = ms / units;
		this.rate = this.rate === 0 ? sample : this.rate + RATE_SMOOTHING * (sample - this.rate);
	}
}
