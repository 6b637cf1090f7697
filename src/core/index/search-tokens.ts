/** How minisearch splits text by default: runs of line breaks, separators (Z) and punctuation (P). */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** ASCII characters that split words: line breaks, the space and every ASCII punctuation mark (\p{P}). */
const SPLITS = new Uint8Array(128);
for (const char of '\n\r !"#%&\'()*,-./:;?@[\\]_{}') SPLITS[char.charCodeAt(0)] = 1;

/**
 * Exactly minisearch's default tokenizer (`text.split(/[\n\r\p{Z}\p{P}]+/u)`, empty
 * tokens at the ends included, since they count in field lengths), without the
 * Unicode regex for ASCII text: indexing spends a good part of its time splitting notes.
 */
export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	let start = 0;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code >= 0x80) return text.split(SPACE_OR_PUNCTUATION);
		if (SPLITS[code] === 0) {
			i++;
			continue;
		}
		tokens.push(text.slice(start, i));
		while (i < text.length) {
			const next = text.charCodeAt(i);
			if (next >= 0x80) return text.split(SPACE_OR_PUNCTUATION);
			if (SPLITS[next] === 0) break;
			i++;
		}
		start = i;
	}
	tokens.push(text.slice(start));
	return tokens;
}

/** Case and accents do not count: `Müller` finds `muller` and the other way round. */
export function searchTerm(term: string): string | null {
	let ascii = true;
	for (let i = 0; i < term.length; i++) {
		if (term.charCodeAt(i) >= 0x80) {
			ascii = false;
			break;
		}
	}
	const folded = ascii ? term.toLowerCase() : term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
	return folded || null;
}
