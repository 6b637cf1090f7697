import { compareStrings } from './compare';
import { grownTo } from './typed-arrays';

/**
 * Where a prefix query looks, for both search engines: term ids filed by their first
 * `width` letters, so a query of that many letters or more reads one bucket, not the
 * whole vocabulary. Terms stay filed once numbered (a term that no document holds any
 * more is skipped through `live`), so a note edited back and forth files nothing twice.
 */
export class PrefixBuckets {
	private readonly buckets = new Map<string, number[]>();
	/** 1 for each term id filed already. */
	private filed = new Uint8Array(1024);

	constructor(private readonly width: number) {}

	/** Files term `id` (written `term`) the first time it is seen; shorter terms can never match. */
	file(id: number, term: string): void {
		this.filed = grownTo(this.filed, id + 1);
		if (this.filed[id] === 1) return;
		this.filed[id] = 1;
		if (term.length < this.width) return;
		const head = term.slice(0, this.width);
		const bucket = this.buckets.get(head);
		if (bucket) bucket.push(id);
		else this.buckets.set(head, [id]);
	}

	/** Ids of live terms longer than `word` that start with it, sorted by term (never by insertion order). */
	matches(word: string, termOf: (id: number) => string, live: (id: number) => boolean): number[] {
		const bucket = this.buckets.get(word.slice(0, this.width));
		if (!bucket) return [];
		const out: number[] = [];
		for (const id of bucket) {
			const term = termOf(id);
			if (term.length > word.length && term.startsWith(word) && live(id)) out.push(id);
		}
		return out.sort((a, b) => compareStrings(termOf(a), termOf(b)));
	}
}
