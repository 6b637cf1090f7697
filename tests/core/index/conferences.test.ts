import { TalkIndex } from '../../../src/core/index/talk-index';
import { note } from '../../helpers/extract-builder';

describe('conferences across notes', () => {
	it('makes one conference per folded name, with every date sorted and unique', () => {
		const index = new TalkIndex();
		index.upsert(note('2023-10-19.md', { conference: 'scylladb p99 conf', talks: [{ title: 'Day two' }] }));
		index.upsert(note('2023-10-18.md', { conference: 'ScyllaDB P99 Conf', talks: [{ title: 'Day one' }, { title: 'Keynote' }] }));
		const conferences = index.conferences();
		expect(conferences).toHaveLength(1);
		expect(conferences[0]).toEqual({
			id: 'scylladb-p99-conf',
			name: 'ScyllaDB P99 Conf',
			dates: ['2023-10-18', '2023-10-19'],
			talkIds: ['2023-10-19-day-two', '2023-10-18-day-one', '2023-10-18-keynote'],
		});
		expect(index.conferenceByName('SCYLLADB  P99 CONF')).toBe(conferences[0]);
		expect(index.conference('scylladb-p99-conf')).toBe(conferences[0]);
	});

	it('takes dates from context lines too, and keeps a conference noted without talks', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-02-03.md', { conferences: [{ name: 'FOSDEM 2024', line: 3, date: '2024-02-03' }] }));
		index.upsert(note('2024-02-04.md', { conference: 'FOSDEM 2024', talks: [{ title: 'Rust in the kernel' }] }));
		expect(index.conferenceByName('FOSDEM 2024')?.dates).toEqual(['2024-02-03', '2024-02-04']);
		index.remove('2024-02-04.md');
		expect(index.conferenceByName('FOSDEM 2024')).toMatchObject({ dates: ['2024-02-03'], talkIds: [] });
		index.remove('2024-02-03.md');
		expect(index.conferences()).toEqual([]);
	});

	it('drops a date when the last note of that day goes', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-06-01.md', { conference: 'RustConf', talks: [{ title: 'A' }] }));
		index.upsert(note('2024-06-02.md', { conference: 'RustConf', talks: [{ title: 'B' }] }));
		index.remove('2024-06-01.md');
		expect(index.conferenceByName('RustConf')?.dates).toEqual(['2024-06-02']);
	});

	it('lists conferences newest first, those without dates last', () => {
		const index = new TalkIndex();
		index.upsert(note('2022-05-01.md', { conference: 'Old Conf', talks: [{ title: 'A' }] }));
		index.upsert(note('2024-05-01.md', { conference: 'New Conf', talks: [{ title: 'B' }] }));
		index.upsert(note('Somewhen.md', { conference: 'Undated Conf', talks: [{ title: 'C' }] }));
		index.upsert(note('2023-05-01.md', { conference: 'Mid Conf', talks: [{ title: 'D' }] }));
		expect(index.conferences().map((c) => c.name)).toEqual(['New Conf', 'Mid Conf', 'Old Conf', 'Undated Conf']);
	});
});
