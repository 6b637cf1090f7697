import { bm25, prefixWeight } from './bm25';
import { type EngineHit, HitTable, listHits } from './hit-table';
import { PrefixBuckets } from './prefix-buckets';
import { Postings } from './postings';
import { TermCounts } from './term-counts';
import { TermTable } from './term-table';
import { grownTo } from './typed-arrays';

/**
 * Full-text index over talks' notes: the bulk of the vault's text, searched by whole
 * words and by prefixes from four letters, never with typos (see search-index.ts).
 * A general engine (minisearch) keeps a radix tree with a map per term and per field;
 * this one numbers terms (term-table.ts) and keeps, per term, one packed typed array
 * of postings (postings.ts): it builds several times faster and holds a fraction of the
 * memory. Scoring is minisearch's BM25 (k 1.2, b 0.7, d 0.5, prefix weight 0.375), so
 * notes rank beside the lean fields as they did; field lengths and their average come
 * from exact totals, so an index built by updates scores exactly like a fresh one.
 */

/** Query words shorter than this match whole words only. */
export const NOTES_PREFIX_FROM = 4;

export class NotesIndex {
	private readonly table = new TermTable();
	private readonly postings = new Postings();
	private readonly prefixes = new PrefixBuckets(NOTES_PREFIX_FROM);
	/**
	 * Per document key: how many distinct terms it has (BM25's field length), 0 for a key
	 * not indexed (an indexed document has at least one term). A typed array by key, not a
	 * map: read per posting while scoring, and a map with an entry per talk rehashes all of
	 * them at once as it doubles (a pause of 10 ms and more on a large vault).
	 */
	private lengths = new Int32Array(256);
	private documentCount = 0;
	private totalLength = 0;
	private liveTerms = 0;
	private readonly counts = new TermCounts();

	/** Documents indexed. */
	get size(): number {
		return this.documentCount;
	}

	/** Distinct terms that some indexed document holds. */
	get termCount(): number {
		return this.liveTerms;
	}

	/** Indexes `text` under `key` (below MAX_KEY); a key already indexed is left as it is (remove it first). */
	add(key: number, text: string): void {
		if (this.has(key)) return;
		const distinct = this.read(text);
		if (distinct === 0) return;
		const { ids } = this.counts;
		const postings = this.postings;
		for (let i = 0; i < distinct; i++) {
			const id = ids[i];
			if (postings.count(id) === 0) this.liveTerms++;
			postings.add(id, key, this.counts.take(id));
		}
		this.documentCount++;
		this.lengths = grownTo(this.lengths, key + 1);
		this.lengths[key] = distinct;
		this.totalLength += distinct;
	}

	/** Forgets `key`, indexed with this same `text` (its terms are read again rather than kept). */
	remove(key: number, text: string): void {
		if (!this.has(key)) return;
		const length = this.lengths[key];
		this.lengths[key] = 0;
		this.documentCount--;
		this.totalLength -= length;
		const distinct = this.read(text);
		const { ids } = this.counts;
		for (let i = 0; i < distinct; i++) {
			const id = ids[i];
			this.counts.take(id);
			if (this.postings.count(id) === 0) continue;
			this.postings.remove(id, key);
			if (this.postings.count(id) === 0) this.liveTerms--;
		}
	}

	private has(key: number): boolean {
		return key < this.lengths.length && this.lengths[key] > 0;
	}

	/**
	 * Reads `text` into `counts` (distinct ids in `counts.ids`, their counts waiting to be
	 * taken); returns how many. Terms numbered by this read are filed for prefix queries:
	 * only those, since every term of the table was filed when it was numbered.
	 */
	private read(text: string): number {
		const known = this.table.size;
		const distinct = this.counts.read(this.table, text);
		for (let id = known; id < this.table.size; id++) this.prefixes.file(id, this.table.term(id));
		return distinct;
	}

	/** The documents holding `word` (a searchable term), or a term it starts when it has four letters or more. */
	search(word: string, boost = 1): EngineHit[] {
		return listHits((table) => this.searchInto(word, boost, table));
	}

	/** {@link search}, scoring into a reused table (the query path: nothing allocated per hit). */
	searchInto(word: string, boost: number, table: HitTable): void {
		const documents = this.documentCount;
		if (documents === 0 || word === '') return;
		const average = this.totalLength / documents;
		const score = (id: number, weight: number) => {
			const matching = this.postings.count(id);
			if (matching === 0) return;
			const term = this.table.term(id);
			const entries = this.postings.entries(id) as Int32Array;
			const lengths = this.lengths;
			for (let i = 0; i < matching; i++) {
				const key = entries[i] >>> 8;
				const value = weight * boost * bm25(entries[i] & 0xff, matching, documents, lengths[key], average);
				// Notes match as typed (whole or prefix), never through a typo allowance.
				table.add(key, value, term, true);
			}
		};
		const exact = this.table.find(word);
		if (exact >= 0) score(exact, 1);
		if (word.length >= NOTES_PREFIX_FROM) {
			for (const id of this.prefixes.matches(word, (id) => this.table.term(id), (id) => this.postings.count(id) > 0)) {
				const length = this.table.term(id).length;
				score(id, prefixWeight(length, word.length));
			}
		}
	}
}
