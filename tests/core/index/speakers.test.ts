import { TalkIndex } from '../../../src/core/index/talk-index';
import { note, person } from '../../helpers/extract-builder';
import { seedExtract } from './seed-extract';

describe('speakers across notes', () => {
	it('merges names equal after folding case, accents and spaces into one speaker', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', speakers: ['Zoë  Müller'] }] }));
		index.upsert(note('2024-02-01.md', { talks: [{ title: 'B', speakers: ['zoe muller'] }] }));
		index.upsert(note('2024-03-01.md', { talks: [{ title: 'C', speakers: ['Zoë Müller'] }] }));
		const speakers = index.speakers();
		expect(speakers).toHaveLength(1);
		expect(speakers[0].id).toBe('zoe-muller');
		expect(speakers[0].talkIds).toEqual(['2024-03-01-c', '2024-02-01-b', '2024-01-01-a']);
		expect(index.speakerByName('ZOE MULLER')).toBe(speakers[0]);
	});

	it('shows the most frequent written form, ties by code-point order, whatever the note order', () => {
		const forms = ['ada byron', 'Ada Byron', 'Ada Byron', 'ADA BYRON'];
		const build = (order: number[]) => {
			const index = new TalkIndex();
			for (const i of order) index.upsert(note(`2024-01-0${i + 1}.md`, { talks: [{ title: 'T', speakers: [forms[i]] }] }));
			return index.speakers()[0].name;
		};
		expect(build([0, 1, 2, 3])).toBe('Ada Byron');
		expect(build([3, 2, 1, 0])).toBe('Ada Byron');
		const tie = (order: string[]) => {
			const index = new TalkIndex();
			order.forEach((name, i) => index.upsert(note(`2024-01-0${i + 1}.md`, { talks: [{ title: 'T', speakers: [name] }] })));
			return index.speakers()[0].name;
		};
		expect(tie(['ada byron', 'Ada Byron'])).toBe('Ada Byron');
		expect(tie(['Ada Byron', 'ada byron'])).toBe('Ada Byron');
	});

	it('collects affiliations per speaker, most frequent first, one written form each', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', speakers: ['Ada Byron (Acme)'] }] }));
		index.upsert(note('2024-02-01.md', { talks: [{ title: 'B', speakers: ['Ada Byron (Globex)'] }] }));
		index.upsert(note('2024-03-01.md', { talks: [{ title: 'C', speakers: ['Ada Byron (globex)'] }] }));
		index.upsert(note('2024-04-01.md', { talks: [{ title: 'D', speakers: ['Ada Byron (Globex)'] }] }));
		expect(index.speakers()[0].affiliations).toEqual(['Globex', 'Acme']);
		index.remove('2024-01-01.md');
		expect(index.speakers()[0].affiliations).toEqual(['Globex']);
	});

	it('makes a person note\'s aliases one speaker, named and linked by the note', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Tokio Internals', speakers: ['carllerche'] }] }));
		index.upsert(note('2024-02-01.md', { talks: [{ title: 'Async Rust', speakers: ['Carl Lerche'] }] }));
		expect(index.speakers().map((s) => s.name).sort()).toEqual(['Carl Lerche', 'carllerche']);

		index.upsert(person('People/Carl Lerche.md', 'Carl Lerche', ['carllerche']));
		const speakers = index.speakers();
		expect(speakers).toHaveLength(1);
		expect(speakers[0]).toEqual({
			id: 'carl-lerche',
			name: 'Carl Lerche',
			affiliations: [],
			aliases: ['carllerche'],
			talkIds: ['2024-02-01-async-rust', '2024-01-01-tokio-internals'],
			personNote: 'People/Carl Lerche.md',
		});
		expect(index.speakerByName('carllerche')).toBe(speakers[0]);
		expect(index.search('carllerche').map((h) => h.id).sort()).toEqual(['2024-01-01-tokio-internals', '2024-02-01-async-rust']);

		index.remove('People/Carl Lerche.md');
		expect(index.speakers().map((s) => s.name).sort()).toEqual(['Carl Lerche', 'carllerche']);
		expect(index.search('carllerche').map((h) => h.id)).toEqual(['2024-01-01-tokio-internals']);
	});

	it('names the speaker after the person note even when the talks write it otherwise', () => {
		const index = new TalkIndex();
		index.upsert(person('People/Jarred Sumner.md', 'Jarred Sumner', ['J', 'Jarred']));
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Bun', speakers: ['jarred'] }] }));
		expect(index.speakers().map((s) => [s.name, s.aliases, s.personNote])).toEqual([['Jarred Sumner', ['J', 'Jarred'], 'People/Jarred Sumner.md']]);
		expect(index.people().canonical('JARRED')).toBe('Jarred Sumner');
		expect(index.people().canonical('Jarred  Sumner')).toBe('Jarred Sumner');
		expect(index.people().canonical('Somebody Else')).toBeUndefined();
	});

	it('settles a name claimed by two person notes by path, whatever their order', () => {
		const build = (first: boolean) => {
			const index = new TalkIndex();
			const a = person('People/A Lee.md', 'Ann Lee', ['lee']);
			const b = person('People/B Lee.md', 'Bob Lee', ['lee']);
			for (const extract of first ? [a, b] : [b, a]) index.upsert(extract);
			index.upsert(note('2024-01-01.md', { talks: [{ title: 'T', speakers: ['Lee'] }] }));
			return [index.people().canonical('lee'), index.speakers()[0].name];
		};
		expect(build(true)).toEqual(['Ann Lee', 'Ann Lee']);
		expect(build(false)).toEqual(['Ann Lee', 'Ann Lee']);
	});

	it('lets a person\'s own name win over another person\'s alias', () => {
		const index = new TalkIndex();
		index.upsert(person('People/Carl Lerche.md', 'Carl Lerche', ['Carl']));
		index.upsert(person('People/Carl.md', 'Carl', []));
		expect(index.people().canonical('carl')).toBe('Carl');
	});

	it('removes a speaker with their last talk', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		const without = { ...seedExtract(), talks: seedExtract().talks.filter((t) => !t.speakers.some((s) => s.name === 'Armin Ronacher')) };
		index.upsert(without);
		expect(index.speakerByName('Armin Ronacher')).toBeUndefined();
		expect(index.speaker('armin-ronacher')).toBeUndefined();
		expect(index.speakers()).toHaveLength(5);
		expect(index.suggestSpeakers('armin')).toEqual([]);
	});

	it('touches only the changed note\'s speakers: others keep the very same record objects', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		index.upsert(note('2024-05-01.md', { conference: 'RustConf', talks: [{ title: 'Fast Queues', speakers: ['Ada Byron'] }] }));
		const carl = index.speakerByName('Carl Lerche');
		const scylla = index.conferenceByName('ScyllaDB P99 Conf');
		const seedTalk = index.talk('2023-10-18-ingesting-in-rust');
		const ada = index.speakerByName('Ada Byron');

		index.upsert(note('2024-05-01.md', { conference: 'RustConf', talks: [{ title: 'Faster Queues', speakers: ['Ada Byron', 'Bo Linde'] }] }));
		expect(index.speakerByName('Carl Lerche')).toBe(carl);
		expect(index.conferenceByName('ScyllaDB P99 Conf')).toBe(scylla);
		expect(index.talk('2023-10-18-ingesting-in-rust')).toBe(seedTalk);
		expect(index.speakerByName('Ada Byron')).not.toBe(ada);
		expect(index.speakerByName('Ada Byron')?.talkIds).toEqual(['2024-05-01-faster-queues']);
	});

	it('gives speakers whose names differ only in punctuation distinct, stable ids', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', speakers: ["Mary O'Neil"] }, { title: 'B', speakers: ['Mary O Neil'] }] }));
		const ids = index.speakers().map((s) => [s.name, s.id]).sort();
		expect(ids).toEqual([
			['Mary O Neil', 'mary-o-neil'],
			["Mary O'Neil", 'mary-o-neil~2'],
		]);
		expect(index.speaker('mary-o-neil~2')?.name).toBe("Mary O'Neil");
		index.remove('2024-01-01.md');
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', speakers: ["Mary O'Neil"] }] }));
		expect(index.speakers().map((s) => s.id)).toEqual(['mary-o-neil']);
	});

	it('sorts speakers by most talks, then by name', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', speakers: ['Zed Z', 'bea B'] }, { title: 'B', speakers: ['Zed Z'] }, { title: 'C', speakers: ['Al A'] }] }));
		expect(index.speakers().map((s) => s.name)).toEqual(['Zed Z', 'Al A', 'bea B']);
	});
});
