import { compareStrings } from './compare';

/**
 * A multiset of strings: reference counts that go up on add and down on remove,
 * so a derived entry forgets a contribution exactly when its note does.
 */
export class Counter<K = string> {
	private readonly counts = new Map<K, number>();

	/** Number of distinct values. */
	get size(): number {
		return this.counts.size;
	}

	add(value: K, by = 1): void {
		this.counts.set(value, (this.counts.get(value) ?? 0) + by);
	}

	/** Takes `by` back; the value disappears at zero. */
	remove(value: K, by = 1): void {
		const left = (this.counts.get(value) ?? 0) - by;
		if (left > 0) this.counts.set(value, left);
		else this.counts.delete(value);
	}

	count(value: K): number {
		return this.counts.get(value) ?? 0;
	}

	has(value: K): boolean {
		return this.counts.has(value);
	}

	keys(): IterableIterator<K> {
		return this.counts.keys();
	}

	entries(): IterableIterator<[K, number]> {
		return this.counts.entries();
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
