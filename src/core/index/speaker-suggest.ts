import type { Speaker } from '../model';
import { fold } from '../text/fold';
import { compareStrings } from './compare';

/** Most talks first, then by folded name: the order of every speaker list. */
export function compareSpeakers(a: Speaker, b: Speaker): number {
	return b.talkIds.length - a.talkIds.length || compareStrings(fold(a.name), fold(b.name)) || compareStrings(a.id, b.id);
}

/**
 * Speaker type-ahead: one sorted array of folded keys (each whole name and alias,
 * and each of their words) with the speaker they point to. A prefix is found by
 * binary search, so a lookup costs O(log n + matches), with no per-keystroke scan.
 */
export class SpeakerSuggest {
	private readonly keys: string[] = [];
	private readonly owners: Speaker[] = [];

	constructor(private readonly speakers: readonly Speaker[]) {
		const entries: Array<[string, Speaker]> = [];
		for (const speaker of speakers) {
			const keys = new Set<string>();
			for (const name of [speaker.name, ...speaker.aliases]) {
				const folded = fold(name);
				if (!folded) continue;
				keys.add(folded);
				for (const word of folded.split(/[\s\-_.]+/)) if (word) keys.add(word);
			}
			for (const key of keys) entries.push([key, speaker]);
		}
		entries.sort(([a, x], [b, y]) => compareStrings(a, b) || compareStrings(x.id, y.id));
		for (const [key, speaker] of entries) {
			this.keys.push(key);
			this.owners.push(speaker);
		}
	}

	/** Speakers with a name or alias word starting with `prefix` (folded), most talks first; all of them for an empty prefix. */
	suggest(prefix: string, limit = 20): Speaker[] {
		const wanted = fold(prefix);
		if (limit <= 0) return [];
		if (!wanted) return [...this.speakers].sort(compareSpeakers).slice(0, limit);
		const found = new Set<Speaker>();
		for (let i = this.lowerBound(wanted); i < this.keys.length && this.keys[i].startsWith(wanted); i++) found.add(this.owners[i]);
		return [...found].sort(compareSpeakers).slice(0, limit);
	}

	private lowerBound(key: string): number {
		let low = 0;
		let high = this.keys.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (compareStrings(this.keys[mid], key) < 0) low = mid + 1;
			else high = mid;
		}
		return low;
	}
}
