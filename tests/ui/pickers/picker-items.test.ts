import { TalkIndex } from '../../../src/core/index/talk-index';
import { speakerTalks } from '../../../src/core/index/selectors';
import { conferenceItems, countLabel, dateSpan, speakerItems, talkItems, topicItems } from '../../../src/ui/pickers/picker-items';
import { note, person } from '../../helpers/extract-builder';
import { seedExtract } from '../../core/index/seed-extract';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

function seed(): TalkIndex {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	return index;
}

describe('speaker picker rows', () => {
	it('lists the seed\'s six speakers, most talks first: Glauber Costa and Carl Lerche lead', () => {
		const rows = speakerItems(seed());
		expect(rows.map((row) => row.title)).toHaveLength(6);
		// Ties keep the index's order: by name.
		expect(rows.slice(0, 2).map((row) => row.title)).toEqual(['Carl Lerche', 'Glauber Costa']);
		expect(rows.slice(2).map((row) => row.value.talkIds.length)).toEqual([1, 1, 1, 1]);
	});

	it('shows talk count and affiliations on the second line', () => {
		const rows = speakerItems(seed());
		const byName = new Map(rows.map((row) => [row.title, row.detail]));
		expect(byName.get('Glauber Costa')).toBe('2 talks · Turso');
		expect(byName.get('Jarred Sumner')).toBe('1 talk · BunJs');
		expect(byName.get('Jon Haddad')).toBe('1 talk');
	});

	it('matches on aliases too, title first so highlights land in the name', () => {
		const index = seed();
		index.upsert(person('People/Carl Lerche.md', 'Carl Lerche', ['carllerche']));
		const carl = speakerItems(index).find((row) => row.title === 'Carl Lerche');
		expect(carl?.text).toBe('Carl Lerche carllerche');
		expect(carl?.text.startsWith(carl.title)).toBe(true);
	});
});

describe('topic and conference picker rows', () => {
	it('lists topics most talks first with counts', () => {
		const rows = topicItems(seed());
		expect(rows[0].title).toBe('Rust');
		expect(rows[0].detail).toBe('4 talks');
	});

	it('lists conferences newest first with their dates and talk count', () => {
		const index = seed();
		index.upsert(note('2024-09-10.md', { conference: 'RustConf 2024', talks: [{ title: 'Async Rust', speakers: ['Ada Byron'] }] }));
		index.upsert(note('2024-09-12.md', { conference: 'RustConf 2024', talks: [{ title: 'Embedded Rust', speakers: ['Bo Linde'] }] }));
		expect(conferenceItems(index).map((row) => [row.title, row.detail])).toEqual([
			['RustConf 2024', '2024-09-10 to 2024-09-12 · 2 talks'],
			['ScyllaDB P99 Conf', '2023-10-18 · 7 talks'],
		]);
	});
});

describe('talk picker rows', () => {
	it('shows title, then speakers, conference and date, and matches on all of them', () => {
		const index = seed();
		const rows = talkItems(speakerTalks(index, 'jarred-sumner'));
		expect(rows).toHaveLength(1);
		expect(rows[0].title).toBe(PANEL);
		expect(rows[0].detail).toBe('Glauber Costa, Carl Lerche, Jarred Sumner · ScyllaDB P99 Conf · 2023-10-18');
		expect(rows[0].text).toBe(`${PANEL} Glauber Costa, Carl Lerche, Jarred Sumner ScyllaDB P99 Conf`);
	});

	it('leaves out what a talk does not have', () => {
		const rows = talkItems(seed().talks());
		const shard = rows.find((row) => row.title.startsWith('Quantifying'));
		expect(shard?.detail).toBe('ScyllaDB P99 Conf · 2023-10-18');
	});
});

describe('labels', () => {
	it('counts and spans', () => {
		expect(countLabel(1)).toBe('1 talk');
		expect(countLabel(0)).toBe('0 talks');
		expect(dateSpan([])).toBe('');
		expect(dateSpan(['', '2024-01-02'])).toBe('2024-01-02');
		expect(dateSpan(['2024-01-02', '2024-01-02'])).toBe('2024-01-02');
	});
});
