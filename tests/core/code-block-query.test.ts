import { DEFAULT_BLOCK_LIMIT, parseTalksBlock } from '../../src/core/code-block-query';

describe('parseTalksBlock', () => {
	it('reads every key the docs name', () => {
		const { query, errors } = parseTalksBlock(['speaker: Carl Lerche', 'topic: rust', 'conference: ScyllaDB P99 Conf', 'query: zig', 'kind: panel', 'group: speaker', 'limit: 20'].join('\n'));
		expect(errors).toEqual([]);
		expect(query).toEqual({ speakers: ['Carl Lerche'], topics: ['rust'], conferences: ['ScyllaDB P99 Conf'], kinds: ['panel'], query: 'zig', group: 'speaker', limit: 20 });
	});

	it('has defaults for an empty block: everything, ungrouped, 50 rows', () => {
		expect(parseTalksBlock('')).toEqual({ query: { speakers: [], topics: [], conferences: [], kinds: [], query: '', group: 'none', limit: DEFAULT_BLOCK_LIMIT }, errors: [] });
	});

	it('collects repeated lines and comma lists (OR), without duplicates', () => {
		const { query } = parseTalksBlock('speaker: Carl Lerche, Glauber Costa\nspeaker: Jarred Sumner\nspeaker: Carl Lerche\nkind: panel, keynote');
		expect(query.speakers).toEqual(['Carl Lerche', 'Glauber Costa', 'Jarred Sumner']);
		expect(query.kinds).toEqual(['panel', 'keynote']);
	});

	it('is case-insensitive in keys and kinds, keeps names as written, and allows colons in values', () => {
		const { query, errors } = parseTalksBlock('Speaker: Carl Lerche\nKIND: Panel\nquery: rust: the good parts');
		expect(errors).toEqual([]);
		expect(query.speakers).toEqual(['Carl Lerche']);
		expect(query.kinds).toEqual(['panel']);
		expect(query.query).toBe('rust: the good parts');
	});

	it('skips blank lines and comments, and reads CRLF sources', () => {
		const { query, errors } = parseTalksBlock('# my Rust talks\r\n\r\n// newest first\r\ntopic: rust\r\n');
		expect(errors).toEqual([]);
		expect(query.topics).toEqual(['rust']);
	});

	it('reports unknown keys with their line and the known keys, and still uses the good lines', () => {
		const { query, errors } = parseTalksBlock('topic: rust\nspeeker: Carl Lerche\nsort: date');
		expect(query.topics).toEqual(['rust']);
		expect(query.speakers).toEqual([]);
		expect(errors).toEqual([
			{ line: 2, message: 'Line 2: unknown key "speeker" (known: speaker, topic, conference, query, kind, group, limit).' },
			{ line: 3, message: 'Line 3: unknown key "sort" (known: speaker, topic, conference, query, kind, group, limit).' },
		]);
	});

	it('reports lines without a key, keys without a value, bad kinds, groupings and limits', () => {
		const { query, errors } = parseTalksBlock('just some words\nspeaker:\nkind: party\ngroup: colour\nlimit: lots\nlimit: 0\nlimit: 100000\nlimit: 5');
		expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(errors[0].message).toMatch(/expected "key: value"/);
		expect(errors[1].message).toMatch(/"speaker" needs a value/);
		expect(errors[2].message).toMatch(/unknown kind "party"/);
		expect(errors[3].message).toMatch(/unknown grouping "colour"/);
		expect(errors[4].message).toMatch(/"limit" must be a whole number from 1 to 500/);
		expect(query.limit).toBe(5);
		expect(query.kinds).toEqual([]);
		expect(query.group).toBe('none');
	});

	it('never throws on hostile sources', () => {
		for (const source of [':', '::::', '\u0000:\u0000', 'a'.repeat(100_000), ':x\n'.repeat(10_000), 'limit: -1', 'limit: 1e3', 'limit: 0x10']) {
			expect(() => parseTalksBlock(source)).not.toThrow();
		}
		expect(parseTalksBlock('limit: 1e3').query.limit).toBe(DEFAULT_BLOCK_LIMIT);
	});
});
