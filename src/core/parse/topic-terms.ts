import { fold } from '../text/fold';
import { isWordChar } from './line-scan';
import type { TopicRule } from './parse-context';

/**
 * Settings topic terms found in a talk (note-format.md, section 6, rule 3):
 * case- and accent-insensitive, whole words only (`k8s` matches `k8s`, not
 * `k8sfoo`). The rules compile once into a trie; a match walk starts only at
 * word starts whose character begins some term, so the cost is the text length
 * times the longest term, and most characters cost one typed-array read.
 */

/** One trie node: children by UTF-16 code unit, and the topics whose term ends here. */
interface TrieNode {
	readonly next: Map<number, TrieNode>;
	readonly topics: number[];
}

/** Compiled rules: the trie and topic names by index (rule order). */
interface Compiled {
	readonly root: TrieNode;
	/** 1 for each ASCII code unit some term starts with: the test that rules out most positions. */
	readonly firstAscii: Uint8Array;
	readonly names: readonly string[];
}

const compiledRules = new WeakMap<readonly TopicRule[], Compiled>();

function newNode(): TrieNode {
	return { next: new Map(), topics: [] };
}

/** Builds (or reuses) the trie for a rules array. */
function compile(rules: readonly TopicRule[]): Compiled {
	const cached = compiledRules.get(rules);
	if (cached) return cached;
	const root = newNode();
	const names: string[] = [];
	rules.forEach((rule, index) => {
		names.push(rule.name);
		for (const term of new Set([rule.name, ...rule.terms].map(fold))) {
			if (!term) continue;
			let node = root;
			for (let k = 0; k < term.length; k++) {
				const unit = term.charCodeAt(k);
				let child = node.next.get(unit);
				if (!child) {
					child = newNode();
					node.next.set(unit, child);
				}
				node = child;
			}
			if (!node.topics.includes(index)) node.topics.push(index);
		}
	});
	const firstAscii = new Uint8Array(128);
	for (const unit of root.next.keys()) if (unit < 128) firstAscii[unit] = 1;
	const compiled = { root, firstAscii, names };
	compiledRules.set(rules, compiled);
	return compiled;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** ASCII white space as `\s` sees it. */
function isAsciiSpace(c: number): boolean {
	return c === 32 || (c >= 9 && c <= 13);
}

/** 1 for the ASCII word characters: letters, digits and `_`. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0;

/** ASCII `A`-`Z` to lower case; everything else as is (folded text is lower case already). */
function lower(c: number): number {
	return c >= 65 && c <= 90 ? c + 32 : c;
}

/** {@link isWordChar} with the ASCII test inlined. */
function wordAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
	return isWordChar(text, i);
}

/** Topic names (in rule order, each once) whose terms occur in `text` as whole words. */
export function matchTopicTerms(text: string, rules: readonly TopicRule[]): string[] {
	if (rules.length === 0 || text.length === 0) return [];
	const { root, firstAscii, names } = compile(rules);
	// Folding ASCII is lower-casing and collapsing white space; the walk below lower-cases each
	// code unit it reads and treats a run of white space as the one space a folded term holds,
	// so only non-ASCII text pays for fold() (or for any copy at all).
	const hay = NON_ASCII.test(text) ? fold(text) : text;
	const n = hay.length;
	const found = new Set<number>();
	// Whether the previous code unit is a word character, carried along so each unit is classified once.
	let prevWord = false;
	for (let start = 0; start < n; start++) {
		const unit = hay.charCodeAt(start);
		const word = unit < 128 ? ASCII_WORD[unit] === 1 : isWordChar(hay, start);
		// A term starting with a letter or digit must start a word; `.net` may follow anything.
		const inWord = word && prevWord;
		prevWord = word;
		if (inWord) continue;
		const c = lower(unit);
		if (c < 128 ? firstAscii[c] === 0 : !root.next.has(c)) continue;
		let node = root.next.get(c);
		let i = start + 1;
		// Walk by code unit without allocating: the cost per start is at most the longest term.
		while (node) {
			if (node.topics.length > 0 && (i >= n || !wordAt(hay, i - 1) || !wordAt(hay, i))) {
				for (const topic of node.topics) found.add(topic);
			}
			if (i >= n) break;
			const unit = lower(hay.charCodeAt(i++));
			if (isAsciiSpace(unit)) {
				while (i < n && isAsciiSpace(hay.charCodeAt(i))) i++;
				node = node.next.get(32);
			} else {
				node = node.next.get(unit);
			}
		}
	}
	if (found.size === 0) return [];
	return [...found].sort((a, b) => a - b).map((index) => names[index]);
}
