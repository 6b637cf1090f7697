import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { compareStrings } from './compare';
import type { TalkSlot } from './talk-slots';

/** What one talk contributes to the full-text index. Nothing is stored: hits map back to slots. */
interface SearchDoc {
	readonly key: number;
	readonly title: string;
	/** Speaker names as written, plus their person notes' names and aliases. */
	readonly speakers: string;
	readonly conference: string;
	readonly topics: string;
	readonly notes: string;
}

/** One hit, before the index turns the slot into its public talk id. */
export interface SlotHit {
	readonly slot: TalkSlot;
	readonly score: number;
	/** Indexed terms that matched (for highlighting). */
	readonly terms: readonly string[];
}

/** Case and accents do not count: `Müller` finds `muller` and the other way round. */
export function searchTerm(term: string): string | null {
	const folded = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
	return folded || null;
}

/** Typo tolerance grows with the word: none for 1-3 letters (too many false friends), then 20% of the length. */
export function fuzziness(term: string): number | false {
	return term.length <= 3 ? false : 0.2;
}

const OPTIONS: Options<SearchDoc> = {
	idField: 'key',
	fields: ['title', 'speakers', 'conference', 'topics', 'notes'],
	storeFields: [],
	processTerm: searchTerm,
	// Only the fallback `discard` leaves stale postings: vacuum once a tenth is stale, in batches that keep the UI responsive.
	autoVacuum: { minDirtCount: 20, minDirtFactor: 0.1, batchSize: 500, batchWait: 10 },
};

const SEARCH: SearchOptions = {
	boost: { title: 3, speakers: 3, topics: 2, conference: 1.5, notes: 1 },
	prefix: true,
	fuzzy: fuzziness,
	combineWith: 'AND',
};

/**
 * Full-text search over talks with minisearch. Nothing is stored in the engine;
 * hits map back to slots.
 *
 * Updates use `remove` with the document rebuilt from the talk record the index
 * keeps anyway (plus the speaker names it was indexed with), not `discard`:
 * minisearch drops discarded postings lazily, one occurrence per search, and until
 * a vacuum their document frequencies stay counted. A note re-saved while someone
 * types would pile up stale postings and skew BM25 (we saw negative scores), and an
 * updated index would no longer rank like a fresh one. `remove` is exact and costs
 * the talk's own text. Should talk records ever drop their notes, switch to
 * `discard` and accept that skew until the vacuum.
 */
export class TalkSearch {
	private engine = new MiniSearch<SearchDoc>(OPTIONS);
	/** Per indexed slot: its engine key and the speaker names it was indexed with; the rest is in the talk record. */
	private readonly indexed = new Map<TalkSlot, { readonly key: number; readonly speakers: string }>();
	private readonly slots = new Map<number, TalkSlot>();
	private nextKey = 1;

	/** Indexes a talk; `speakerNames` are what its speakers are found by. */
	add(slot: TalkSlot, speakerNames: readonly string[]): void {
		this.remove(slot);
		const entry = { key: this.nextKey++, speakers: speakerNames.join(' \n ') };
		this.indexed.set(slot, entry);
		this.slots.set(entry.key, slot);
		this.engine.add(documentOf(slot, entry.key, entry.speakers));
	}

	/** Forgets a talk (a no-op for one never added). */
	remove(slot: TalkSlot): void {
		const entry = this.indexed.get(slot);
		if (!entry) return;
		this.indexed.delete(slot);
		this.slots.delete(entry.key);
		try {
			this.engine.remove(documentOf(slot, entry.key, entry.speakers));
		} catch {
			// Never expected (the document is rebuilt from immutable records); stay consistent anyway.
			this.engine.discard(entry.key);
		}
	}

	/**
	 * Best first. Words combine with AND; when that finds nothing, with OR, so one
	 * unknown word does not empty the list. Talks that match the words as typed
	 * (whole or as a prefix) come before talks that match only through a typo
	 * allowance, which BM25 alone would let a rare look-alike word win. Then by
	 * score, rounded to 9 significant digits, then by id: an index built by updates
	 * ranks exactly like a fresh one (float sums differ in their last bits with
	 * insertion order).
	 */
	search(query: string, idOf: (slot: TalkSlot) => string, limit = Infinity): SlotHit[] {
		if (!query.trim() || limit <= 0) return [];
		let hits = this.run(query, 'AND');
		if (hits.length === 0) hits = this.run(query, 'OR');
		return hits
			.sort((a, b) => b.direct - a.direct || b.score - a.score || compareStrings(idOf(a.slot), idOf(b.slot)))
			.slice(0, limit)
			.map(({ slot, score, terms }) => ({ slot, score, terms }));
	}

	clear(): void {
		this.engine = new MiniSearch<SearchDoc>(OPTIONS);
		this.indexed.clear();
		this.slots.clear();
	}

	private run(query: string, combineWith: 'AND' | 'OR'): Array<SlotHit & { direct: number }> {
		const hits: Array<SlotHit & { direct: number }> = [];
		for (const result of this.engine.search(query, { ...SEARCH, combineWith })) {
			const slot = this.slots.get(result.id as number);
			if (!slot) continue;
			const direct = result.queryTerms.filter((term) => result.terms.some((matched) => matched.startsWith(term))).length;
			hits.push({ slot, score: Number(result.score.toPrecision(9)), terms: result.terms, direct });
		}
		return hits;
	}
}

/** The document a slot is indexed as: the same record and names always give the same document. */
function documentOf(slot: TalkSlot, key: number, speakers: string): SearchDoc {
	const talk = slot.source;
	return { key, title: talk.title, speakers, conference: talk.conference, topics: talk.topics.join(' \n '), notes: talk.notes };
}
