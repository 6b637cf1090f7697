import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { readFrontmatter } from '../../../src/core/parse/frontmatter';
import { readNoteFields } from '../../../src/core/parse/frontmatter-fields';
import { ReparseMemos } from '../../../src/core/parse/reparse-memos';

const yaml = (source: string): unknown => parseYaml(source);
const fieldsOf = (...lines: string[]) => readNoteFields(readFrontmatter(['---', ...lines, '---'], yaml).data);

describe('frontmatter', () => {
	it('reads a closed block at the top and says where the body starts', () => {
		const fm = readFrontmatter(['---', 'date: 2024-05-01', '---', '# Body'], yaml);
		expect(fm.data).toEqual({ date: '2024-05-01' });
		expect(fm.bodyStart).toBe(3);
		expect(fm.error).toBeUndefined();
	});

	it('is not frontmatter when unclosed or not on the first line', () => {
		expect(readFrontmatter(['---', 'date: 2024-05-01', '- item'], yaml).bodyStart).toBe(0);
		expect(readFrontmatter(['', '---', 'a: 1', '---'], yaml).bodyStart).toBe(0);
	});

	it('reports a YAML error with its first line and still gives the body', () => {
		const fm = readFrontmatter(['---', 'conference: [unclosed', '---', '- body'], yaml);
		expect(fm.bodyStart).toBe(3);
		expect(fm.data).toEqual({});
		expect(fm.error).toMatch(/\S/);
		expect(fm.error).not.toContain('\n');
	});

	it('keeps only the first line of a long parser message', () => {
		const fm = readFrontmatter(['---', 'a: 1 # one', '---'], () => {
			throw new Error('Bad indentation at line 2\n  a: 1\n  ^^^');
		});
		expect(fm.error).toBe('Bad indentation at line 2');
	});

	it('reports YAML that is not key: value fields', () => {
		expect(readFrontmatter(['---', '- a', '- b', '---'], yaml).error).toMatch(/key: value/);
	});

	it('reads the conference from a quoted link, an unquoted link, plain text or event:', () => {
		expect(fieldsOf('conference: "[[RustConf 2024]]"').conference).toBe('RustConf 2024');
		expect(fieldsOf('conference: [[RustConf 2024|RustConf]]').conference).toBe('RustConf 2024');
		expect(fieldsOf('conference: RustConf 2024').conference).toBe('RustConf 2024');
		expect(fieldsOf('event: "[[FOSDEM 2025]]"').conference).toBe('FOSDEM 2025');
		expect(fieldsOf('conference: 2024').conference).toBe('2024');
		expect(fieldsOf('conference:').conference).toBeUndefined();
	});

	it('opts a note in with conference:, event: or talks: true, and not otherwise', () => {
		expect(fieldsOf('conference: X').optsIn).toBe(true);
		expect(fieldsOf('event: X').optsIn).toBe(true);
		expect(fieldsOf('talks: true').optsIn).toBe(true);
		expect(fieldsOf('talks: false').optsIn).toBe(false);
		expect(fieldsOf('title: notes').optsIn).toBe(false);
	});

	it('recognises person notes by type or tag, in any of the shapes people write', () => {
		expect(fieldsOf('type: person').isPerson).toBe(true);
		expect(fieldsOf('type: Person').isPerson).toBe(true);
		expect(fieldsOf('tags: person').isPerson).toBe(true);
		expect(fieldsOf('tags: [friend, person]').isPerson).toBe(true);
		expect(fieldsOf('tags: "#person, friend"').isPerson).toBe(true);
		expect(fieldsOf('tags: [personal]').isPerson).toBe(false);
		expect(fieldsOf('type: meeting').isPerson).toBe(false);
	});

	it('reads aliases as a list or a single string', () => {
		expect(fieldsOf('aliases: [carllerche, Carl L]').aliases).toEqual(['carllerche', 'Carl L']);
		expect(fieldsOf('aliases: carllerche').aliases).toEqual(['carllerche']);
		expect(fieldsOf('aliases:').aliases).toEqual([]);
	});
});

describe('frontmatter no one writes by hand', () => {
	const never = (): unknown => {
		throw new Error('the YAML parser must not be called');
	};

	it('does not hand a huge block to the YAML parser, and says why', () => {
		const fm = readFrontmatter(['---', `title: ${'x'.repeat(40_000)}`, '---', '- body'], never);
		expect(fm).toEqual({ data: {}, bodyStart: 3, error: 'longer than 32 KB; not read' });
	});

	it('does not hand thousands of nested brackets to the YAML parser', () => {
		const fm = readFrontmatter(['---', `tags: ${'['.repeat(5000)}`, '---'], never);
		expect(fm).toEqual({ data: {}, bodyStart: 3, error: 'more than 1000 brackets; not read' });
	});

	it('still reads an ordinary block with a few dozen links', () => {
		const aliases = Array.from({ length: 50 }, (_, i) => `"[[Alias ${i}]]"`).join(', ');
		expect(readFrontmatter(['---', `aliases: [${aliases}]`, '---'], yaml).error).toBeUndefined();
	});
});

describe('frontmatter read again after an edit', () => {
	it('hands a source it has read to the parser only once when given a memo, errors included', () => {
		const sources: string[] = [];
		const counting = (source: string): unknown => {
			sources.push(source);
			if (source.includes('broken')) throw new Error('bad indentation\nin the middle');
			return parseYaml(source);
		};
		const memo = new ReparseMemos().frontmatter(counting);
		const note = ['---', 'date: 2024-05-01', 'conference: "[[RustConf]]"', '---', '- body'];
		const first = readFrontmatter(note, counting, memo);
		const again = readFrontmatter([...note.slice(0, 4), '- an edited body', '- more'], counting, memo);
		expect(again).toEqual(first);
		expect(again.data.conference).toBe('[[RustConf]]');
		const broken = ['---', 'broken: [', '---'];
		expect(readFrontmatter(broken, counting, memo).error).toBe('bad indentation');
		expect(readFrontmatter(broken, counting, memo).error).toBe('bad indentation');
		expect(sources).toHaveLength(2);
		// Without a memo (a one-off parse) every read is the parser's.
		expect(readFrontmatter(note, counting).data).toEqual(first.data);
		expect(sources).toHaveLength(3);
	});

	it('starts the memo over for another parser', () => {
		const memos = new ReparseMemos();
		const first = memos.frontmatter(yaml);
		expect(memos.frontmatter(yaml)).toBe(first);
		readFrontmatter(['---', 'a: 1', '---'], yaml, first);
		const other = memos.frontmatter((source) => parseYaml(source));
		expect(other).not.toBe(first);
		expect(other.size).toBe(0);
	});
});

describe('the person tag', () => {
	it('is any tag of a comma or space separated list that reads `person` (one `#` allowed), as splitting the list says', () => {
		const piece = fc.constantFrom('person', 'Person', 'PERSON', '#person', '##person', 'persons', 'perſon', 'friend', ' ', ',', ', ', '\t', '#', 'x', 'non-person', 'person!');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
				const tags = pieces.join('');
				const bySplitting = tags.split(/[\s,]+/).some((tag) => tag.replace(/^#/, '').toLowerCase() === 'person');
				expect(readNoteFields({ tags }).isPerson).toBe(bySplitting);
				expect(readNoteFields({ tags: [tags, 'friend'] }).isPerson).toBe(bySplitting);
			}),
			{ numRuns: 2000 },
		);
	});
});
