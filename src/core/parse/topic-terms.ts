import { fold } from '../text/fold';
import { lowerAscii } from '../text/fnv';
import { topicHay } from './topic-hay';
import { isWordChar } from './line-scan';
import type { TopicRule } from './parse-context';

/**
 * Settings topic terms found in a talk (note-format.md, section 6, rule 3):
 * case- and accent-insensitive, whole words only (`k8s` matches `k8s`, not
 * `k8sfoo`). The rules compile once into a trie and a regex of every term; the
 * regex finds where a term could start and the trie walk, which decides, runs only
 * there, so the cost is the text length times the longest term.
 */

/** One trie node: children by UTF-16 code unit, and the topics whose term ends here. */
interface TrieNode {
	readonly next: Map<number, TrieNode>;
	readonly topics: number[];
}

/** Compiled rules: the trie and topic names by index (rule order). */
interface Compiled {
	readonly root: TrieNode;
	/**
	 * Finds the next position where some term could start (any case, white space runs for
	 * spaces): a superset of where the trie walk can match, so the walk only runs there.
	 * Native regex code skips the long stretches without candidates far faster than a
	 * per-code-unit loop; the walk still decides every match (and word boundaries).
	 */
	readonly candidates: RegExp;
	readonly names: readonly string[];
	/** Each topic name folded, by rule index: what a talk's topics are deduplicated by. */
	readonly keys: readonly string[];
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
	const patterns: string[] = [];
	rules.forEach((rule, index) => {
		names.push(rule.name);
		for (const term of new Set([rule.name, ...rule.terms].map(fold))) {
			if (!term) continue;
			patterns.push(termPattern(term));
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
	// No terms at all: a pattern that never matches.
	const candidates = new RegExp(patterns.length > 0 ? patterns.join('|') : '[^\\s\\S]', 'gi');
	const compiled = { root, candidates, names, keys: names.map(fold) };
	compiledRules.set(rules, compiled);
	return compiled;
}

/**
 * A folded term as a regex matching at least everything the walk matches from one start:
 * `i` covers the walk's ASCII lower-casing, `\s+` its white space runs for a space.
 */
function termPattern(term: string): string {
	return term
		.split(' ')
		.map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
		.join('\\s+');
}

/** ASCII white space as `\s` sees it. */
function isAsciiSpace(c: number): boolean {
	return c === 32 || (c >= 9 && c <= 13);
}

/** {@link isWordChar} with the ASCII test inlined. */
function wordAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
	return isWordChar(text, i);
}

/**
 * Topics found so far in the current call, by rule index: one shared scratch array (reset before
 * each call returns) instead of a set and a sorted copy per talk.
 */
let found = new Uint8Array(64);

/** Marks the topics of every term that matches `hay` from `start` as whole words. */
function walk(root: TrieNode, hay: string, start: number): void {
	const n = hay.length;
	let node = root.next.get(lowerAscii(hay.charCodeAt(start)));
	let i = start + 1;
	// Walk by code unit without allocating: the cost per start is at most the longest term.
	while (node) {
		if (node.topics.length > 0 && (i >= n || !wordAt(hay, i - 1) || !wordAt(hay, i))) {
			for (const topic of node.topics) found[topic] = 1;
		}
		if (i >= n) break;
		const unit = lowerAscii(hay.charCodeAt(i++));
		if (isAsciiSpace(unit)) {
			while (i < n && isAsciiSpace(hay.charCodeAt(i))) i++;
			node = node.next.get(32);
		} else {
			node = node.next.get(unit);
		}
	}
}

/**
 * Appends to `names` the topic names (in rule order, each once) whose terms occur as whole words
 * in any of `texts` (a talk's title and its notes: a term is looked for in each, never across the
 * two), and each name's folded form to `keys` when given: the caller deduplicates by it, and the
 * rules' names are folded once, not per talk.
 */
export function collectTopicTerms(texts: readonly string[], rules: readonly TopicRule[], names: string[], keys?: string[]): void {
	if (rules.length === 0) return;
	const compiled = compile(rules);
	if (found.length < compiled.names.length) found = new Uint8Array(compiled.names.length);
	for (const text of texts) collectTopics(text, compiled);
	for (let index = 0; index < compiled.names.length; index++) {
		if (found[index] === 0) continue;
		found[index] = 0;
		names.push(compiled.names[index]);
		keys?.push(compiled.keys[index]);
	}
}

/** Marks in `found` the topics whose terms occur in `text`. */
function collectTopics(text: string, { root, candidates }: Compiled): void {
	if (text.length === 0) return;
	const hay = topicHay(text);
	candidates.lastIndex = 0;
	for (let hit = candidates.exec(hay); hit !== null; hit = candidates.exec(hay)) {
		const start = hit.index;
		// A term starting with a letter or digit must start a word; `.net` may follow anything.
		if (!(start > 0 && wordAt(hay, start) && wordAt(hay, start - 1))) walk(root, hay, start);
		// Terms may overlap (`memory safety`, `safety`): the next candidate may start one unit on.
		candidates.lastIndex = start + 1;
	}
}
