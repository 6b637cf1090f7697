import { fnvString } from '../text/fnv';
import { hashAscii } from './keyword-hash';
import { BODY, LOWER_SEEN, WANTED, type TermTable } from './keyword-table';
import { OffsetPairs } from './offset-pairs';

/**
 * Where the body writes an ASCII word in lower case: per word its start and `length << 7 |
 * first code unit`, reused from talk to talk. Kept as offsets because few of these words
 * ever matter (only those spelling a term otherwise seen capitalised at a sentence start),
 * with the first letter so most are ruled out unread.
 */
export class LowercaseWords extends OffsetPairs {
	pushWord(start: number, length: number, first: number): void {
		this.push(start, (length << 7) | first);
	}
}

/**
 * Buckets of (length, first ASCII code) that some wanted key falls in: a bucket is marked
 * with the current use's number, so nothing is cleared between uses (only on wrap-around).
 */
const BUCKETS = new Uint16Array(64 * 128);
let use = 0;

function bucket(length: number, first: number): number {
	return (length < 64 ? length : 63) * 128 + first;
}

/**
 * Flags the table's `wanted` {@link WANTED} terms that the body also writes in lower case
 * with {@link LOWER_SEEN}: `keys` are the folded lower-case words with non-ASCII letters.
 */
export function markLowercase(table: TermTable, words: LowercaseWords, keys: readonly string[], wanted: number): void {
	let left = wanted;
	for (const key of keys) {
		const e = table.findString(key, fnvString(key));
		if (e >= 0 && (table.flags[e] & (WANTED | LOWER_SEEN)) === WANTED) {
			table.flags[e] |= LOWER_SEEN;
			left--;
		}
	}
	if (left === 0) return;
	if (++use === 0x10000) {
		BUCKETS.fill(0);
		use = 1;
	}
	const size = table.size;
	// An ASCII word can only spell a key that starts with an ASCII character.
	for (let e = 0; e < size; e++) {
		if ((table.flags[e] & (WANTED | LOWER_SEEN)) !== WANTED) continue;
		const first = table.firstKeyChar(e);
		if (first < 128) BUCKETS[bucket(table.keyLength(e), first)] = use;
	}
	const data = words.data;
	const codes = table.codesOf(BODY);
	for (let k = 0; k < words.length && left > 0; k += 2) {
		const shape = data[k + 1];
		const length = shape >>> 7;
		if (BUCKETS[bucket(length, shape & 127)] !== use) continue;
		const start = data[k];
		const e = table.findAscii(BODY, start, start + length, hashAscii(codes, start, start + length));
		if (e >= 0 && (table.flags[e] & (WANTED | LOWER_SEEN)) === WANTED) {
			table.flags[e] |= LOWER_SEEN;
			left--;
		}
	}
}
