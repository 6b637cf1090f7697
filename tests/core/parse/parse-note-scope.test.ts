import { filed, note, parse } from './parse-helpers';

const talkNote = note('[[Conf]]', '- Fast Queues ~ Ada Byron');

describe("a note's date (section 1)", () => {
	it('comes from the file name first', () => {
		expect(parse(note('---', 'date: 2020-01-01', '---', '# 2019-01-01'), { fileDate: '2023-10-18' }).date).toBe('2023-10-18');
	});

	it('falls back to frontmatter date:, then a first heading starting with an ISO date', () => {
		expect(parse(note('---', 'date: 2020-01-01', '---', '# 2019-01-01'), { fileDate: undefined }).date).toBe('2020-01-01');
		expect(parse(note('# 2023-10-18 Wed', talkNote), { fileDate: undefined }).talks[0].date).toBe('2023-10-18');
		expect(parse(note('# Log', '## 2023-10-18'), { fileDate: undefined }).date).toBe('');
	});

	it('is empty when nothing gives one', () => {
		const extract = parse(talkNote, { fileDate: undefined });
		expect(extract.date).toBe('');
		expect(extract.talks[0].date).toBe('');
	});
});

describe('which notes are scanned (section 7)', () => {
	it('scans daily notes and notes in talk folders', () => {
		expect(filed(parse(talkNote, { scope: 'daily' }))).toEqual(['Fast Queues @ Conf']);
		expect(filed(parse(talkNote, { scope: 'folder', fileDate: undefined }))).toEqual(['Fast Queues @ Conf']);
	});

	it('skips other notes unless their frontmatter opts in', () => {
		expect(parse(talkNote, { scope: 'other' }).talks).toEqual([]);
		expect(parse(talkNote, { scope: 'other' }).conferences).toEqual([]);
		expect(filed(parse(note('---', 'talks: true', '---', talkNote), { scope: 'other' }))).toEqual(['Fast Queues @ Conf']);
		expect(filed(parse(note('---', 'conference: RustConf', '---', '- Fast Queues ~ Ada Byron'), { scope: 'other' }))).toEqual(['Fast Queues @ RustConf']);
		expect(filed(parse(note('---', 'event: "[[RustConf]]"', '---', '- Fast Queues ~ Ada Byron'), { scope: 'other' }))).toEqual(['Fast Queues @ RustConf']);
	});
});

describe('person notes (section 8)', () => {
	it('are notes with type: person or the tag person, named by their base name', () => {
		const byType = parse(note('---', 'type: person', 'aliases: [carllerche]', '---', 'Leads Tokio.'), { path: 'People/Carl Lerche.md', scope: 'other', fileDate: undefined });
		expect(byType.person).toEqual({ name: 'Carl Lerche', aliases: ['carllerche'], file: 'People/Carl Lerche.md' });
		const byTag = parse(note('---', 'tags: [person]', '---'), { path: 'Ada Byron.md', scope: 'other' });
		expect(byTag.person?.name).toBe('Ada Byron');
	});

	it('are notes in a people folder, whatever their frontmatter', () => {
		expect(parse('Met at RustConf.', { path: 'People/Bo Linde.md', scope: 'other', inPeopleFolder: true }).person).toEqual({ name: 'Bo Linde', aliases: [], file: 'People/Bo Linde.md' });
	});

	it('are not other notes', () => {
		expect(parse(talkNote).person).toBeUndefined();
		expect(parse(note('---', 'type: meeting', '---'), { scope: 'other' }).person).toBeUndefined();
	});

	it('can hold talks too when they are daily notes', () => {
		const extract = parse(note('---', 'type: person', '---', talkNote), { path: 'Daily/2024-05-01.md' });
		expect(extract.person?.name).toBe('2024-05-01');
		expect(extract.talks).toHaveLength(1);
	});
});

describe('diagnostics', () => {
	it('reports broken frontmatter and still reads the body', () => {
		const extract = parse(note('---', 'conference: [unclosed', '---', talkNote));
		expect(extract.diagnostics).toHaveLength(1);
		expect(extract.diagnostics[0]).toMatchObject({ file: 'Daily/2024-05-01.md', line: 1 });
		expect(extract.diagnostics[0].message).toMatch(/^Broken frontmatter: \S/);
		expect(filed(extract)).toEqual(['Fast Queues @ Conf']);
	});

	it('does not report broken frontmatter of notes it does not scan', () => {
		expect(parse(note('---', 'a: [unclosed', '---'), { scope: 'other' }).diagnostics).toEqual([]);
	});

	it('skips binary content with one diagnostic and no talks', () => {
		const extract = parse('PK\u0003\u0004\u0000\u0000[[Conf]]\n- Fast Queues ~ Ada Byron');
		expect(extract.talks).toEqual([]);
		expect(extract.diagnostics).toEqual([{ file: 'Daily/2024-05-01.md', line: 0, message: 'Not a text note (binary content); skipped' }]);
	});

	it('turns a parser that throws into one diagnostic instead of an exception', () => {
		const extract = parse(talkNote, {}, {
			people: {
				canonical: () => {
					throw new Error('directory broke');
				},
			},
		});
		expect(extract.talks).toEqual([]);
		expect(extract.diagnostics).toHaveLength(1);
		expect(extract.diagnostics[0].message).toContain('directory broke');
		expect(extract.diagnostics[0].line).toBeGreaterThan(0);
	});
});
