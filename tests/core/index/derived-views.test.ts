/**
 * The vault-wide views (talk order, speaker, conference and topic lists, the explorer
 * model) are kept up to date per note instead of rebuilt: after each change they must
 * show what a fresh index of the same notes shows.
 */
import { buildExplorerModel, NO_GROUP_KEY } from '../../../src/core/index/explorer-model';
import type { ExplorerQuery, Grouping } from '../../../src/core/index/index-api';
import { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract } from '../../../src/core/model';
import { note } from '../../helpers/extract-builder';

const model = (index: TalkIndex, query: Partial<ExplorerQuery> = {}) => buildExplorerModel(index, { query: '', group: 'conference', filters: {}, ...query });

/** What a user sees of an index, with rows read through the groups. */
function seen(index: TalkIndex): unknown {
	const groupings: Grouping[] = ['conference', 'speaker', 'topic', 'date'];
	return {
		talks: index.talks().map((talk) => talk.id),
		speakers: index.speakers(),
		conferences: index.conferences(),
		topics: index.topics(),
		explorer: groupings.map((group) =>
			model(index, { group }).groups.map((g) => ({ key: g.key, label: g.label, count: g.count, detail: g.detail, rows: g.rows.map((row) => row.talk.id) })),
		),
	};
}

function fresh(notes: readonly NoteExtract[]): TalkIndex {
	const index = new TalkIndex({ keywordsPerTalk: 2 });
	for (const extract of notes) index.upsert(extract);
	return index;
}

describe('views kept up to date per note', () => {
	it('after an edit the explorer shows the new title in its conference group, with the counts unchanged', () => {
		const day = (title: string) =>
			note('2024-05-01.md', { conference: 'RustConf', talks: [{ title, speakers: ['Ada Byron'] }, { title: 'Second', speakers: ['Bo Linde'] }] });
		const index = fresh([day('Async Rust'), note('2024-04-01.md', { conference: 'FOSDEM', talks: [{ title: 'Old one' }] })]);
		expect(model(index).groups.map((g) => [g.label, g.count])).toEqual([['RustConf', 2], ['FOSDEM', 1]]);
		index.upsert(day('Async Rust, revised'));
		const view = model(index);
		expect(view.groups.map((g) => [g.label, g.count])).toEqual([['RustConf', 2], ['FOSDEM', 1]]);
		expect(view.groups[0].take(1).map((row) => row.talk.title)).toEqual(['Async Rust, revised']);
		expect(view.totals).toEqual({ talks: 3, speakers: 2, conferences: 2, topics: index.topics().length });
	});

	it('gives only the rows asked for, in talk order', () => {
		const talks = Array.from({ length: 30 }, (_, i) => ({ title: `Talk ${i}` }));
		const index = fresh([note('2024-05-01.md', { conference: 'Big Conf', talks })]);
		const group = model(index).groups[0];
		expect(group.count).toBe(30);
		expect(group.take(3).map((row) => row.talk.title)).toEqual(['Talk 0', 'Talk 1', 'Talk 2']);
		expect(group.rows).toHaveLength(30);
	});

	it('a talk renamed by an id collision is listed under its new id in its topic', () => {
		const later = note('b.md', { date: '2024-05-01', talks: [{ title: 'Keynote', date: '2024-05-01', topics: ['Rust'] }] });
		const index = fresh([later]);
		expect(index.topicByName('rust')?.talkIds).toEqual(['2024-05-01-keynote']);
		// `a.md` sorts first, so it takes the plain id and the talk in `b.md` becomes `~2`.
		const earlier = note('a.md', { date: '2024-05-01', talks: [{ title: 'Keynote', date: '2024-05-01', topics: ['Zig'] }] });
		index.upsert(earlier);
		expect(index.topicByName('rust')?.talkIds).toEqual(['2024-05-01-keynote~2']);
		expect(seen(index)).toEqual(seen(fresh([later, earlier])));
	});

	it('talks that swap lines swap places in their topic', () => {
		const day = (first: number, second: number) =>
			note('2024-05-01.md', { talks: [{ title: 'One', topics: ['Rust'], line: first }, { title: 'Two', topics: ['Rust'], line: second }] });
		const index = fresh([day(2, 12)]);
		expect(index.topics().map((t) => t.talkIds)).toEqual([['2024-05-01-one', '2024-05-01-two']]);
		index.upsert(day(12, 2));
		expect(index.topics().map((t) => t.talkIds)).toEqual([['2024-05-01-two', '2024-05-01-one']]);
		expect(index.talks().map((t) => t.title)).toEqual(['Two', 'One']);
	});

	it('talks on the same date, file and line sort by id, whatever the order they came in', () => {
		const extract = note('x.md', { date: '2024-05-01', talks: [{ title: 'Zed', line: 3, id: 'zed' }, { title: 'Abe', line: 3, id: 'abe' }] });
		const index = fresh([extract]);
		expect(index.talks().map((t) => t.id)).toEqual(['abe', 'zed']);
		expect(model(index, { group: 'date' }).groups[0].take(1).map((row) => row.talk.id)).toEqual(['abe']);
	});

	it('automatic topics follow a change in the number of talks exactly as a fresh index chooses them', () => {
		// `kafka` is named often in one talk, `zig` less but is rarer: which wins depends on N.
		const base = note('2024-05-01.md', { talks: [{ title: 'Mixed', keywords: { kafka: 3, zig: 2 } }, { title: 'Kafka', keywords: { kafka: 2 } }] });
		const notes: NoteExtract[] = [base];
		const index = fresh(notes);
		for (let i = 0; i < 12; i++) {
			const filler = note(`2024-06-${String(i + 1).padStart(2, '0')}.md`, { talks: [{ title: `Filler ${i}`, keywords: { queues: 2 } }] });
			notes.push(filler);
			index.upsert(filler);
			expect(index.topicsOf('2024-05-01-mixed')).toEqual(fresh(notes).topicsOf('2024-05-01-mixed'));
			expect(seen(index)).toEqual(seen(fresh(notes)));
		}
	});

	it('counts talks without a conference, speaker or topic in their own last group', () => {
		const index = fresh([note('2024-05-01.md', { conference: '', conferences: [], talks: [{ title: 'Lonely' }, { title: 'Known', speakers: ['Ada Byron'], topics: ['Rust'] }] })]);
		for (const group of ['conference', 'speaker', 'topic'] as const) {
			const groups = model(index, { group }).groups;
			const last = groups[groups.length - 1];
			expect(last.key).toBe(NO_GROUP_KEY);
			expect(last.rows.map((row) => row.talk.title)).toEqual(group === 'conference' ? ['Lonely', 'Known'] : ['Lonely']);
		}
		index.remove('2024-05-01.md');
		expect(model(index, { group: 'speaker' }).groups).toEqual([]);
	});
});
