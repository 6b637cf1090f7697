import { fnvString } from '../text/fnv';
import { hashAscii } from './keyword-hash';
import { BODY, LOWER_SEEN, WANTED, type TermTable } from './keyword-table';

/** Most entries a reused list keeps between talks; one grown past this by a huge talk is let go. */
const KEEP_ENTRIES = 1 << 16;

/**
 * Where the body writes an ASCII word in lower case: per word its start and `length << 7 |
 * first code unit`, in one growing typed array reused from talk to talk. Kept as offsets
 * because few of these words ever matter (only those spelling a term otherwise seen
 * capitalised at a sentence start), with the first letter so most are ruled out unread.
 */
export class LowercaseWords {
	data: Int32Array = new Int32Array(1024);
	/** Entries in use (two per word). */
	length = 0;

	reset(): void {
		this.length = 0;
		if (this.data.length > KEEP_ENTRIES) this.data = new Int32Array(1024);
	}

	push(start: number, length: number, first: number): void {
		if (this.length + 2 > this.data.length) this.grow();
		this.data[this.length++] = start;
		this.data[this.length++] = (length << 7) | first;
	}

	/** Makes room for `entries` in all (for scans that append through a local copy of `data`); returns the buffer. */
	reserve(entries: number): Int32Array {
		while (this.data.length < entries) this.grow();
		return this.data;
	}

	private grow(): void {
		const grown = new Int32Array(this.data.length * 2);
		grown.set(this.data);
		this.data = grown;
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
