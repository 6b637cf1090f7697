import { boundedDistance, mayBeWithin, unitMask } from './edit-distance';
import { bm25, prefixWeight } from './bm25';
import { type EngineHit, HitTable, listHits } from './hit-table';
import { PrefixBuckets } from './prefix-buckets';
import { ReusedList } from './reused-list';
import { Postings } from './postings';
import { TermCounts } from './term-counts';
import { TermTable } from './term-table';
import { PagedArray } from './paged-array';
import { grownTo } from './typed-arrays';

/**
 * Full-text index over a talk's short fields (title, speakers, conference, topics): the
 * words people type in the explorer, matched whole, by prefix from two letters, and
 * with a typo allowance from four. It does what the general engine (minisearch) did
 * here with its scoring (BM25 per field, k 1.2, b 0.7, d 0.5; prefix weight 0.375 and
 * fuzzy weight 0.45, both discounted by distance), on numbered terms and flat postings:
 * no map per term and field, no objects per matching document and term, and exact
 * field-length totals, so an index built by updates scores exactly like a fresh one.
 */

/** The fields, in the order their texts are given. */
export const LEAN_FIELDS = ['title', 'speakers', 'conference', 'topics'] as const;
const FIELD_COUNT = LEAN_FIELDS.length;

/** Field weights: a title or a speaker says most about a talk, the conference least. */
const BOOSTS: readonly number[] = [3, 3, 1.5, 2];
/** minisearch's weight of a match within the typo allowance, before its distance discount. */
const FUZZY_WEIGHT = 0.45;
/** Words shorter than this match whole only; prefixes of this length or more expand. */
export const LEAN_PREFIX_FROM = 2;
/** Typo allowance: none up to 3 letters, then a fifth of the word (rounded), at most 6 edits. */
export function maxTypos(word: string): number {
	return word.length <= 3 ? 0 : Math.min(6, Math.round(word.length * 0.2));
}

/** One field of a document: its text, or a list of texts read as if joined by line breaks. */
export type LeanField = string | readonly string[];

/**
 * One document's terms, flat: the four fields' lengths (distinct terms), then each field's
 * term ids in turn. One small array per talk, not one per field.
 */
type DocumentTerms = readonly number[];

export class LeanIndex {
	private readonly table = new TermTable();
	/** Per field, the postings of every term. */
	private readonly postings: Postings[] = LEAN_FIELDS.map(() => new Postings());
	/** Per term id: how many (document, field) postings hold it; 0 once none does. */
	private readonly uses: number[] = [];
	private readonly prefixes = new PrefixBuckets(LEAN_PREFIX_FROM);
	/** Term ids by length: where a typo-tolerant query looks. */
	private readonly byLength: number[][] = [];
	/** Per term id, its {@link unitMask}: most terms of the right length are ruled out by it. */
	private masks = new Int32Array(256);
	/**
	 * Per document key (keys are small and reused): its terms. An array, not a map: a map
	 * with an entry per talk rehashes all of them at once as it doubles, a pause of 10 ms
	 * and more on a large vault, in the middle of indexing. Paged, since one long array also
	 * copies itself whole when it grows (paged-array.ts).
	 */
	private readonly documents = new PagedArray<DocumentTerms>();
	private documentCount = 0;
	/** Per document key, its four field lengths (at `key * 4 + field`): read per posting while scoring. */
	private fieldLengths = new Int32Array(FIELD_COUNT * 256);
	private readonly totalLengths = new Float64Array(FIELD_COUNT);
	private readonly counts = new TermCounts();
	/** A document's terms while it is read (copied at exact length when kept). */
	private readonly scratch = new ReusedList<number>();

	/** Documents indexed. */
	get size(): number {
		return this.documentCount;
	}

	/**
	 * Indexes the four fields under `key`; a key already indexed is left as it is. A field
	 * given as a list (a talk's speakers, its topics) is read item by item, with the terms
	 * the items' text joined by line breaks would have: no joined string per talk.
	 */
	add(key: number, fields: readonly LeanField[]): void {
		if (this.documents.get(key) !== undefined) return;
		const terms = this.scratch;
		terms.clear();
		// The four field lengths come first; each is set once its field is read.
		for (let field = 0; field < FIELD_COUNT; field++) terms.push(0);
		this.fieldLengths = grownTo(this.fieldLengths, (key + 1) * FIELD_COUNT);
		const counts = this.counts;
		for (let field = 0; field < FIELD_COUNT; field++) {
			const distinct = this.read(fields[field] ?? '');
			const { ids } = counts;
			const postings = this.postings[field];
			for (let i = 0; i < distinct; i++) {
				const id = ids[i];
				postings.add(id, key, counts.take(id));
				this.uses[id] += 1;
				terms.push(id);
			}
			terms.items[field] = distinct;
			this.fieldLengths[key * FIELD_COUNT + field] = distinct;
			this.totalLengths[field] += distinct;
		}
		// An exact-length copy: kept per talk.
		this.documents.set(key, terms.copy());
		this.documentCount++;
	}

