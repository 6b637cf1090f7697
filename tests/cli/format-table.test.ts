import { formatTable } from '../../src/cli/format-table';
import { cleanCell, displayWidth, truncate, wrap } from '../../src/cli/text-width';

describe('displayWidth', () => {
	it('counts emoji and CJK as two cells, combining marks as none', () => {
		expect(displayWidth('abc')).toBe(3);
		expect(displayWidth('🤯')).toBe(2);
		expect(displayWidth('👩‍💻')).toBe(2);
		expect(displayWidth('日本')).toBe(4);
		expect(displayWidth('Jose\u0301')).toBe(4);
	});
});

describe('truncate and cleanCell', () => {
	it('cuts long text with an ellipsis, within the width, without splitting an emoji', () => {
		expect(truncate('Ingesting in Rust', 20)).toBe('Ingesting in Rust');
		expect(truncate('Ingesting in Rust', 10)).toBe('Ingesting…');
		const cut = truncate('JavaScript 🤯???', 12);
		expect(displayWidth(cut)).toBeLessThanOrEqual(12);
		expect(cut).toBe('JavaScript…');
	});

	it('flattens line breaks and drops terminal control characters', () => {
		expect(cleanCell('a\tb\nc \u001b[31mred\u001b[0m')).toBe('a b c [31mred[0m');
	});
});

describe('wrap', () => {
	it('keeps a line that fits and breaks a longer one at spaces', () => {
		expect(wrap('7 talks in 1 note', 40)).toEqual(['7 talks in 1 note']);
		expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	});

	it('cuts a word wider than the line (a long path) into pieces that fit', () => {
		const text = `in 1 note of /${'very-long-folder/'.repeat(4)}vault.`;
		const lines = wrap(text, 20);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
		expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
	});

	it('counts emoji as two cells', () => {
		for (const line of wrap('🤯🤯 🤯🤯 🤯', 5)) expect(displayWidth(line)).toBeLessThanOrEqual(5);
	});
});

describe('formatTable', () => {
	const columns = [
		{ header: 'Title', max: 30, flex: true },
		{ header: 'Talks', align: 'right' as const },
	];

	it('aligns columns by display width, numbers to the right', () => {
		const out = formatTable(columns, [
			['Rust vs Zig 🤯', '1'],
			['Ingesting in Rust', '12'],
		]);
		expect(out).toBe(
			['Title              Talks', '-----------------  -----', 'Rust vs Zig 🤯         1', 'Ingesting in Rust     12', ''].join('\n'),
		);
	});

	it('caps a column at its max when the width is unknown, and shrinks flexible columns to a known width', () => {
		const long = 'Writing Low Latency Database Applications Even if Your Code Sucks';
		const capped = formatTable(columns, [[long, '1']]).split('\n')[2] ?? '';
		expect(displayWidth(capped)).toBe(30 + 2 + 5);
		expect(formatTable(columns, [[long, '1']], 200)).toContain(long);
		const narrow = formatTable(columns, [[long, '1']], 25).split('\n');
		for (const line of narrow) expect(displayWidth(line)).toBeLessThanOrEqual(25);
		expect(narrow[2]).toContain('…');
	});
});
