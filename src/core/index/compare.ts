import type { Talk } from '../model';

/**
 * Orders strings by UTF-16 code units: the same on every machine and locale, which
 * is what "the same output whatever the insertion order" needs (localeCompare is not).
 */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where a talk stands: newest date first (undated last), then file, then line. Lists kept
 * in talk order search by this, as a talk's id may change while it is filed (collisions).
 */
export function compareTalkPlaces(a: Talk, b: Talk): number {
	return compareStrings(b.date, a.date) || compareStrings(a.file, b.file) || a.line - b.line;
}

/** Talk order everywhere: by place (`compareTalkPlaces`), then by id. */
export function compareTalks(a: Talk, b: Talk): number {
	return compareTalkPlaces(a, b) || compareStrings(a.id, b.id);
}

/**
 * The first index in `0 .. length` where `before(index)` is false, for a `before` that holds
 * for a prefix of the indexes and not after it: the binary search of every sorted list.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (before(mid)) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * `partitionPoint` over a list filed by place (`compareTalkPlaces`): the first index in
 * `0 .. length` whose talk sorts after `talk` when `pastEqual`, at or after it otherwise.
 * `talkAt` is handed the list, so callers pass a function made once rather than a closure per
 * call: this runs for every talk indexed, and those closures were a few percent of a warm
 * start's garbage.
 */
export function talkPlaceBound<L>(list: L, length: number, talkAt: (list: L, index: number) => Talk, talk: Talk, pastEqual: boolean): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		const order = compareTalkPlaces(talkAt(list, mid), talk);
		if (order < 0 || (pastEqual && order === 0)) low = mid + 1;
		else high = mid;
	}
	return low;
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
