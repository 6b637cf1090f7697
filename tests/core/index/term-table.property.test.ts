import fc from 'fast-check';
import { searchTerm, tokenize } from '../../../src/core/index/search-tokens';
import { TermTable } from '../../../src/core/index/term-table';

/** The terms of a text as the reference pipeline gives them. */
function reference(text: string): string[] {
	return tokenize(text)
		.map(searchTerm)
		.filter((term): term is string => term !== null);
}

function collected(table: TermTable, text: string): string[] {
	const count = table.collect(text);
	return Array.from(table.ids.subarray(0, count), (id) => table.term(id));
}

describe('TermTable', () => {
	it('reads the same terms as tokenize + searchTerm, ASCII or not, and numbers each term once', () => {
		const piece = fc.constantFrom('Rust', 'rust', 'RUST', ' ', ', ', '\n', '-', 'a', 'Ω', 'Müller', 'k8s', '_', '—', 'tail.latency', '(x)', "O'Brien", '\u00a0', '日本');
		const table = new TermTable();
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
				const text = pieces.join('');
				expect(collected(table, text)).toEqual(reference(text));
			}),
			{ numRuns: 1500 },
		);
		const ids = new Set<number>();
		for (let id = 0; id < table.size; id++) {
			expect(table.find(table.term(id))).toBe(id);
			ids.add(id);
		}
		expect(new Set(Array.from({ length: table.size }, (_, id) => table.term(id))).size).toBe(ids.size);
	});

	it('keeps ids stable as it grows past its first tables, and answers -1 for an unknown term', () => {
		const table = new TermTable();
		const words = Array.from({ length: 5000 }, (_, i) => `Word${i}`);
		collected(table, words.join(' '));
		expect(table.size).toBe(5000);
		expect(table.term(table.find('word4321'))).toBe('word4321');
		expect(collected(table, 'WORD7 word7')).toEqual(['word7', 'word7']);
		expect(table.find('nothing')).toBe(-1);
	});

	it('tells apart two words with the same hash (FNV-1a of `yaczfa` and `glbppa` are equal)', () => {
		const table = new TermTable();
		expect(collected(table, 'yaczfa glbppa GLBPPA Yaczfa')).toEqual(['yaczfa', 'glbppa', 'glbppa', 'yaczfa']);
		expect(table.size).toBe(2);
		expect(table.term(table.find('glbppa'))).toBe('glbppa');
		expect(table.term(table.find('yaczfa'))).toBe('yaczfa');
	});
});
