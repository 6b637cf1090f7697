import { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract } from '../../../src/core/model';
import { note } from '../../helpers/extract-builder';

/** Rebuilds from scratch: what an edited index must look like. */
function fresh(...extracts: NoteExtract[]): TalkIndex {
	const index = new TalkIndex();
	for (const extract of extracts) index.upsert(extract);
	return index;
}

function snapshot(index: TalkIndex) {
	return {
		talks: index.talks(),
		speakers: index.speakers(),
		conferences: index.conferences(),
		topics: index.topics(),
		search: ['queues', 'tracing', 'ada', 'bo', 'rust', 'zig'].map((q) => index.search(q)),
	};
}

const base = note('2024-05-01.md', {
	conference: 'RustConf',
	talks: [
		{ id: 'queues', title: 'Fast Queues', speakers: ['Ada Byron (Tokio)'], notes: 'lock-free rust rust', keywords: { rust: 2 } },
		{ id: 'tracing', title: 'Tracing at Scale', speakers: ['Bo Linde'], notes: 'spans', line: 20 },
	],
});

describe('editing one talk of a note (talks keep their slots)', () => {
	it('finds the edited text and forgets the old, like a fresh index', () => {
		const edited = note('2024-05-01.md', {
			conference: 'RustConf',
			talks: [
				{ id: 'queues', title: 'Fast Queues', speakers: ['Ada Byron (Tokio)'], notes: 'lock-free rust rust', keywords: { rust: 2 } },
				{ id: 'tracing', title: 'Tracing at Scale in Zig', speakers: ['Bo Linde'], notes: 'spans zig', line: 20, topics: ['zig'] },
			],
		});
		const index = fresh(base);
		const before = index.talk('queues');
		index.upsert(edited);
		expect(index.search('zig').map((hit) => hit.id)).toEqual(['tracing']);
		expect(index.talk('tracing')?.title).toBe('Tracing at Scale in Zig');
		// The untouched talk is the new extract's record, not a stale one.
		expect(index.talk('queues')).toBe(edited.talks[0]);
		expect(index.talk('queues')).not.toBe(before);
		expect(snapshot(index)).toEqual(snapshot(fresh(edited)));
	});

	it('moves speakers, affiliations, conference and keywords like a fresh index', () => {
		const edited = note('2024-05-01.md', {
			conference: 'RustConf',
			talks: [
				{ id: 'queues', title: 'Fast Queues', speakers: ['Ada Byron (Ferrous)', 'Bo Linde'], notes: 'lock-free', keywords: { queues: 2 } },
				{ id: 'tracing', title: 'Tracing at Scale', speakers: ['Bo Linde'], notes: 'spans', line: 25, conference: 'EuroRust' },
			],
		});
		const index = fresh(base);
		index.upsert(edited);
		expect(index.speakerByName('Ada Byron')?.affiliations).toEqual(['Ferrous']);
		expect(index.speakerByName('Bo Linde')?.talkIds).toEqual(['queues', 'tracing']);
		expect(index.conferenceByName('EuroRust')?.talkIds).toEqual(['tracing']);
		expect(snapshot(index)).toEqual(snapshot(fresh(edited)));
	});

	it('re-sorts talk lists when lines shift', () => {
		const swapped = note('2024-05-01.md', {
			conference: 'RustConf',
			talks: [
				{ id: 'queues', title: 'Fast Queues', speakers: ['Bo Linde'], line: 30 },
				{ id: 'tracing', title: 'Tracing at Scale', speakers: ['Bo Linde'], line: 20 },
			],
		});
		const index = fresh(note('2024-05-01.md', { conference: 'RustConf', talks: [{ id: 'queues', title: 'Fast Queues', speakers: ['Bo Linde'], line: 10 }, { id: 'tracing', title: 'Tracing at Scale', speakers: ['Bo Linde'], line: 20 }] }));
		expect(index.speakerByName('Bo Linde')?.talkIds).toEqual(['queues', 'tracing']);
		index.upsert(swapped);
		expect(index.speakerByName('Bo Linde')?.talkIds).toEqual(['tracing', 'queues']);
		expect(index.conferenceByName('RustConf')?.talkIds).toEqual(['tracing', 'queues']);
	});

	it('renames a talk whose title gives its id, moving colliding ids like a fresh index', () => {
		const other = note('a/2024-05-01.md', { conference: 'RustConf', talks: [{ title: 'Zig Night', speakers: ['Bo Linde'] }] });
		const mine = (titles: string[]) => note('b/2024-05-01.md', { conference: 'RustConf', talks: titles.map((title) => ({ title, speakers: ['Bo Linde'] })) });
		const index = fresh(other, mine(['Zig Night', 'Fast Queues']));
		expect(index.talksIn('b/2024-05-01.md').map((t) => t.id)).toEqual(['2024-05-01-zig-night~2', '2024-05-01-fast-queues']);
		index.upsert(mine(['Zig Nights', 'Zig Night']));
		expect(index.talksIn('b/2024-05-01.md').map((t) => t.id)).toEqual(['2024-05-01-zig-nights', '2024-05-01-zig-night~2']);
		expect(snapshot(index)).toEqual(snapshot(fresh(other, mine(['Zig Nights', 'Zig Night']))));
		index.upsert(mine(['Slow Queues', 'Fast Queues']));
		index.remove('a/2024-05-01.md');
		expect(index.talk('2024-05-01-zig-night')).toBeUndefined();
		expect(snapshot(index)).toEqual(snapshot(fresh(mine(['Slow Queues', 'Fast Queues']))));
	});
});
