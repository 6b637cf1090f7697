/** `prepareFuzzySearch`, `prepareSimpleSearch`, `renderMatches`, `sortSearchResults`. */

type Match = [number, number];
/** Obsidian's search result: higher score is better (scores are <= 0), matches are [start, end) ranges. */
export interface FakeSearchResult {
	score: number;
	matches: Match[];
}

function merge(positions: number[]): Match[] {
	const out: Match[] = [];
	for (const p of positions) {
		const last = out[out.length - 1];
		if (last && last[1] === p) last[1] = p + 1;
		else out.push([p, p + 1]);
	}
	return out;
}

function isWordStart(text: string, i: number): boolean {
	return i === 0 || /[\s\-_/.([]/.test(text[i - 1]);
}

/**
 * Fuzzy: the query's characters (spaces ignored) must appear in order, case-insensitively.
 * Matched greedily from the left; word starts and runs score better, gaps and a late start cost.
 */
export function prepareFuzzySearch(query: string): (text: string) => FakeSearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, '');
	return (text: string) => {
		if (q === '') return { score: 0, matches: [] };
		const t = text.toLowerCase();
		const positions: number[] = [];
		let from = 0;
		for (const ch of q) {
			const i = t.indexOf(ch, from);
			if (i < 0) return null;
			positions.push(i);
			from = i + 1;
		}
		let score = -positions[0] * 0.1;
		for (let i = 1; i < positions.length; i++) score -= positions[i] - positions[i - 1] - 1;
		for (const p of positions) if (isWordStart(text, p)) score += 0.5;
		return { score: Math.min(0, score - text.length * 0.01), matches: merge(positions) };
	};
}

/** Simple: every space-separated word must occur as a substring, case-insensitively. */
export function prepareSimpleSearch(query: string): (text: string) => FakeSearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: Match[] = [];
		let score = 0;
		for (const w of words) {
			const i = t.indexOf(w);
			if (i < 0) return null;
			matches.push([i, i + w.length]);
			score -= i * 0.01;
		}
		matches.sort((a, b) => a[0] - b[0]);
		return { score, matches };
	};
}

/** Appends `text` to `el`, wrapping matched ranges in `span.suggestion-highlight`. */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: Match[] | null, offset = 0): void {
	let at = 0;
	for (const [s0, e0] of matches ?? []) {
		const s = Math.max(s0 + offset, at);
		const e = Math.min(e0 + offset, text.length);
		if (e <= s) continue;
		if (s > at) el.appendText(text.slice(at, s));
		el.createSpan({ cls: 'suggestion-highlight', text: text.slice(s, e) });
		at = e;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

/** Renders a search result's matches (Obsidian's renderResults). */
export function renderResults(el: HTMLElement, text: string, result: FakeSearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}

/** Sorts by score, best first. */
export function sortSearchResults(results: { match: FakeSearchResult }[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}
