import type { Talk } from '../model';

/**
 * Orders strings by UTF-16 code units: the same on every machine and locale, which
 * is what "the same output whatever the insertion order" needs (localeCompare is not).
 */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Talk order everywhere: newest date first (undated last), then file, then line. */
export function compareTalks(a: Talk, b: Talk): number {
	return compareStrings(b.date, a.date) || compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.id, b.id);
}

/**
 * Puts runs of talks equal in date, file and line in `compareTalks` order (id last), in
 * place: an insertion sort, for lists that are in order already but for such ties.
 */
export function settleTies(talks: Talk[]): void {
	for (let i = 1; i < talks.length; i++) {
		const talk = talks[i];
		let j = i;
		while (j > 0 && compareTalks(talks[j - 1], talk) > 0) {
			talks[j] = talks[j - 1];
			j--;
		}
		talks[j] = talk;
	}
}
