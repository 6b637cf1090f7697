import fc from 'fast-check';
import { fold, foldedFirstUnit, slug } from '../../../src/core/text/fold';

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

describe('slug', () => {
	/** The definition: Unicode letters and digits kept, every other run one `-`, none at the ends. */
	const plainSlug = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

	it('keeps letters of any script and joins the rest with single dashes', () => {
		expect(slug('  Fast Queues: C++ & Rust! ')).toBe('fast-queues-c-rust');
		expect(slug('Zürich Talk #2')).toBe('zurich-talk-2');
		expect(slug('Ωmega — Δelta')).toBe('ωmega-δelta');
		expect(slug('---')).toBe('');
	});

	it('agrees with the Unicode definition on ASCII titles (its fast path) and on any text', () => {
		// The range edges of the hand-written ASCII path: `@A Z[ \`a z{ /0 9:`, DEL and controls.
		const ascii = fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', '-', '_', '.', '#', '\t', '~', '@', 'A', '[', '`', 'z', '{', '/', '0', '9', ':', '\u007f', '\n') });
		const any = fc.string({ unit: fc.constantFrom('a', 'Z', '-', ' ', 'é', 'Ω', '٣', '\u0301', '😀', '_') });
		fc.assert(fc.property(fc.oneof(ascii, any), (text) => expect(slug(text)).toBe(plainSlug(text))), { numRuns: 2000 });
		// Past the fast path's length limit the general path answers.
		const long = `${'Ab-'.repeat(200)}Z`;
		expect(slug(long)).toBe(plainSlug(long));
	});
});

describe('foldedFirstUnit', () => {
	it('is the first code unit of the fold whenever it answers, on any text', () => {
		const tails = fc.string({ unit: 'binary', maxLength: 12 });
		const heads = fc.constantFrom('A', 'z', 'Q', '1', '#', '~', '\u007f', ' ', '\t', 'É', '\u0301', '');
		fc.assert(
			fc.property(heads, fc.constantFrom('', '\u0301', '\u0308\u0323', ' ', '\u0130', '\u03a3'), tails, (head, marks, tail) => {
				const text = head + marks + tail;
				const first = foldedFirstUnit(text);
				if (first >= 0) expect(fold(text).charCodeAt(0)).toBe(first);
			}),
			{ numRuns: 2000 },
		);
	});

	it('answers only for a text that starts with printable ASCII', () => {
		expect(foldedFirstUnit('Carl: yes')).toBe('c'.charCodeAt(0));
		expect(foldedFirstUnit('É')).toBe(-1);
		expect(foldedFirstUnit(' carl')).toBe(-1);
		expect(foldedFirstUnit('')).toBe(-1);
	});
});
