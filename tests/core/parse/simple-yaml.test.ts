import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { readFrontmatter } from '../../../src/core/parse/frontmatter';
import { readSimpleYaml } from '../../../src/core/parse/simple-yaml';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The parser's answer, or the error it throws (as a value to compare with). */
function yamlOf(source: string): unknown {
	try {
		return parseYaml(source) as unknown;
	} catch (error) {
		return error instanceof Error ? `error: ${error.message}` : 'error';
	}
}

describe('hand-written frontmatter read without a YAML parser', () => {
	it('reads the shapes people write: words, quoted links, lists in both forms, integers and booleans', () => {
		const source = [
			'type: person',
			'aliases: [adabyron, "Ada B."]',
			'affiliation: Ferrous Systems',
			'conference: "[[Strange Loop 2023]]"',
			"event: '[[RustConf 2024|RustConf]]'",
			'tags:',
			'  - person',
			'  - Café Crème',
			'talks: true',
			'year: 2023',
			'empty:',
			'none: []',
		].join('\n');
		const read = readSimpleYaml(source);
		expect(read).toEqual({
			type: 'person',
			aliases: ['adabyron', 'Ada B.'],
			affiliation: 'Ferrous Systems',
			conference: '[[Strange Loop 2023]]',
			event: '[[RustConf 2024|RustConf]]',
			tags: ['person', 'Café Crème'],
			talks: true,
			year: 2023,
			empty: null,
			none: [],
		});
		expect(read).toEqual(parseYaml(source));
		expect(Object.keys(read ?? {})).toEqual(Object.keys(parseYaml(source) as object));
	});

	it.each([
		['a date, which YAML 1.1 reads as a timestamp', 'date: 2023-10-18'],
		['a word some YAML version reads as a boolean', 'speaker: yes'],
		['a comment', 'type: person # a friend'],
		['a multi-line plain value', 'title: one\n  two'],
		['an escape', 'title: "a\\tb"'],
		['nesting', 'venue:\n  city: Berlin'],
		['a duplicate key', 'a: x\na: y'],
		['an unquoted wikilink, which is a nested list', 'conference: [[RustConf]]'],
		['a leading zero', 'room: 0123'],
		['a tab', 'type:\tperson'],
		['a key the parser may read as a boolean', 'on: stage'],
		['a value after a colon with no space', 'url:https'],
		['a list item that is a map', 'talks:\n  - title: x'],
		['a mix of indentations in a list', 'tags:\n  - a\n    - b'],
	])('leaves to the real parser: %s', (_what, source) => {
		expect(readSimpleYaml(source)).toBeUndefined();
	});

	it('agrees with the YAML parser on everything it answers, and answers the common shapes', () => {
		const word = fc.constantFrom('person', 'Ada', 'Byron', 'Café', 'ScyllaDB', 'Fly.io', "O'Brien", 'C++', 'yes', 'No', 'null', 'true', 'false', 'on', 'TU', 'ёж', '🎉', 'x-y', 'a_b');
		const piece = fc.oneof(
			{ arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')), weight: 6 },
			{ arbitrary: fc.constantFrom('2023', '"[[RustConf 2024]]"', "'[[Ada Byron|Ada]]'", '"a: b # c"'), weight: 2 },
			fc.constantFrom('2023', '0', '007', '2023-10-18', '-1', '1.5', '.inf', '~', '', ' ', 'a: b', 'a #b', 'x,y', '[[Link]]', '"quoted"', "'single'", '"[[RustConf 2024]]"', '"a\\"b"', "'it''s'", '[', ']', '{a: 1}', '&anchor', '*alias', '!tag', '|', '>', '%', '@', '`', '\u0085', '\u00a0x', ' trailing '),
		);
		const tidyKey = fc.constantFrom('type', 'aliases', 'tags', 'affiliation', 'conference', 'event', 'talks', 'talk notes');
		const key = fc.constantFrom('type', 'aliases', 'tags', 'affiliation', 'conference', 'event', 'talks', 'date', 'a b', 'x-y', 'Yes', 'on', '1a', '__proto__', ' indented', 'key:', 'tags');
		const line = fc.oneof(
			{ arbitrary: fc.tuple(tidyKey, piece).map(([k, v]) => `${k}: ${v}`), weight: 4 },
			fc.tuple(key, piece).map(([k, v]) => `${k}: ${v}`),
			fc.tuple(key, fc.array(piece, { maxLength: 4 })).map(([k, items]) => `${k}: [${items.join(', ')}]`),
			fc.tuple(key, fc.array(piece, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  ', '    ')).map(([k, items, indent]) => `${k}:\n${items.map((item) => `${indent}- ${item}`).join('\n')}`),
			fc.constantFrom('', '  ', '# comment', '- stray', 'text only', 'key:', '\ttabbed: x', 'a:b'),
		);
		let answered = 0;
		fc.assert(
			fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
				const source = lines.join('\n');
				const read = readSimpleYaml(source);
				if (read === undefined) return;
				answered++;
				const parsed = yamlOf(source);
				expect(read).toEqual(parsed);
				expect(Object.keys(read)).toEqual(Object.keys(parsed as object));
			}),
			{ numRuns: RUNS },
		);
		// The generator keeps giving the reader work it takes on, so the agreement above means something.
		expect(answered).toBeGreaterThan(RUNS / 10);
	});

	it('spares the parser a person note and a conference note', () => {
		const never = (): unknown => {
			throw new Error('the YAML parser was called');
		};
		expect(readFrontmatter(['---', 'tags: [person]', 'aliases: [adabyron]', 'affiliation: CERN', '---'], never)).toEqual({
			data: { tags: ['person'], aliases: ['adabyron'], affiliation: 'CERN' },
			bodyStart: 5,
		});
		expect(readFrontmatter(['---', 'event: "[[Strange Loop 2023]]"', 'tags: [daily, travel]', '---'], never).data).toEqual({ event: '[[Strange Loop 2023]]', tags: ['daily', 'travel'] });
	});
});
