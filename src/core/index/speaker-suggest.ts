import type { Speaker } from '../model';
import { fold } from '../text/fold';
import { ChunkedSort } from './chunked-sort';
import { compareStrings, partitionPoint } from './compare';

/** Entries copied into the finished table per unit of work (a copy is far cheaper than a compare). */
const COPIES_PER_UNIT = 8;

/** One type-ahead key and the place of its speaker in the sorted speaker list. */
type KeyEntry = readonly [key: string, rank: number];

/**
 * By key, then by the speaker's place: only the key order matters to lookups, the place makes
 * the order total. Indexed, not destructured: `([a, x], [b, y])` ran the array iterator twice
 * per compare, the largest garbage of the views' warm-up.
 */
function compareKeyEntries(first: KeyEntry, second: KeyEntry): number {
	return compareStrings(first[0], second[0]) || first[1] - second[1];
}

/**
 * Speaker type-ahead: one sorted array of folded keys (each whole name and alias,
 * and each of their words) with the speaker they point to. A prefix is found by
 * binary search, so a lookup costs O(log n + matches), with no per-keystroke scan.
 * Speakers are given in the speaker list's order (most talks first, then by folded name), so
 * matches sort by their place in it.
 */
export class SpeakerSuggest {
	private constructor(
		private readonly speakers: readonly Speaker[],
		private readonly keys: readonly string[],
		private readonly ranks: Int32Array,
	) {}

	/** Builds the whole table now from speakers in list order. */
	static of(speakers: readonly Speaker[]): SpeakerSuggest {
		return new SpeakerSuggestBuilder(speakers).result();
	}

	/** @internal The table from its sorted keys and their speakers' places (see `SpeakerSuggestBuilder`). */
	static fromSorted(speakers: readonly Speaker[], keys: readonly string[], ranks: Int32Array): SpeakerSuggest {
		return new SpeakerSuggest(speakers, keys, ranks);
	}

	/** Speakers with a name or alias word starting with `prefix` (folded), most talks first; all of them for an empty prefix. */
	suggest(prefix: string, limit = 20): Speaker[] {
		const wanted = fold(prefix);
		if (limit <= 0) return [];
		if (!wanted) return this.speakers.slice(0, limit);
		const found = new Set<number>();
		for (let i = this.lowerBound(wanted); i < this.keys.length && this.keys[i].startsWith(wanted); i++) found.add(this.ranks[i]);
		return [...found]
			.sort((a, b) => a - b)
			.slice(0, limit)
			.map((rank) => this.speakers[rank]);
	}

	private lowerBound(key: string): number {
		return partitionPoint(this.keys.length, (i) => compareStrings(this.keys[i], key) < 0);
	}
}

/**
 * Builds a `SpeakerSuggest` in bounded steps (a warm-up in time slices): first the keys
 * of a few speakers at a time, then a sort that resumes. The same table as built at once.
 */
export class SpeakerSuggestBuilder {
	private at = 0;
	private readonly entries: KeyEntry[] = [];
	private sort?: ChunkedSort<KeyEntry>;
	/** The sorted entries split into the table's two arrays, `copied` of them so far. */
	private readonly keys: string[] = [];
	private ranks?: Int32Array;
	private copied = 0;

	constructor(private readonly speakers: readonly Speaker[]) {}

	/** About `units` of work (a name folded, a key filed, a compare, a few keys copied); true once `result` is ready. */
	step(units: number): boolean {
		let spent = 0;
		while (this.at < this.speakers.length && spent < units) spent += this.addKeys(this.at++);
		if (this.at < this.speakers.length) return false;
		this.sort ??= new ChunkedSort(this.entries, compareKeyEntries);
		if (!this.sort.done) {
			if (spent >= units || !this.sort.step(units - spent)) return false;
			spent = units;
		}
		const sorted = this.sort.sorted();
		const ranks = (this.ranks ??= new Int32Array(sorted.length));
		const end = Math.min(sorted.length, this.copied + Math.max(0, units - spent) * COPIES_PER_UNIT);
		for (; this.copied < end; this.copied++) {
			const [key, rank] = sorted[this.copied];
			this.keys.push(key);
			ranks[this.copied] = rank;
		}
		return this.copied >= sorted.length;
	}

	/** The table (finishing any remaining steps now). */
	result(): SpeakerSuggest {
		while (!this.step(Infinity));
		return SpeakerSuggest.fromSorted(this.speakers, this.keys, this.ranks ?? new Int32Array(0));
	}

	/** Files one speaker's keys; returns how many names and keys that took. */
	private addKeys(rank: number): number {
		const speaker = this.speakers[rank];
		const keys = new Set<string>();
		const names = [speaker.name, ...speaker.aliases];
		for (const name of names) {
			const folded = fold(name);
			if (!folded) continue;
			keys.add(folded);
			for (const word of folded.split(/[\s\-_.]+/)) if (word) keys.add(word);
		}
		for (const key of keys) this.entries.push([key, rank]);
		return names.length + keys.size;
	}
}
