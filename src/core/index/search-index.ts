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
	// Vacuum once a tenth of the postings is stale, in batches that keep the UI responsive.
	autoVacuum: { minDirtCount: 20, minDirtFactor: 0.1, batchSize: 500, batchWait: 10 },
};

const SEARCH: SearchOptions = {
	boost: { title: 3, speakers: 3, topics: 2, conference: 1.5, notes: 1 },
	prefix: true,
	fuzzy: fuzziness,
	combineWith: 'AND',
};

/**
 * Full-text search over talks with minisearch. Updates use `discard`, so removing
 * or replacing a talk never needs its old text; stale postings are vacuumed in the
 * background.
 */
export class TalkSearch {
	private engine = new MiniSearch<SearchDoc>(OPTIONS);
	private readonly keys = new Map<TalkSlot, number>();
	private readonly slots = new Map<number, TalkSlot>();
	private nextKey = 1;

	/** Indexes a talk; `speakerNames` are what its speakers are found by. */
	add(slot: TalkSlot, speakerNames: readonly string[]): void {
		this.discard(slot);
		const key = this.nextKey++;
		const talk = slot.source;
		this.keys.set(slot, key);
		this.slots.set(key, slot);
		this.engine.add({
			key,
			title: talk.title,
			speakers: speakerNames.join(' \n '),
			conference: talk.conference,
			topics: talk.topics.join(' \n '),
			notes: talk.notes,
		});
	}

	/** Forgets a talk (a no-op for one never added). */
	discard(slot: TalkSlot): void {
		const key = this.keys.get(slot);
		if (key === undefined) return;
		this.keys.delete(slot);
		this.slots.delete(key);
		this.engine.discard(key);
	}

	/**
	 * Best first. Words combine with AND; when that finds nothing, with OR, so one
	 * unknown word does not empty the list. Scores are rounded to 9 significant
	 * digits and ties broken by `idOf`, so an index built by updates ranks exactly
	 * like a fresh one (float sums differ in their last bits with insertion order).
	 */
	search(query: string, idOf: (slot: TalkSlot) => string, limit = Infinity): SlotHit[] {
		if (!query.trim() || limit <= 0) return [];
		let hits = this.run(query, 'AND');
		if (hits.length === 0) hits = this.run(query, 'OR');
		return hits
			.sort((a, b) => b.score - a.score || compareStrings(idOf(a.slot), idOf(b.slot)))
			.slice(0, limit);
	}

	clear(): void {
		this.engine = new MiniSearch<SearchDoc>(OPTIONS);
		this.keys.clear();
		this.slots.clear();
	}

	private run(query: string, combineWith: 'AND' | 'OR'): SlotHit[] {
		const options: SearchOptions = { ...SEARCH, combineWith };
		// Discarded postings are dropped lazily while a search walks them, and the walk
		// that drops them scores with a stale document frequency. While anything is
		// discarded and not yet vacuumed, a first pass cleans the terms this query touches.
		if (this.engine.dirtCount > 0) this.engine.search(query, options);
		const hits: SlotHit[] = [];
		for (const result of this.engine.search(query, options)) {
			const slot = this.slots.get(result.id as number);
			if (slot) hits.push({ slot, score: Number(result.score.toPrecision(9)), terms: result.terms });
		}
		return hits;
	}
}
