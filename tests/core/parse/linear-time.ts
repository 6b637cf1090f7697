/**
 * Complexity checks without absolute timings: a function must handle a large
 * hostile input within a fixed factor of a plain `split` scan of the same text.
 * Quadratic behaviour on a megabyte is thousands of times slower, so a generous
 * factor never flakes on a busy machine yet still catches it.
 */

/**
 * The floor any line parser pays: split the text on white space and test each
 * piece once (the benchmark's bare line scan), plus split it into characters,
 * which is what touching every character once costs even without white space.
 */
export function splitScan(text: string): number {
	let hits = 0;
	for (const piece of text.split(/\s+/)) if (/[A-Za-z]/.test(piece)) hits++;
	for (const ch of text.split('')) if (ch === '\n') hits++;
	return hits;
}

/** Best of a few runs, in milliseconds (best, not mean: we measure the code, not the neighbours). */
export function bestTime(fn: () => unknown, runs = 3): number {
	let best = Infinity;
	for (let r = 0; r < runs; r++) {
		const start = performance.now();
		fn();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/** How many times slower `fn(text)` is than the split scan of the same text. */
export function slowdown(text: string, fn: (text: string) => unknown): number {
	const baseline = Math.max(1, bestTime(() => splitScan(text), 2));
	return bestTime(() => fn(text), 1) / baseline;
}

/** A string of about `size` characters made by repeating `unit`. */
export function repeatTo(unit: string, size = 1 << 20): string {
	// Flattened like text read from a file (`repeat` builds a rope that is slow to index).
	return unit.repeat(Math.ceil(size / unit.length)).split('').join('');
}

/** Inputs that break naive scanners: unclosed brackets, separators, markup runs. */
export const HOSTILE_UNITS: readonly string[] = [
	'~ : ( [[ ',
	'[[',
	'(',
	'[',
	'[a](',
	'![[',
	'**',
	'a - ',
	'Ada Byron, ',
	' by ',
	'`x ',
	'http://',
	'#',
	'Ã',
	'ðŸ¤',
	'^',
	'|',
	'— ',
];

/** Backtick runs of growing length: each run's closer search must not rescan the line. */
export function backtickLadder(size = 1 << 20): string {
	const parts: string[] = [];
	let total = 0;
	for (let n = 1; total < size; n = (n % 1400) + 1) {
		parts.push('`'.repeat(n), ' x ');
		total += n + 3;
	}
	return parts.join('');
}

/** A factor far below what a quadratic scan of a megabyte costs (thousands), far above timing noise. */
export const MAX_SLOWDOWN = 40;
