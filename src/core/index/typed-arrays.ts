/** The typed arrays the search structures grow as they fill. */
type Growable = Int32Array | Uint32Array | Uint8Array | Float64Array;

/**
 * `array` when it holds at least `size` entries, else a copy of it with room for `size`
 * (the length doubled until it fits, so filling one entry at a time costs amortised O(1)).
 */
export function grownTo<T extends Growable>(array: T, size: number): T {
	if (array.length >= size) return array;
	let length = Math.max(array.length, 1);
	while (length < size) length *= 2;
	const copy = new (array.constructor as new (length: number) => T)(length);
	copy.set(array);
	return copy;
}
