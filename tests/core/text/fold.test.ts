import { fold } from '../../../src/core/text/fold';

/** The reference definition the fast path must agree with. */
function reference(text: string): string {
	return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

describe('fold', () => {
	it('folds case, accents and white space', () => {
		expect(fold('  Müller\t\tJosé ')).toBe('muller jose');
		expect(fold('Rust Async')).toBe('rust async');
		expect(fold('a  b')).toBe('a b');
		expect(fold(' x')).toBe('x');
		expect(fold('x\n')).toBe('x');
		expect(fold('')).toBe('');
		expect(fold('   ')).toBe('');
	});

	it('gives the same result as the full definition on ASCII and non-ASCII text', () => {
		const samples = ['Glauber Costa', 'ZIG', 'a\u000bb', 'a\u00a0b', 'Ünïcödé  Names', 'x\r\ny', ' ', 'Zürich\u2003Talk', 'tab\there', 'C++ & Rust!'];
		for (const sample of samples) expect(fold(sample)).toBe(reference(sample));
		// Every ASCII character, alone and around spaces.
		for (let code = 0; code < 0x80; code++) {
			const char = String.fromCharCode(code);
			for (const text of [char, ` ${char} `, `a${char}${char}b`]) expect(fold(text)).toBe(reference(text));
		}
	});
});
