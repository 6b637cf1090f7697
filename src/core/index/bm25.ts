/**
 * The scoring both search engines share, as minisearch computes it (its defaults), so a
 * word found in a title and one found in the notes weigh against each other as they did.
 */

const K = 1.2;
const B = 0.7;
const D = 0.5;

/** minisearch's weight of a prefix match, before its length discount. */
export const PREFIX_WEIGHT = 0.375;

/** BM25 of a term found `frequency` times in a field of `length` terms, held by `matching` of `documents`. */
export function bm25(frequency: number, matching: number, documents: number, length: number, averageLength: number): number {
	const idf = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
	return idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / averageLength)));
}

/** The weight of a prefix match: `PREFIX_WEIGHT`, less the longer the term is than the word typed. */
export function prefixWeight(termLength: number, wordLength: number): number {
	return (PREFIX_WEIGHT * termLength) / (termLength + 0.3 * (termLength - wordLength));
}
