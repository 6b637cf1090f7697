/**
 * The keyword scan's hash: FNV-1a over a key's characters, so a token read in place from the
 * text (lower-cased on the fly) and a folded key string hash equal when their keys are equal.
 */

/** ASCII lower case of one code unit (the key of an ASCII token: `toLowerCase` only changes A-Z there). */
export function lower(c: number): number {
	return c >= 65 && c <= 90 ? c | 32 : c;
}

/** FNV-1a's 32-bit parameters (the scan hashes plain words itself, as it measures them). */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the lower-cased codes `[start, end)` of an ASCII token (the scan's byte copy of its text). */
export function hashAscii(codes: Uint8Array, start: number, end: number): number {
	let h = FNV_BASIS;
	for (let i = start; i < end; i++) h = Math.imul(h ^ lower(codes[i]), FNV_PRIME);
	return h;
}

/** The same hash over a key that is already a (folded) string: equal keys hash equal either way. */
export function hashString(key: string): number {
	let h = FNV_BASIS;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
	return h;
}

/** A hash's first slot in a table of `mask + 1` slots. FNV's low bits are weak on their own: the high half is folded in. */
export function home(h: number, mask: number): number {
	return (h ^ (h >>> 16)) & mask;
}
