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

/**
 * Which code units a text holds, folded onto 32 bits (`code & 31`). One edit changes at most
 * two bits of it (a substitution takes one unit away and brings another), so two texts whose
 * masks differ in more than `2 * max` bits are more than `max` edits apart: a check of a few
 * instructions that rules out most of a vocabulary before {@link boundedDistance} runs.
 */
export function unitMask(text: string): number {
	let mask = 0;
	for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
	return mask;
}

/** Whether texts with these {@link unitMask}s may be within `max` edits (false means they are not). */
export function mayBeWithin(maskA: number, maskB: number, max: number): boolean {
	let bits = maskA ^ maskB;
	// Population count of a 32-bit word.
	bits -= (bits >>> 1) & 0x55555555;
	bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
	const count = (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
	return count <= 2 * max;
}
