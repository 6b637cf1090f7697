/**
 * Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units), given
 * up as soon as it must exceed `max`: the typo allowance of a search word is one or two
 * edits, so most comparisons stop after a row or two.
 */

/** Two reused rows: the dynamic programme never allocates. */
let previous = new Int32Array(64);
let current = new Int32Array(64);

/** The distance between `a` and `b`, or `max + 1` when it is more than `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (b.length + 1 > previous.length) {
		previous = new Int32Array(b.length * 2 + 2);
		current = new Int32Array(b.length * 2 + 2);
	}
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let best = i;
		const code = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const substitute = previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1);
			const value = Math.min(substitute, previous[j] + 1, current[j - 1] + 1);
			current[j] = value;
			if (value < best) best = value;
		}
		if (best > max) return max + 1;
		const row = previous;
		previous = current;
		current = row;
	}
	return Math.min(previous[b.length], max + 1);
}
