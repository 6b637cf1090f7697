import { buildExplorerModel, NO_GROUP_KEY } from '../../../src/core/index/explorer-model';
import type { ExplorerQuery } from '../../../src/core/index/index-api';
import { TalkIndex } from '../../../src/core/index/talk-index';
import { note } from '../../helpers/extract-builder';
import { seedExtract } from './seed-extract';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

const vault = () => {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	index.upsert(
		note('2024-06-01.md', {
			conference: 'RustConf',
			talks: [
				{ title: 'Tokio in Depth', speakers: ['Carl Lerche (Tokio)'], topics: ['Rust'], notes: '- zig comparison' },
				{ title: 'Keynote: Community', speakers: ['Ada Byron'], kind: 'keynote' },
			],
		}),
	);
	return index;
};
const model = (index: TalkIndex, query: Partial<ExplorerQuery>) => buildExplorerModel(index, { query: '', group: 'conference', filters: {}, ...query });
const titles = (rows: ReadonlyArray<{ talk: { title: string } }>) => rows.map((row) => row.talk.title);

describe('explorer view-model', () => {
	it('groups by conference, newest first, with dates as detail and talks in date order', () => {
		const index = vault();
		const view = model(index, {});
		expect(view.groups.map((g) => [g.key, g.label, g.detail, g.rows.length])).toEqual([
			['rustconf', 'RustConf', '2024-06-01', 2],
			['scylladb-p99-conf', 'ScyllaDB P99 Conf', '2023-10-18', 7],
		]);
		expect(view.groups[1].rows.map((r) => r.talk.line)).toEqual([6, 16, 46, 70, 92, 111, 159]);
		expect(view.totals).toEqual({ talks: 9, speakers: 7, conferences: 2, topics: index.topics().length });
		expect(view.matched).toBe(9);
		expect(view.revision).toBe(index.revision);
	});

	it('groups by speaker, most talks first, a panel under each panelist, talks without speakers last', () => {
		const view = model(vault(), { group: 'speaker' });
		expect(view.groups.map((g) => [g.label, g.rows.length])).toEqual([
			['Carl Lerche', 3],
			['Glauber Costa', 2],
			['Ada Byron', 1],
			['Adam Chalmers', 1],
			['Armin Ronacher', 1],
			['Jarred Sumner', 1],
			['Jon Haddad', 1],
			['No speaker', 1],
		]);
		expect(view.groups[0].detail).toBe('Tokio');
		expect(view.groups[7].key).toBe(NO_GROUP_KEY);
		expect(view.groups.filter((g) => titles(g.rows).includes(PANEL)).map((g) => g.label)).toEqual(['Carl Lerche', 'Glauber Costa', 'Jarred Sumner']);
	});

	it('groups by topic, most talks first, with the talk count as detail', () => {
		const view = model(vault(), { group: 'topic' });
		expect(view.groups[0]).toMatchObject({ key: 'rust', label: 'Rust', detail: '5 talks' });
		expect(view.groups[0].rows).toHaveLength(5);
		expect(view.groups[view.groups.length - 1]).toMatchObject({ key: NO_GROUP_KEY, label: 'No topic' });
		expect(titles(view.groups[view.groups.length - 1].rows)).toEqual(['Keynote: Community', 'Quantifying the Performance Impact of Shard-per-core Architecture']);
	});

	it('groups by date, newest first, with the day\'s conferences as detail', () => {
		const view = model(vault(), { group: 'date' });
		expect(view.groups.map((g) => [g.key, g.label, g.detail, g.rows.length])).toEqual([
			['2024-06-01', '2024-06-01', 'RustConf', 2],
			['2023-10-18', '2023-10-18', 'ScyllaDB P99 Conf', 7],
		]);
	});

	it('keeps search rank order inside groups and gives terms to highlight', () => {
		const index = vault();
		const ranked = index.search('zig').map((hit) => index.talk(hit.id)?.title);
		const view = model(index, { query: 'zig', group: 'date' });
		expect(view.matched).toBe(2);
		const all = view.groups.flatMap((g) => titles(g.rows));
		expect(all.sort()).toEqual([...ranked].sort());
		expect(titles(view.groups[1].rows)).toEqual([PANEL]);
		expect(view.groups[1].rows[0].highlight).toEqual(['zig']);

		const carl = model(index, { query: 'carl', group: 'conference' });
		const scylla = carl.groups.find((g) => g.key === 'scylladb-p99-conf');
		const order = index.search('carl').map((hit) => index.talk(hit.id)?.title).filter((t) => t !== 'Tokio in Depth');
		expect(titles(scylla?.rows ?? [])).toEqual(order);
	});

	it('combines filters: OR within one kind of filter, AND across kinds', () => {
		const index = vault();
		const bySpeakers = model(index, { group: 'date', filters: { speakers: ['glauber-costa', 'armin-ronacher'] } });
		expect(bySpeakers.matched).toBe(3);
		const glauberAndCarl = model(index, { group: 'date', filters: { speakers: ['glauber-costa'], topics: ['rust'] } });
		expect(glauberAndCarl.groups.flatMap((g) => titles(g.rows))).toEqual([PANEL]);
		const keynotes = model(index, { group: 'conference', filters: { kinds: ['keynote', 'panel'] } });
		expect(keynotes.groups.flatMap((g) => titles(g.rows))).toEqual(['Keynote: Community', PANEL]);
		const rustconfCarl = model(index, { group: 'speaker', filters: { conferences: ['rustconf'], speakers: ['carl-lerche'] } });
		expect(rustconfCarl.groups.map((g) => [g.label, titles(g.rows)])).toEqual([['Carl Lerche', ['Tokio in Depth']]]);
		const none = model(index, { filters: { speakers: ['no-such-speaker'] } });
		expect(none.matched).toBe(0);
		expect(none.groups).toEqual([]);
		expect(none.totals.talks).toBe(9);
	});

	it('combines a query with filters', () => {
		const index = vault();
		expect(index.search('tokio').length).toBeGreaterThan(1);
		const view = model(index, { query: 'tokio', group: 'conference', filters: { conferences: ['rustconf'] } });
		expect(view.groups.map((g) => titles(g.rows))).toEqual([['Tokio in Depth']]);
	});
});
