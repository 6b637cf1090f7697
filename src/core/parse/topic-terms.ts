import { fold } from '../text/fold';
import { isWordChar } from './line-scan';
import type { TopicRule } from './parse-context';

/**
 * Settings topic terms found in a talk (note-format.md, section 6, rule 3):
 * case- and accent-insensitive, whole words only (`k8s` matches `k8s`, not
 * `k8sfoo`). The rules compile once into a trie; a match walk starts only at
 * word starts, so the cost is the text length times the longest term.
 */

/** One trie node: children by UTF-16 code unit, and the topics whose term ends here. */
interface TrieNode {
	readonly next: Map<number, TrieNode>;
	readonly topics: number[];
}

/** Compiled rules: the trie and topic names by index (rule order). */
interface Compiled {
	readonly root: TrieNode;
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
	const compiled = { root, names };
	compiledRules.set(rules, compiled);
	return compiled;
}

/** Topic names (in rule order, each once) whose terms occur in `text` as whole words. */
export function matchTopicTerms(text: string, rules: readonly TopicRule[]): string[] {
	if (rules.length === 0 || text.length === 0) return [];
	const { root, names } = compile(rules);
	const hay = fold(text);
	const found = new Set<number>();
	for (let start = 0; start < hay.length; start++) {
		// A term starting with a letter or digit must start a word; `.net` may follow anything.
		if (start > 0 && isWordChar(hay, start) && isWordChar(hay, start - 1)) continue;
		let node = root.next.get(hay.charCodeAt(start));
		let i = start + 1;
		// Walk by code unit without allocating: the cost per start is at most the longest term.
		while (node) {
			if (node.topics.length > 0 && (i >= hay.length || !isWordChar(hay, i - 1) || !isWordChar(hay, i))) {
				for (const topic of node.topics) found.add(topic);
			}
			if (i >= hay.length) break;
			node = node.next.get(hay.charCodeAt(i));
			i++;
		}
	}
	return [...found].sort((a, b) => a - b).map((index) => names[index]);
}
