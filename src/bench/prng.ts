/** A seeded random source for the vault generator: the same seed gives the same vault, byte for byte. */

/** mulberry32: a tiny 32-bit PRNG, good enough for synthetic text and fully deterministic. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Convenience draws over one mulberry32 stream. */
export class Random {
	private readonly next: () => number;

	constructor(seed: number) {
		this.next = mulberry32(seed);
	}

	/** A float in [0, 1). */
	float(): number {
		return this.next();
	}

	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element, uniformly. */
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** One element by weight (`[item, weight]` pairs; weights need not sum to 1). */
	weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
		const total = pairs.reduce((sum, [, w]) => sum + w, 0);
		let roll = this.next() * total;
		for (const [item, weight] of pairs) {
			roll -= weight;
			if (roll < 0) return item;
		}
		return (pairs[pairs.length - 1])[0];
	}

	/**
	 * An index in [0, n) skewed towards 0 (a power law), so a few speakers give many
	 * talks and most give one or two, as at real conferences.
	 */
	skewed(n: number, exponent = 2.2): number {
		return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), exponent)));
	}

	/** `count` distinct elements (fewer when the list is shorter), in random order. */
	sample<T>(items: readonly T[], count: number): T[] {
		const copy = items.slice();
		const out: T[] = [];
		while (out.length < count && copy.length > 0) {
			out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
		}
		return out;
	}

	/**
	 * Coverage first, then chance: the n-th call with `counter < items.length` returns
	 * `items[counter]`, later calls draw by weight. Even the tiny profile then holds
	 * every form at least once.
	 */
	cover<T>(items: ReadonlyArray<readonly [T, number]>, counter: number): T {
		const first = items[counter];
		return first ? first[0] : this.weighted(items);
	}
}
