import type { Random } from './prng';

/**
 * Coverage-first choice: the first draws of each category return the options not yet
 * used (in list order, among those allowed now), later draws go by weight. So even the
 * tiny profile holds every rule, kind and form, and the large ones keep realistic mixes.
 */
export class Coverage {
	private readonly seen = new Map<string, Set<unknown>>();

	constructor(private readonly rng: Random) {}

	/** Picks from `[option, weight]` pairs, restricted to `allowed` options. */
	choose<T>(category: string, options: ReadonlyArray<readonly [T, number]>, allowed: (option: T) => boolean = () => true): T {
		let seen = this.seen.get(category);
		if (!seen) {
			seen = new Set();
			this.seen.set(category, seen);
		}
		const candidates = options.filter(([option]) => allowed(option));
		const fresh = candidates.find(([option]) => !seen.has(option));
		const choice = fresh ? fresh[0] : this.rng.weighted(candidates.length > 0 ? candidates : options);
		seen.add(choice);
		return choice;
	}

	/** True the first time a category is asked (forcing a rare feature once), then with probability `p`. */
	once(category: string, p: number): boolean {
		if (!this.seen.has(category)) {
			this.seen.set(category, new Set([true]));
			return true;
		}
		return this.rng.chance(p);
	}
}
