import { buildTalksBlockModel } from '../../src/core/code-block-model';
import { parseTalksBlock } from '../../src/core/code-block-query';
import { TalkIndex } from '../../src/core/index/talk-index';
import { note } from '../helpers/extract-builder';
import { seedExtract } from './index/seed-extract';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

function vault(): TalkIndex {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	index.upsert(note('2024-06-01.md', { conference: 'RustConf', talks: [{ title: 'Tokio in Depth', speakers: ['Carl Lerche'], topics: ['Rust'] }] }));
	return index;
}

const titles = (model: ReturnType<typeof buildTalksBlockModel>) => model.groups.flatMap((group) => group.rows.map((row) => row.talk.title));
const run = (index: TalkIndex, source: string) => buildTalksBlockModel(index, parseTalksBlock(source).query);

describe('buildTalksBlockModel', () => {
	it('lists a speaker\'s talks newest first, by name or by id', () => {
		const index = vault();
		expect(titles(run(index, 'speaker: Carl Lerche'))).toEqual(['Tokio in Depth', 'A Case for Rust Higher Up the Stack', PANEL]);
		expect(titles(run(index, 'speaker: carl-lerche'))).toEqual(['Tokio in Depth', 'A Case for Rust Higher Up the Stack', PANEL]);
		expect(titles(run(index, 'speaker: carl lerche'))).toEqual(['Tokio in Depth', 'A Case for Rust Higher Up the Stack', PANEL]);
	});

	it('combines filters like the explorer: OR inside a key, AND across keys', () => {
		const index = vault();
		expect(titles(run(index, 'speaker: Carl Lerche, Jarred Sumner\nkind: panel'))).toEqual([PANEL]);
		expect(titles(run(index, 'topic: rust\nconference: RustConf'))).toEqual(['Tokio in Depth']);
		expect(titles(run(index, 'speaker: Armin Ronacher\nkind: panel'))).toEqual([]);
	});

	it('searches with query:, best match first', () => {
		expect(titles(run(vault(), 'query: zig'))[0]).toBe(PANEL);
	});

	it('groups like the explorer when asked', () => {
		const model = run(vault(), 'topic: rust\ngroup: conference');
		expect(model.groups.map((g) => g.label)).toEqual(['RustConf', 'ScyllaDB P99 Conf']);
		expect(model.groups[1].rows).toHaveLength(4);
	});

	it('cuts to the limit in display order and says how many there were', () => {
		const model = run(vault(), 'limit: 3');
		expect(model.total).toBe(8);
		expect(model.shown).toBe(3);
		expect(titles(model)).toHaveLength(3);
		const grouped = run(vault(), 'group: conference\nlimit: 2');
		expect(grouped.groups.map((g) => [g.label, g.rows.length])).toEqual([['RustConf', 1], ['ScyllaDB P99 Conf', 1]]);
	});

	it('reports names the index does not know, and shows nothing for them rather than everything', () => {
		const model = run(vault(), 'speaker: Ada Byron\ntopic: cobol');
		expect(model.missing).toEqual(['No speaker "Ada Byron".', 'No topic "cobol".']);
		expect(titles(model)).toEqual([]);
		expect(model.groups).toHaveLength(1);
		const mixed = run(vault(), 'speaker: Ada Byron, Jarred Sumner');
		expect(titles(mixed)).toEqual([PANEL]);
	});
});
