import { codeSpans, forwardFinder, lineShape, markdownLinkAt, matchPairs, wikilinkEnd, wikilinkParts } from '../../../src/core/parse/line-scan';

describe('line-scan building blocks', () => {
	it('finds code spans by equal backtick runs; unmatched runs are literal', () => {
		const text = 'a `b` c ``d ` e`` f ` g';
		expect([...codeSpans(text)]).toEqual([2, 5, 8, 17]);
		expect([...codeSpans('no code')]).toEqual([]);
		expect([...codeSpans('`open only')]).toEqual([]);
	});

	it('matches brackets with a stack, skipping code, escapes and line breaks', () => {
		const pairs = matchPairs('[a [b] `]` \\] c]', 91, 93, codeSpans('[a [b] `]` \\] c]'));
		expect(pairs[0]).toBe(15);
		expect(pairs[3]).toBe(5);
		expect(matchPairs('[a\nb]', 91, 93, codeSpans('[a\nb]'))[0]).toBe(-1);
		expect(matchPairs('((((', 40, 41, new Int32Array(0))[0]).toBe(-1);
	});

	it('keeps every pair table intact while later lines are matched (tables share blocks)', () => {
		// Lines of many lengths, kept alive together: far more entries than one shared block holds,
		// plus lines too long for a block; a table handed out twice would be overwritten below.
		const lines = Array.from({ length: 3000 }, (_, k) => `${'('.repeat(k % 7)}${'x'.repeat(k % 50)}${')'.repeat(k % 5)}${k % 97 === 0 ? '('.repeat(5000) : ''}`);
		const tables = lines.map((line) => matchPairs(line, 40, 41, new Int32Array(0)));
		lines.forEach((line, k) => {
			const open = k % 7;
			const close = k % 5;
			const expected = Array.from({ length: line.length }, (_, i) => (i < open && open - 1 - i < close ? open + (k % 50) + (open - 1 - i) : -1));
			expect([...tables[k]]).toEqual(line.includes('(') ? expected : []);
		});
	});

	it('recognises wikilinks and markdown links by their matched brackets', () => {
		const shape = lineShape('[[Ada Byron|Ada]] and [site](<https://x.dev/a b> "t") [[]] [[a [[b]]');
		expect(wikilinkEnd(shape, 0)).toBe(17);
		expect(markdownLinkAt(shape, 22)).toEqual({ textEnd: 27, end: 53, url: 'https://x.dev/a b' });
		expect(wikilinkEnd(shape, 54)).toBe(-1);
		expect(wikilinkEnd(shape, 59)).toBe(-1);
		expect(wikilinkEnd(shape, 63)).toBe(68);
		expect(wikilinkParts('People/Ada Byron#Talks|Ada')).toEqual({ target: 'People/Ada Byron', display: 'Ada' });
		expect(wikilinkParts('Ada Byron')).toEqual({ target: 'Ada Byron', display: 'Ada Byron' });
	});

	it('a forward finder answers like indexOf for increasing starts', () => {
		const text = 'x]] y ]] z';
		const find = forwardFinder(text, ']]');
		for (const from of [0, 1, 2, 3, 6, 7, 9]) expect(find(from)).toBe(text.indexOf(']]', from));
	});
});
