import { grownTo } from './typed-arrays';

/**
 * The postings of every term of one field: per term id, which documents hold the term
 * and how often. Each term's list is one typed array of packed entries (document key
 * times 256 plus the frequency, capped at 255), so a posting takes 4 bytes instead of
 * the 16 a pair in a plain array takes, or the map entry a general engine keeps; on a
 * vault of 30,000 talks that is the difference between tens of megabytes and a few.
 */

/** Keys must stay below this so a packed entry fits an Int32. */
export const MAX_KEY = 1 << 23;
/** Frequencies above this count as this (BM25 has long saturated by then). */
const MAX_FREQUENCY = 255;

export class Postings {
	private lists: Array<Int32Array | undefined> = [];
	private lengths = new Int32Array(256);

	/** Documents holding term `id`. */
	count(id: number): number {
		return id < this.lengths.length ? this.lengths[id] : 0;
	}

	/** Records that document `key` holds term `id` `frequency` times (`key` below {@link MAX_KEY}). */
	add(id: number, key: number, frequency: number): void {
		this.lengths = grownTo(this.lengths, id + 1);
		const length = this.lengths[id];
		let list = this.lists[id];
		if (list === undefined || length === list.length) {
			list = grownTo(list ?? new Int32Array(1), length + 1);
			this.lists[id] = list;
		}
		list[length] = key * 256 + Math.min(frequency, MAX_FREQUENCY);
		this.lengths[id] = length + 1;
	}

	/** Forgets that document `key` holds term `id` (nothing when it does not). */
	remove(id: number, key: number): void {
		const list = this.lists[id];
		if (list === undefined) return;
		const length = this.lengths[id];
		for (let i = 0; i < length; i++) {
			if (list[i] >>> 8 !== key) continue;
			list.copyWithin(i, i + 1, length);
			this.lengths[id] = length - 1;
			// A list that emptied gives its memory back.
			if (length === 1) this.lists[id] = undefined;
			return;
		}
	}

	/**
	 * Term `id`'s packed entries (read the first `count(id)`: key `entry >>> 8`, frequency
	 * `entry & 0xff`), or undefined. Read in place by the scoring loops: a callback per
	 * posting cost more than the scoring itself on queries matching thousands of talks.
	 */
	entries(id: number): Int32Array | undefined {
		return this.lists[id];
	}
}
