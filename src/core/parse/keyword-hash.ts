/**
 * The keyword scan's hash: FNV-1a (text/fnv.ts) over a key's characters, so a token read in
 * place from the scan's byte copy (lower-cased on the fly) and a folded key string
 * (`fnvString`) hash equal when their keys are equal.
 */
import { FNV_OFFSET, fnvStep, lowerAscii } from '../text/fnv';

/** FNV-1a over the lower-cased codes `[start, end)` of an ASCII token (the scan's byte copy of its text). */
export function hashAscii(codes: Uint8Array, start: number, end: number): number {
	let h = FNV_OFFSET;
	for (let i = start; i < end; i++) h = fnvStep(h, lowerAscii(codes[i]));
	return h;
}

/** A hash's first slot in a table of `mask + 1` slots. FNV's low bits are weak on their own: the high half is folded in. */
export function home(h: number, mask: number): number {
	return (h ^ (h >>> 16)) & mask;
}
