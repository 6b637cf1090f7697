import fc from 'fast-check';
import { searchTerm, tokenize } from '../../../src/core/index/search-tokens';

const reference = (text: string) => text.split(/[\n\r\p{Z}\p{P}]+/u);
const referenceTerm = (term: string) => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() || null;

describe('search tokens', () => {
	it('splits exactly like minisearch\'s default tokenizer', () => {
		for (const text of ['', ' ', 'rust', ' rust ', 'Rust vs. Zig -- JavaScript???', 'a\tb c\r\nd', 'x_y$z+w|v~u', 'Zoë on Ownership', 'café, naïve\u00a0rust', '[[Carl Lerche]]: "hi"']) {
			expect(tokenize(text)).toEqual(reference(text));
		}
		const ascii = fc.string({ unit: fc.constantFrom(...'ab ,.-_\n\r\t$+|:"\'!?#%&()*/;@[]\\{}~^`<=>'.split('')), maxLength: 30 });
		fc.assert(fc.property(ascii, (text) => expect(tokenize(text)).toEqual(reference(text))), { numRuns: 500 });
		for (let code = 0; code < 0x80; code++) {
			const text = `a${String.fromCharCode(code)}b`;
			expect(tokenize(text)).toEqual(reference(text));
		}
	});

	it('folds terms like the full definition', () => {
		for (const term of ['Rust', 'MÜLLER', 'josé', 'Zoë', '', 'ǅ', 'İstanbul']) expect(searchTerm(term)).toBe(referenceTerm(term));
	});
});
