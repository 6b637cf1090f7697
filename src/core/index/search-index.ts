import { HitTable } from './hit-table';
import type { SearchHit } from './index-api';
import { type LeanField, LeanIndex } from './lean-index';
import { NotesIndex } from './notes-index';
import { noMatches, rankPositions, type SearchMatches } from './search-matches';
import { searchTerm, tokenize } from './search-tokens';
import type { TalkSlot } from './talk-slots';

/** Which of a talk's two documents an update concerns. */
export interface SearchParts {
	/** Title, speakers, conference, topics. */
	readonly lean: boolean;
	readonly notes: boolean;
}

const BOTH: SearchParts = { lean: true, notes: true };

/** Notes weigh less than the lean fields (a passing mention ranks below a talk about it), yet enough that a talk whose notes keep quoting a speaker ranks first for that name. */
export const NOTES_WEIGHT = 0.75;

/**
 * The indexed terms a hit matched. Most hits of a one-word query matched one term, the
 * same for thousands of hits: those share one frozen list instead of a list each.
 */
function termsOf(tables: readonly HitTable[], key: number, shared: Map<string, readonly string[]>): readonly string[] {
	const only = tables.length === 1 ? tables[0].soleTerm(key) : undefined;
	if (only !== undefined) {
		let list = shared.get(only);
		if (!list) {
			list = Object.freeze([only]);
			shared.set(only, list);
		}
		return list;
	}
	const terms: string[] = [];
	for (const table of tables) table.termsOf(key, terms);
	return terms;
}

/** Keys every table has (the smallest table's keys, checked against the others); valid until the tables are reset. */
function matchingAll(tables: readonly HitTable[]): Int32Array {
	if (tables.length === 1) return tables[0].keys();
	let smallest = tables[0];
	for (const table of tables) if (table.size < smallest.size) smallest = table;
	return smallest.keys().filter((key) => tables.every((table) => table.has(key)));
}

/** Keys any table has, each once. */
function matchingAny(tables: readonly HitTable[]): number[] {
	const seen = new Set<number>();
	for (const table of tables) for (const key of table.keys()) seen.add(key);
	return [...seen];
}

/**
 * Full-text search over talks with two engines: a lean one for title, speakers,
 * conference and topics (lean-index.ts: prefixes from 2 letters, typos from 4), and one
 * for the notes (notes-index.ts: the bulk of the text, exact words and prefixes from 4
 * letters, kept apart so the lean one stays small and fast). A query searches each
 * word in both and combines the words itself, so a word found in the title and
 * another found in the notes still make an AND match. Nothing is stored in the
 * engines; hits map back to slots. Both remove a document exactly (each keeps its
 * documents' term ids), so an index built by updates ranks like a fresh one.
 */
export class TalkSearch {
	private lean = new LeanIndex();
	private notes = new NotesIndex();
	/** Per engine key: its slot (keys are small and reused, so a plain array). */
	private readonly slots: Array<TalkSlot | undefined> = [];
	private nextKey = 1;
	private readonly freeKeys: number[] = [];
	/** One reused table per query word. */
	private readonly tables: HitTable[] = [];

	/**
	 * Indexes a talk; `speakerNames` are what its speakers are found by. With `parts`,
	 * only those documents of an indexed talk are added back (after `remove` of the same parts).
	 */
	add(slot: TalkSlot, speakerNames: readonly string[], parts?: SearchParts): void {
		let key = this.keyOf(slot);
		if (!parts || key === undefined) {
			this.remove(slot);
			// Keys of removed talks are handed out again, so keys stay below the number of talks
			// the vault ever held at once (postings pack them into 23 bits: MAX_KEY).
			key = this.freeKeys.pop() ?? this.nextKey++;
			slot.searchKey = key;
			this.slots[key] = slot;
			parts = BOTH;
		}
		if (parts.lean) this.lean.add(key, leanFieldsOf(slot, speakerNames));
		if (parts.notes && slot.source.notes) this.notes.add(key, slot.source.notes);
	}

	/** Forgets a talk (a no-op for one never added); with `parts`, only those documents, keeping its key. */
	remove(slot: TalkSlot, parts: SearchParts = BOTH): void {
		const key = this.keyOf(slot);
		if (key === undefined) return;
		if (parts.lean) this.lean.remove(key);
		if (parts.notes && slot.source.notes) this.notes.remove(key, slot.source.notes);
		if (parts.lean && parts.notes) {
			slot.searchKey = 0;
			this.slots[key] = undefined;
			this.freeKeys.push(key);
		}
	}