	/** Forgets `key`. */
	remove(key: number): void {
		const terms = this.documents.get(key);
		if (!terms) return;
		this.documents.set(key, undefined);
		this.documentCount--;
		let at = FIELD_COUNT;
		for (let field = 0; field < FIELD_COUNT; field++) {
			this.totalLengths[field] -= terms[field];
			for (const end = at + terms[field]; at < end; at++) {
				this.postings[field].remove(terms[at], key);
				this.uses[terms[at]]--;
			}
		}
	}

	/** The documents matching `word` (a searchable term): whole, as a prefix, or within its typo allowance. */
	search(word: string): EngineHit[] {
		return listHits((table) => this.searchInto(word, table));
	}

	/** {@link search}, scoring into a reused table (the query path: nothing allocated per hit). */
	searchInto(word: string, table: HitTable): void {
		if (this.documentCount === 0 || word === '') return;
		const exact = this.table.find(word);
		const taken = new Set<number>();
		if (exact >= 0 && this.uses[exact] > 0) {
			taken.add(exact);
			this.score(exact, 1, true, table);
		}
		if (word.length >= LEAN_PREFIX_FROM) {
			for (const id of this.prefixes.matches(word, (id) => this.table.term(id), (id) => this.uses[id] > 0)) {
				const length = this.table.term(id).length;
				taken.add(id);
				this.score(id, prefixWeight(length, word.length), true, table);
			}
		}
		const typos = maxTypos(word);
		if (typos > 0) {
			const near = this.nearMisses(word, typos, taken);
			for (let i = 0; i < near.length; i++) {
				const id = near[i][0];
				const distance = near[i][1];
				const length = this.table.term(id).length;
				this.score(id, (FUZZY_WEIGHT * length) / (length + distance), false, table);
			}
		}
	}

	/** Adds one term's BM25 in every field, times `weight`, to the documents holding it. */
	private score(id: number, weight: number, direct: boolean, table: HitTable): void {
		const documents = this.documentCount;
		const term = this.table.term(id);
		for (let field = 0; field < FIELD_COUNT; field++) {
			const matching = this.postings[field].count(id);
			if (matching === 0) continue;
			const average = this.totalLengths[field] / documents;
			const boost = BOOSTS[field] * weight;
			const entries = this.postings[field].entries(id) as Int32Array;
			const lengths = this.fieldLengths;
			for (let i = 0; i < matching; i++) {
				const key = entries[i] >>> 8;
				table.add(key, boost * bm25(entries[i] & 0xff, matching, documents, lengths[key * FIELD_COUNT + field], average), term, direct);
			}
		}
	}

	/** Live terms within `typos` edits of `word`, other than those in `taken`, sorted, with their distance. */
	private nearMisses(word: string, typos: number, taken: ReadonlySet<number>): Array<[number, number]> {
		const out: Array<[number, number]> = [];
		const mask = unitMask(word);
		for (let length = Math.max(1, word.length - typos); length <= word.length + typos; length++) {
			for (const id of this.byLength[length] ?? []) {
				if (!mayBeWithin(this.masks[id], mask, typos) || taken.has(id) || this.uses[id] === 0) continue;
				const distance = boundedDistance(word, this.table.term(id), typos);
				if (distance > 0 && distance <= typos) out.push([id, distance]);
			}
		}
		return out.sort((a, b) => (this.table.term(a[0]) < this.table.term(b[0]) ? -1 : 1));
	}

	/** Reads a field into `counts` (distinct ids in `counts.ids`, in order of first use); returns how many. Files the terms it numbers. */
	private read(field: LeanField): number {
		const known = this.table.size;
		const counts = this.counts;
		counts.start();
		if (typeof field === 'string') counts.add(this.table, field);
		// Indexed, not `for of`: that made an iterator result per part here.
		else for (let i = 0; i < field.length; i++) counts.add(this.table, field[i]);
		for (let id = known; id < this.table.size; id++) this.file(id);
		return counts.size;
	}

	/** Files a new term under its first two letters and its length. */
	private file(id: number): void {
		this.uses[id] = 0;
		const term = this.table.term(id);
		(this.byLength[term.length] ??= []).push(id);
		this.masks = grownTo(this.masks, id + 1);
		this.masks[id] = unitMask(term);
		this.prefixes.file(id, term);
	}
}
