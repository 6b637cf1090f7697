/**
 * Which written form of a term the keyword scan returns, and the string it returns it as.
 * The same terms come back talk after talk (`Rust`, `Kubernetes`): a form returned before is
 * kept by key hash (compared in full before reuse), and a string that is already some
 * object's property key is added to the next result without a slice or a string-table lookup.
 */
import { home } from './keyword-hash';

const RETURNED_MASK = 4095;
const RETURNED: string[] = new Array<string>(RETURNED_MASK + 1).fill('');

/** Whether `form` is exactly the bytes `[start, end)` of `codes` (an ASCII token's byte copy). */
export function bytesAre(codes: Uint8Array, start: number, end: number, form: string): boolean {
	if (end - start !== form.length) return false;
	for (let j = 0; j < form.length; j++) if (codes[start + j] !== form.charCodeAt(j)) return false;
	return true;
}

/** The form in `more` seen more often than the first form's `firstCount` and than any other, or null: the first seen wins a tie. */
export function moreCommonForm(more: ReadonlyMap<string, number> | undefined, firstCount: number): string | null {
	let best: string | null = null;
	let bestCount = firstCount;
	if (more) for (const [form, n] of more) if (n > bestCount) { best = form; bestCount = n; }
	return best;
}

/** `text.slice(start, end)` (`codes` being text's byte copy), or the equal string returned before for key hash `h`. */
export function returnedForm(h: number, text: string, codes: Uint8Array, start: number, end: number): string {
	const cache = home(h, RETURNED_MASK);
	const returned = RETURNED[cache];
	if (bytesAre(codes, start, end, returned)) return returned;
	return (RETURNED[cache] = text.slice(start, end));
}