	/** The slot's engine key while this search indexes it (a key left on a slot from before a `clear` does not count). */
	private keyOf(slot: TalkSlot): number | undefined {
		const key = slot.searchKey;
		return key > 0 && this.slots[key] === slot ? key : undefined;
	}

	/**
	 * Every talk the query matches, unranked. Words combine with AND; when that finds
	 * nothing, with OR, so one unknown word does not empty the list. A talk's score is the
	 * sum of its words' scores times the number of words it matched (as minisearch
	 * combines); `directs` counts the words it matched as typed (whole or as a prefix),
	 * which rank before matches only through a typo allowance (BM25 alone would let a rare
	 * look-alike word win). Scores do not depend on the order talks were indexed in (every
	 * sum runs in term and field order over exact totals), so an index built by updates
	 * ranks exactly like a fresh one. See {@link rankPositions} for the order. Each match is
	 * `itemOf` its slot, made while the slot is at hand (the index lists records, not slots).
	 */
	match<T>(query: string, itemOf: (slot: TalkSlot) => T): SearchMatches<T> {
		if (!query.trim()) return noMatches();
		const words: string[] = [];
		for (const token of tokenize(query)) {
			const word = searchTerm(token);
			if (word) words.push(word);
		}
		if (words.length === 0) return noMatches();
		const tables = words.map((word, i) => {
			const table = (this.tables[i] ??= new HitTable());
			table.reset(this.nextKey);
			this.lean.searchInto(word, table);
			this.notes.searchInto(word, NOTES_WEIGHT, table);
			return table;
		});
		let keys: Int32Array | number[] = matchingAll(tables);
		if (keys.length === 0 && tables.length > 1) keys = matchingAny(tables);
		// Parallel arrays: no object per match; term lists are shared where a single term matched.
		// Made at their full length: grown by `push`, a query matching thousands of talks
		// allocated each list about three times over.
		const items = new Array<T>(keys.length);
		const scores = new Float64Array(keys.length);
		const directs = new Uint8Array(keys.length);
		const terms = new Array<readonly string[]>(keys.length);
		let count = 0;
		const shared = new Map<string, readonly string[]>();
		// Indexed, not `for of`: over a typed array that allocated an iterator result per key.
		for (let k = 0; k < keys.length; k++) {
			const key = keys[k];
			const slot = this.slots[key];
			if (!slot) continue;
			let sum = 0;
			let matched = 0;
			let direct = 0;
			for (const table of tables) {
				if (!table.has(key)) continue;
				sum += table.score(key);
				matched++;
				if (table.direct(key)) direct++;
			}
			scores[count] = sum * matched;
			directs[count] = direct;
			items[count] = itemOf(slot);
			terms[count++] = termsOf(tables, key, shared);
		}
		// A key without a slot (none in practice) leaves the lists shorter than the keys.
		if (count < keys.length) {
			items.length = count;
			terms.length = count;
			return { items, scores: scores.slice(0, count), directs: directs.slice(0, count), terms };
		}
		return { items, scores, directs, terms };
	}

	/** {@link match}, ranked: best first, at most `limit` hits. */
	search(query: string, idOf: (slot: TalkSlot) => string, limit = Infinity): SearchHit[] {
		if (limit <= 0) return [];
		const matches = this.match(query, idOf);
		const positions = rankPositions(
			matches.items.map((_, at) => at),
			matches,
			(id) => id,
		);
		return positions.slice(0, limit).map((at) => ({ id: matches.items[at], score: matches.scores[at], terms: matches.terms[at] }));
	}

	clear(): void {
		this.lean = new LeanIndex();
		this.notes = new NotesIndex();
		this.slots.length = 0;
		this.freeKeys.length = 0;
		this.nextKey = 1;
	}
}

/** The lean fields of a slot, in LEAN_FIELDS order; `speakerNames` are what its speakers are found by. */
function leanFieldsOf(slot: TalkSlot, speakerNames: readonly string[]): LeanField[] {
	const talk = slot.source;
	return [talk.title, speakerNames, talk.conference, talk.topics];
}

export { searchTerm };
