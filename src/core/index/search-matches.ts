import { compareStrings } from './compare';

/**
 * A query's matches before ranking: parallel lists, one entry per matching talk, in no
 * particular order. Ranking every match costs a sort of all of them (and ties are broken
 * by id strings); the explorer groups matches first and ranks only the groups it draws,
 * so a query matching 9,000 talks does not pay for ordering the ones nobody scrolls to.
 */
export interface SearchMatches<T> {
	readonly items: readonly T[];
	/** Per match: its score (the sum of its words' scores times the number of words it matched). */
	readonly scores: Float64Array;
	/** Per match: how many of the query's words it matched as typed, not only through a typo allowance. */
	readonly directs: Uint8Array;
	/** Per match: the indexed terms it matched (for highlighting). */
	readonly terms: ReadonlyArray<readonly string[]>;
}

/** No matches. */
export function noMatches<T>(): SearchMatches<T> {
	return { items: [], scores: new Float64Array(0), directs: new Uint8Array(0), terms: [] };
}

/**
 * Sorts positions of `matches` best first, in place: words matched as typed, then score,
 * then id (so equal scores rank the same in every vault and after any updates). Ranking
 * a subset gives the order those matches have in the ranking of all of them.
 */
export function rankPositions<T>(positions: number[], matches: SearchMatches<T>, idOf: (item: T) => string): number[] {
	const { items, scores, directs } = matches;
	return positions.sort((a, b) => directs[b] - directs[a] || scores[b] - scores[a] || compareStrings(idOf(items[a]), idOf(items[b])));
}
