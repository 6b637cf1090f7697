import { detach } from './detach-strings';
import { searchTerm, tokenize } from './search-tokens';

/**
 * Full-text index over talks' notes: the bulk of the vault's text, searched by whole
 * words and by prefixes from four letters, never with typos (see search-index.ts).
 * A general engine (minisearch) keeps a radix tree with a map per term and per field;
 * this one keeps, per term, one flat array of `[key, frequency, ...]` pairs, which
 * builds several times faster and holds a fraction of the memory for the same
 * postings. Scoring is minisearch's BM25 (k 1.2, b 0.7, d 0.5, prefix weight 0.375),
 * so notes rank beside the lean fields as they did; field lengths and their average
 * come from exact totals, so an index built by updates scores exactly like a fresh one.
 */

/** One talk's match for a query word. */
export interface NotesHit {
	readonly key: number;
	readonly score: number;
	/** Indexed terms that matched: the word itself first, then longer terms it is a prefix of, sorted. */
	readonly terms: readonly string[];
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** minisearch's default weight of a prefix match (before its length discount). */
const PREFIX_WEIGHT = 0.375;
/** Query words shorter than this match whole words only. */
export const NOTES_PREFIX_FROM = 4;

/** BM25 of one term in one document, as minisearch computes it. */
function bm25(frequency: number, matching: number, documents: number, length: number, averageLength: number): number {
	const idf = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
	return idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)));
}

/** Term frequencies of a text, by searchable term, in first-seen order. */
function termFrequencies(text: string): Map<string, number> {
	const frequencies = new Map<string, number>();
	for (const token of tokenize(text)) {
		const term = searchTerm(token);
		if (term) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
	}
	return frequencies;
}

export class NotesIndex {
	/** Per term: `[key, frequency, key, frequency, ...]`. */
	private readonly postings = new Map<string, number[]>();
	/** Terms of four letters or more by their first four letters: where a prefix query looks. */
	private readonly byPrefix = new Map<string, string[]>();
	/** Per document: how many distinct terms it has (BM25's field length). */
	private readonly lengths = new Map<number, number>();
	private totalLength = 0;

	/** Documents indexed. */
	get size(): number {
		return this.lengths.size;
	}

	/** Distinct terms indexed. */
	get termCount(): number {
		return this.postings.size;
	}

	/** Indexes `text` under `key`; a key already indexed is left as it is (remove it first). */
	add(key: number, text: string): void {
		if (this.lengths.has(key)) return;
		const frequencies = termFrequencies(text);
		if (frequencies.size === 0) return;
		this.lengths.set(key, frequencies.size);
		this.totalLength += frequencies.size;
		for (const [term, frequency] of frequencies) {
			let list = this.postings.get(term);
			if (!list) {
				list = [];
				// The term may be a slice of the notes: a key of its own lets a replaced text go.
				this.postings.set(detach(term), list);
				this.addToPrefix(term);
			}
			list.push(key, frequency);
		}
	}

	/** Forgets `key`, indexed with this same `text`; terms left with no document are dropped. */
	remove(key: number, text: string): void {
		const length = this.lengths.get(key);
		if (length === undefined) return;
		this.lengths.delete(key);
		this.totalLength -= length;
		for (const term of termFrequencies(text).keys()) {
			const list = this.postings.get(term);
			if (!list) continue;
			for (let i = 0; i < list.length; i += 2) {
				if (list[i] !== key) continue;
				list.splice(i, 2);
				break;
			}
			if (list.length === 0) {
				this.postings.delete(term);
				this.removeFromPrefix(term);
			}
		}
	}

	/** The documents holding `word` (a searchable term), or a term it starts when it has four letters or more. */
	search(word: string, boost = 1): NotesHit[] {
		const documents = this.lengths.size;
		if (documents === 0 || word === '') return [];
		const average = this.totalLength / documents;
		const hits = new Map<number, { score: number; terms: string[] }>();
		const score = (term: string, weight: number) => {
			const list = this.postings.get(term);
			if (!list) return;
			const matching = list.length / 2;
			for (let i = 0; i < list.length; i += 2) {
				const key = list[i];
				const value = weight * boost * bm25(list[i + 1], matching, documents, this.lengths.get(key) ?? average, average);
				const hit = hits.get(key);
				if (hit) {
					hit.score += value;
					hit.terms.push(term);
				} else {
					hits.set(key, { score: value, terms: [term] });
				}
			}
		};
		score(word, 1);
		if (word.length >= NOTES_PREFIX_FROM) {
			for (const term of this.prefixMatches(word)) {
				const distance = term.length - word.length;
				score(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
			}
		}
		const out: NotesHit[] = [];
		for (const [key, hit] of hits) out.push({ key, score: hit.score, terms: hit.terms });
		return out;
	}

	/** Longer indexed terms that start with `word`, sorted (so results never depend on insertion order). */
	private prefixMatches(word: string): string[] {
		const bucket = this.byPrefix.get(word.slice(0, NOTES_PREFIX_FROM));
		if (!bucket) return [];
		const matches: string[] = [];
		for (const term of bucket) if (term.length > word.length && term.startsWith(word)) matches.push(term);
		return matches.sort();
	}

	private addToPrefix(term: string): void {
		if (term.length < NOTES_PREFIX_FROM) return;
		const head = term.slice(0, NOTES_PREFIX_FROM);
		const bucket = this.byPrefix.get(head);
		if (bucket) bucket.push(term);
		else this.byPrefix.set(head, [term]);
	}

	private removeFromPrefix(term: string): void {
		if (term.length < NOTES_PREFIX_FROM) return;
		const head = term.slice(0, NOTES_PREFIX_FROM);
		const bucket = this.byPrefix.get(head);
		if (!bucket) return;
		const at = bucket.indexOf(term);
		if (at >= 0) bucket.splice(at, 1);
		if (bucket.length === 0) this.byPrefix.delete(head);
	}
}
