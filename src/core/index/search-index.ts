import { compareStrings } from './compare';
import { LeanIndex, maxTypos } from './lean-index';
import { NotesIndex } from './notes-index';
import { searchTerm, tokenize } from './search-tokens';
import type { TalkSlot } from './talk-slots';

/** One hit, before the index turns the slot into its public talk id. */
export interface SlotHit {
	readonly slot: TalkSlot;
	readonly score: number;
	/** Indexed terms that matched (for highlighting). */
	readonly terms: readonly string[];
}

/** Which of a talk's two documents an update concerns. */
export interface SearchParts {
	/** Title, speakers, conference, topics. */
	readonly lean: boolean;
	readonly notes: boolean;
}

const BOTH: SearchParts = { lean: true, notes: true };

/** Typo tolerance grows with the word: none for 1-3 letters (too many false friends), then 20% of the length. */
export function fuzziness(term: string): number | false {
	return maxTypos(term) === 0 ? false : 0.2;
}

/** Notes weigh less than the lean fields (a passing mention ranks below a talk about it), yet enough that a talk whose notes keep quoting a speaker ranks first for that name. */
export const NOTES_WEIGHT = 0.75;

/** One talk's hit while the query's words are combined. */
interface WordHit {
	score: number;
	/** Query words that matched, without repeats. */
	readonly queryTerms: string[];
	/** Indexed terms that matched, without repeats, in order of discovery. */
	readonly terms: string[];
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
	/** Per indexed slot: its engines' key. */
	private readonly indexed = new Map<TalkSlot, number>();
	private readonly slots = new Map<number, TalkSlot>();
	private nextKey = 1;

	/**
	 * Indexes a talk; `speakerNames` are what its speakers are found by. With `parts`,
	 * only those documents of an indexed talk are added back (after `remove` of the same parts).
	 */
	add(slot: TalkSlot, speakerNames: readonly string[], parts?: SearchParts): void {
		let key = this.indexed.get(slot);
		if (!parts || key === undefined) {
			this.remove(slot);
			key = this.nextKey++;
			this.indexed.set(slot, key);
			this.slots.set(key, slot);
			parts = BOTH;
		}
		if (parts.lean) this.lean.add(key, leanFieldsOf(slot, speakerNames));
		if (parts.notes && slot.source.notes) this.notes.add(key, slot.source.notes);
	}

	/** Forgets a talk (a no-op for one never added); with `parts`, only those documents, keeping its key. */
	remove(slot: TalkSlot, parts: SearchParts = BOTH): void {
		const key = this.indexed.get(slot);
		if (key === undefined) return;
		if (parts.lean && parts.notes) {
			this.indexed.delete(slot);
			this.slots.delete(key);
		}
		if (parts.lean) this.lean.remove(key);
		if (parts.notes) this.notes.remove(key);
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
		const words: string[] = [];
		for (const token of tokenize(query)) {
			const word = searchTerm(token);
			if (word) words.push(word);
		}
		if (words.length === 0) return [];
		const perWord = words.map((word) => this.word(word));
		let hits = this.combine(perWord, 'AND');
		if (hits.length === 0) hits = this.combine(perWord, 'OR');
		return hits
			.sort((a, b) => b.direct - a.direct || b.score - a.score || compareStrings(idOf(a.slot), idOf(b.slot)))
			.slice(0, limit)
			.map(({ slot, score, terms }) => ({ slot, score, terms }));
	}

	clear(): void {
		this.lean = new LeanIndex();
		this.notes = new NotesIndex();
		this.indexed.clear();
		this.slots.clear();
	}

	/** One query word's hits in both engines, by engine key. */
	private word(word: string): Map<number, WordHit> {
		const hits = new Map<number, WordHit>();
		const collect = (key: number, score: number, terms: readonly string[]) => {
			const hit = hits.get(key);
			if (!hit) {
				hits.set(key, { score, queryTerms: [word], terms: terms.slice() });
				return;
			}
			hit.score += score;
			for (const term of terms) if (!hit.terms.includes(term)) hit.terms.push(term);
		};
		for (const hit of this.lean.search(word)) collect(hit.key, hit.score, hit.terms);
		for (const hit of this.notes.search(word, NOTES_WEIGHT)) collect(hit.key, hit.score, hit.terms);
		return hits;
	}

	/** Combines the words like minisearch does: scores add up, then scale with the number of words matched. */
	private combine(perWord: ReadonlyArray<Map<number, WordHit>>, combineWith: 'AND' | 'OR'): Array<SlotHit & { direct: number }> {
		let merged = new Map<number, WordHit>();
		perWord.forEach((hits, i) => {
			if (i === 0) {
				for (const [key, hit] of hits) merged.set(key, { score: hit.score, queryTerms: hit.queryTerms.slice(), terms: hit.terms.slice() });
				return;
			}
			const next = combineWith === 'AND' ? new Map<number, WordHit>() : merged;
			for (const [key, hit] of hits) {
				const existing = merged.get(key);
				if (!existing) {
					if (combineWith === 'OR') next.set(key, { score: hit.score, queryTerms: hit.queryTerms.slice(), terms: hit.terms.slice() });
					continue;
				}
				existing.score += hit.score;
				for (const term of hit.queryTerms) if (!existing.queryTerms.includes(term)) existing.queryTerms.push(term);
				for (const term of hit.terms) if (!existing.terms.includes(term)) existing.terms.push(term);
				next.set(key, existing);
			}
			merged = next;
		});
		const hits: Array<SlotHit & { direct: number }> = [];
		for (const [key, hit] of merged) {
			const slot = this.slots.get(key);
			if (!slot) continue;
			const direct = hit.queryTerms.filter((term) => hit.terms.some((matched) => matched.startsWith(term))).length;
			const score = hit.score * (hit.queryTerms.length || 1);
			hits.push({ slot, score: Number(score.toPrecision(9)), terms: hit.terms, direct });
		}
		return hits;
	}
}

/** The lean fields of a slot, in LEAN_FIELDS order; `speakerNames` are what its speakers are found by. */
function leanFieldsOf(slot: TalkSlot, speakerNames: readonly string[]): string[] {
	const talk = slot.source;
	return [talk.title, speakerNames.join(' \n '), talk.conference, talk.topics.join(' \n ')];
}

export { searchTerm };
