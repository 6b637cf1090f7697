import { compareStrings } from './compare';

/**
 * A multiset of strings: reference counts that go up on add and down on remove,
 * so a derived entry forgets a contribution exactly when its note does.
 *
 * Most counters ever hold one value (a keyword written one way, a speaker at one
 * affiliation), and a vault keeps tens of thousands of them: one value is kept inline,
 * and a map is made only when a second distinct value arrives. Either way the counter
 * behaves as one insertion-ordered map would.
 */
export class Counter<K = string> {
	/** The value while no second one has arrived (undefined: none). */
	private only: K | undefined = undefined;
	private onlyCount = 0;
	/** Every value, once a second distinct one arrived (then `only` is unused). */
	private counts: Map<K, number> | null = null;

	/** Number of distinct values. */
	get size(): number {
		if (this.counts) return this.counts.size;
		return this.only === undefined ? 0 : 1;
	}

	add(value: K, by = 1): void {
		const counts = this.counts;
		if (counts) {
			counts.set(value, (counts.get(value) ?? 0) + by);
		} else if (this.only === undefined) {
			this.only = value;
			this.onlyCount = by;
		} else if (this.only === value) {
			this.onlyCount += by;
		} else {
			this.counts = new Map([[this.only, this.onlyCount], [value, by]]);
			this.only = undefined;
			this.onlyCount = 0;
		}
	}

	/** Takes `by` back; the value disappears at zero. */
	remove(value: K, by = 1): void {
		const counts = this.counts;
		if (counts) {
			const left = (counts.get(value) ?? 0) - by;
			if (left > 0) counts.set(value, left);
			else counts.delete(value);
		} else if (this.only === value) {
			this.onlyCount -= by;
			if (this.onlyCount <= 0) {
				this.only = undefined;
				this.onlyCount = 0;
			}
		}
	}

	count(value: K): number {
		if (this.counts) return this.counts.get(value) ?? 0;
		return this.only === value ? this.onlyCount : 0;
	}

	has(value: K): boolean {
		if (this.counts) return this.counts.has(value);
		return this.only !== undefined && this.only === value;
	}

	keys(): IterableIterator<K> {
		if (this.counts) return this.counts.keys();
		return (this.only === undefined ? [] : [this.only]).values();
	}

	entries(): IterableIterator<[K, number]> {
		if (this.counts) return this.counts.entries();
		return (this.only === undefined ? [] : [[this.only, this.onlyCount] as [K, number]]).values();
	}
}

/**
 * The most frequent of some written forms; ties go to the smallest in code-unit order,
 * so the choice never depends on which note came first.
 */
export function mostFrequent(forms: Iterable<[string, number]>): string | undefined {
	let best: string | undefined;
	let bestCount = 0;
	for (const [form, count] of forms) {
		if (count > bestCount || (count === bestCount && best !== undefined && compareStrings(form, best) < 0)) {
			best = form;
			bestCount = count;
		}
	}
	return best;
}
