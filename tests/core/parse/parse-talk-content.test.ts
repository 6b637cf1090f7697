import { note, parse } from './parse-helpers';

describe('what a talk carries (section 4)', () => {
	const extract = parse(note(
		'# 2024-05-01',
		'## Log',
		'[[Conf]]',
		'+ Fast Queues ~ Ada Byron',
		'\t+ first point',
		'\t\t+ ![[Pasted image 20240501.png]]',
		'',
		'\t\t+ see https://example.com/a and [docs](https://example.com/b)',
		'\t+ again https://example.com/a and [[Dapper]]',
		'\t+ ![](slides.png)',
		'\t+ ',
		'',
		'+ Slow Queues ~ Bo Linde',
	));
	const fast = extract.talks[0];

	it('keeps the subtree as markdown, nesting and markers kept, dedented to its first level', () => {
		expect(fast.notes).toBe(note(
			'+ first point',
			'\t+ ![[Pasted image 20240501.png]]',
			'',
			'\t+ see https://example.com/a and [docs](https://example.com/b)',
			'+ again https://example.com/a and [[Dapper]]',
			'+ ![](slides.png)',
		));
	});

	it('knows its first and last line; a trailing empty bullet is not part of it', () => {
		expect([fast.line, fast.endLine]).toEqual([4, 10]);
		expect([extract.talks[1].line, extract.talks[1].endLine]).toEqual([13, 13]);
	});

	it('collects images, and links in order without repeats', () => {
		expect(fast.images).toEqual(['Pasted image 20240501.png', 'slides.png']);
		expect(fast.links).toEqual(['https://example.com/a', 'https://example.com/b', 'Dapper']);
	});

	it('records the file, date and heading path', () => {
		expect(fast.file).toBe('Daily/2024-05-01.md');
		expect(fast.date).toBe('2024-05-01');
		expect(fast.headingPath).toEqual(['2024-05-01', 'Log']);
	});

	it('dedents space-indented subtrees the same way', () => {
		const spaced = parse(note('[[Conf]]', '1. Fast Queues ~ Ada Byron', '   - first', '     - nested'));
		expect(spaced.talks[0].notes).toBe(note('- first', '  - nested'));
	});

	it('keeps the empty bullet at the end of a note from breaking anything', () => {
		const tail = parse(note('[[Conf]]', '+ Fast Queues ~ Ada Byron', '\t+ point', '\t+ ', '', '## Appendix'));
		expect(tail.talks.map((found) => [found.title, found.endLine, found.notes])).toEqual([['Fast Queues', 3, '+ point']]);
		expect(tail.diagnostics).toEqual([]);
	});
});

describe('panel quotes (section 8)', () => {
	it('attributes panel bullets to the speaker they start with', () => {
		const extract = parse(note(
			'[[Conf]]',
			'- Panel: Rust vs Zig',
			'\t- Carl Lerche (Tokio), Jarred Sumner (BunJs)',
			'\t- carl',
			'\t\t- high productivity',
			'\t- ideas',
			'\t\t- J: borrow checker in Zig',
			'\t\t\t- no safety features yet',
		));
		expect(extract.talks[0].quotes).toEqual([
			{ speaker: 'Carl Lerche', line: 5, text: 'high productivity' },
			{ speaker: 'Jarred Sumner', line: 7, text: 'borrow checker in Zig' },
		]);
	});

	it('gives talks with one speaker no quotes', () => {
		const extract = parse(note('[[Conf]]', '- Fast Queues ~ Ada Byron', '\t- ada: hello'));
		expect(extract.talks[0].quotes).toEqual([]);
	});
});
