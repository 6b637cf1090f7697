/**
 * Binary search in a topic's member list: talk slots kept in talk order by date, file
 * and line. The id is left out because it may change under a filed talk (id collisions).
 */
import type { Talk } from '../model';
import { compareTalkPlaces, partitionPoint } from './compare';
import type { TalkSlot } from './talk-slots';

/** First place in a member list whose talk sorts at or after `talk` (ids aside). */
export function lowerBound(list: readonly TalkSlot[], talk: Talk): number {
	return partitionPoint(list.length, (i) => compareTalkPlaces(list[i].record, talk) < 0);
}

/** First place in a member list whose talk sorts after `talk` (ids aside). */
export function upperBound(list: readonly TalkSlot[], talk: Talk): number {
	return partitionPoint(list.length, (i) => compareTalkPlaces(list[i].record, talk) <= 0);
}
