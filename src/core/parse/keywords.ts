import { NO_KEYWORDS, type KeywordCounts } from '../model';
import { fnvString } from '../text/fnv';
import { home } from './keyword-hash';
import { LowercaseWords, markLowercase } from './keyword-lowercase';
import { scanText } from './keyword-scan';
import { KEYWORD_STOPWORDS } from './keyword-stopwords';
import { BODY, DROPPED, LOWER_SEEN, STRONG, TITLE, TermTable, WANTED } from './keyword-table';
import type { ScanSink } from './keyword-tokens';

/**
 * Candidate automatic keywords (note-format.md, section 6, rule 4): proper
 * nouns and technical terms, counted per talk. The index weighs them against
 * the whole vault; here we only decide what could be a term:
 * - mixed case (`SQLite`, `gRPC`), acronyms (`SQL`), tokens with `.`, `+`, `#`
 *   (`Fly.io`, `C++`, `C#`), and capitalised words in the middle of a sentence;
 * - a capitalised word seen only at sentence starts (`Diesel for SQL`) counts
 *   unless the same word also appears in lower case (`Tooling` / `tooling`).
 * One pass over the text (keyword-scan.ts) into a reused term table (keyword-table.ts).
 */

/** One table, lower-case buffer and key list for every talk: a scan never runs inside another. */
const TABLE = new TermTable();
const SINK: ScanSink = { table: TABLE, lowercase: new LowercaseWords(), lowercaseKeys: [] };

/** Candidate keywords of a talk with their counts (title counts double), each by its most common written form. */
export function collectKeywords(title: string, body: string, exclude: Iterable<string>): KeywordCounts {
	TABLE.reset(body, title);
	SINK.lowercase.reset();
	if (SINK.lowercaseKeys.length > 0) SINK.lowercaseKeys.length = 0;
	scanText(body, BODY, 1, false, SINK);
	const bodyTerms = TABLE.size;
	// The title's terms land after the body's, in the order the title names them.
	scanText(title, TITLE, 2, true, SINK);
	// Excluded names are looked up in the table, so no term's key is ever made a string.
	for (const name of exclude) {
		if (!TABLE.mayHold(name)) continue;
		const e = TABLE.findString(name, fnvString(name));
		if (e >= 0) TABLE.flags[e] |= DROPPED;
	}
	let wanted = 0;
	for (let e = 0; e < TABLE.size; e++) {
		const flags = TABLE.flags[e];
		// Titles are Title Case, so a capitalised title word says nothing by itself
		// (`Quantifying the Performance Impact`): it counts (double) only when the body
		// names it too, or when its shape is technical (`SQL`, `gRPC`, `Fly.io`).
		if ((e >= bodyTerms && (flags & STRONG) === 0) || (flags & DROPPED) !== 0 || isStopword(e)) {
			TABLE.flags[e] = flags | DROPPED;
		} else if ((flags & STRONG) === 0) {
			TABLE.flags[e] = flags | WANTED;
			wanted++;
		}
	}
	// A word only ever seen where any word is capitalised (bullet starts) may be a proper
	// noun (`Serde for JSON`) unless the talk also writes it in lower case (`tooling`).
	if (wanted > 0) markLowercase(TABLE, SINK.lowercase, SINK.lowercaseKeys, wanted);
	const words: string[] = [];
	const counts: number[] = [];
	for (let e = 0; e < TABLE.size; e++) {
		if ((TABLE.flags[e] & (DROPPED | LOWER_SEEN)) !== 0) continue;
		// Each spelling names one term only: no word comes twice.
		words.push(TABLE.bestForm(e));
		counts.push(TABLE.counts[e]);
	}
	// Let go of this talk's strings: the table and lists outlive it.
	TABLE.release();
	if (SINK.lowercaseKeys.length > 0) SINK.lowercaseKeys.length = 0;
	return words.length === 0 ? NO_KEYWORDS : { words, counts };
}

/** The stop words in a hash table of their own, probed with a term's stored hash: no key string needed. */
const STOPWORDS = [...KEYWORD_STOPWORDS];
const STOP_HASHES = Int32Array.from(STOPWORDS, fnvString);
const STOP_MASK = (1 << Math.ceil(Math.log2(STOPWORDS.length * 4))) - 1;
const STOP_SLOTS = new Int32Array(STOP_MASK + 1);
for (let w = 0; w < STOPWORDS.length; w++) {
	let slot = home(STOP_HASHES[w], STOP_MASK);
	while (STOP_SLOTS[slot] !== 0) slot = (slot + 1) & STOP_MASK;
	STOP_SLOTS[slot] = w + 1;
}

function isStopword(e: number): boolean {
	const h = TABLE.hashOf(e);
	const length = TABLE.keyLength(e);
	for (let slot = home(h, STOP_MASK); ; slot = (slot + 1) & STOP_MASK) {
		const w = STOP_SLOTS[slot] - 1;
		if (w < 0) return false;
		if (STOP_HASHES[w] === h && STOPWORDS[w].length === length && TABLE.keyIs(e, STOPWORDS[w])) return true;
	}
}
