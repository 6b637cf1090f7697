/**
 * FNV-1a, 32 bits: the hash the term tables and the talk fingerprint feed code units to
 * one at a time, so a token read in place from a text and the same key as a string hash
 * equal without the token ever being sliced out.
 */

/** FNV-1a's offset basis, as an Int32. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a's prime. */
export const FNV_PRIME = 0x01000193;

/** One FNV-1a step over a code unit. */
export function fnvStep(hash: number, code: number): number {
	return Math.imul(hash ^ code, FNV_PRIME);
}

/** FNV-1a over every code unit of `text`. */
export function fnvString(text: string): number {
	let hash = FNV_OFFSET;
	for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
	return hash;
}

/** ASCII lower case of one code unit (`toLowerCase` only changes A-Z in ASCII). */
export function lowerAscii(code: number): number {
	return code >= 65 && code <= 90 ? code | 32 : code;
}
