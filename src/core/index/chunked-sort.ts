/**
 * A sort that can stop and resume: one `Array.sort` of 20k entries with string compares
 * takes longer than a time slice, so warm-ups sort short runs first and then merge them
 * pairwise (a bottom-up merge sort), each step doing a bounded number of compares.
 * For a total order (every compare ends with a unique tie-breaker) the result is the
 * one `Array.sort` gives.
 */

/** Entries per run sorted in one go: about RUN * log2(RUN) compares. */
const RUN = 32;

/** Compares charged for sorting one run (RUN * log2 RUN). */
const RUN_UNITS = RUN * 5;

/** Sorts `items` in bounded steps; `step` until it returns true, then read `sorted`. */
export class ChunkedSort<E> {
	private source: E[];
	private target: E[];
	/** Next run to sort in the first phase (an index into `source`). */
	private runAt = 0;
	/** Width of the sorted runs being merged now. */
	private width = RUN;
	/** The merge under way: its bounds and cursors. */
	private low = 0;
	private left = 0;
	private right = 0;
	private out = 0;
	private merging = false;

	constructor(
		items: readonly E[],
		private readonly compare: (a: E, b: E) => number,
	) {
		this.source = items.slice();
		this.target = new Array<E>(items.length);
	}

	/** True once every entry is in place. */
	get done(): boolean {
		return this.runAt >= this.source.length && this.width >= this.source.length;
	}

	/** Does about `units` compares (at least one run or one entry merged); returns `done`. */
	step(units: number): boolean {
		let spent = 0;
		const n = this.source.length;
		while (this.runAt < n && spent < units) {
			const end = Math.min(n, this.runAt + RUN);
			const run = this.source.slice(this.runAt, end).sort(this.compare);
			for (let i = 0; i < run.length; i++) this.source[this.runAt + i] = run[i];
			this.runAt = end;
			spent += RUN_UNITS;
		}
		while (spent < units && !this.done) spent += this.mergeSome(units - spent);
		return this.done;
	}

	/** Runs every remaining step now and returns the sorted entries. */
	sorted(): E[] {
		while (!this.step(Infinity));
		return this.source;
	}

	/** Merges up to `units` entries of the pass under way; returns how many it placed (at least one). */
	private mergeSome(units: number): number {
		const n = this.source.length;
		const { source, target, compare, width } = this;
		if (!this.merging) {
			this.left = this.low;
			this.right = Math.min(n, this.low + width);
			this.out = this.low;
			this.merging = true;
		}
		const mid = Math.min(n, this.low + width);
		const high = Math.min(n, this.low + 2 * width);
		let { left, right, out } = this;
		const stop = Math.min(high, out + Math.max(1, units));
		while (out < stop) {
			if (left < mid && (right >= high || compare(source[left], source[right]) <= 0)) target[out++] = source[left++];
			else target[out++] = source[right++];
		}
		const placed = out - this.out;
		this.left = left;
		this.right = right;
		this.out = out;
		if (out >= high) {
			this.merging = false;
			this.low = high;
			if (this.low >= n) {
				// Pass complete: the merged runs are twice as wide.
				this.source = target;
				this.target = source;
				this.low = 0;
				this.width = width * 2;
			}
		}
		return placed;
	}
}
