/**
 * Query matches as created `<mark>` nodes (never markup from strings). Search terms come from
 * the index folded (lower case, no accents), so the text is folded one character at a time,
 * keeping a map back to the original positions: `Café` shows `<mark>Café</mark>` for `cafe`.
 */

/** Half-open ranges `[start, end)` of the original text to mark, sorted and merged. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
	const wanted = terms.map((term) => foldChar(term)).filter((term) => term !== '');
	if (wanted.length === 0 || text === '') return [];
	let folded = '';
	// origin[i] is the index in `text` of the character that produced folded[i].
	const origin: number[] = [];
	for (let i = 0; i < text.length; ) {
		const code = text.codePointAt(i) ?? 0;
		const char = String.fromCodePoint(code);
		const f = foldChar(char);
		for (let k = 0; k < f.length; k++) origin.push(i);
		folded += f;
		i += char.length;
	}
	origin.push(text.length);
	const ranges: Array<[number, number]> = [];
	for (const term of wanted) {
		for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
			// Only at the start of a word: `rust` marks `Rust`, not the end of `Trust`.
			if (at > 0 && isWordChar(folded[at - 1])) continue;
			const start = origin[at];
			const lastOrigin = origin[at + term.length - 1];
			const end = lastOrigin + (String.fromCodePoint(text.codePointAt(lastOrigin) ?? 0).length);
			ranges.push([start, end]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const range of ranges) {
		const last = merged[merged.length - 1];
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	return merged;
}

/** Appends `text` to `el` as text nodes, with the ranges matching `terms` inside `<mark>` elements. */
export function renderHighlighted(el: HTMLElement, text: string, terms: readonly string[]): void {
	let at = 0;
	for (const [start, end] of matchRanges(text, terms)) {
		if (start > at) el.appendText(text.slice(at, start));
		el.createEl('mark', { cls: 'ct-match', text: text.slice(start, end) });
		at = end;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

function foldChar(text: string): string {
	return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
