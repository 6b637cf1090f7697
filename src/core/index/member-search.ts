/**
 * Binary search in a topic's member list: talk slots kept in talk order by date, file
 * and line. The id is left out because it may change under a filed talk (id collisions).
 */
import type { Talk } from '../model';
import { compareStrings } from './compare';
import type { TalkSlot } from './talk-slots';

/** Talk order without the id (which may change under a filed talk): newest first, then file, then line. */
export function compareKeys(a: Talk, b: Talk): number {
	return compareStrings(b.date, a.date) || compareStrings(a.file, b.file) || a.line - b.line;
}

/** First place in a member list whose talk sorts at or after `talk` (ids aside). */
export function lowerBound(list: readonly TalkSlot[], talk: Talk): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compareKeys(list[mid].record, talk) < 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** First place in a member list whose talk sorts after `talk` (ids aside). */
export function upperBound(list: readonly TalkSlot[], talk: Talk): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compareKeys(list[mid].record, talk) <= 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

