import { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract } from '../../../src/core/model';
import { note, person } from '../../helpers/extract-builder';
import { SEED_PATH, seedExtract } from './seed-extract';

const day = (path: string, titles: string[], speaker = 'Ada Byron') =>
	note(path, { conference: 'RustConf', talks: titles.map((title) => ({ title, speakers: [speaker] })) });

describe('TalkIndex as the single source of truth', () => {
	it('indexes the seed note: seven talks, newest first then by line, one conference, six speakers', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		expect(index.talks().map((t) => t.line)).toEqual([6, 16, 46, 70, 92, 111, 159]);
		expect(index.conferences().map((c) => [c.name, c.dates, c.talkIds.length])).toEqual([['ScyllaDB P99 Conf', ['2023-10-18'], 7]]);
		expect(index.speakers().map((s) => [s.name, s.talkIds.length, s.affiliations])).toEqual([
			['Carl Lerche', 2, ['Tokio']],
			['Glauber Costa', 2, ['Turso']],
			['Adam Chalmers', 1, []],
			['Armin Ronacher', 1, []],
			['Jarred Sumner', 1, ['BunJs']],
			['Jon Haddad', 1, []],
		]);
		expect(index.paths()).toEqual([SEED_PATH]);
		expect(index.note(SEED_PATH)).toBe(index.note(SEED_PATH));
	});

	it('sorts talks newest first, then by file, then by line, undated last', () => {
		const index = new TalkIndex();
		index.upsert(day('b/2024-05-01.md', ['B1', 'B2']));
		index.upsert(day('a/2024-05-01.md', ['A1']));
		index.upsert(day('2023-01-01.md', ['Old']));
		index.upsert(note('Someday.md', { talks: [{ title: 'No date' }] }));
		expect(index.talks().map((t) => t.title)).toEqual(['A1', 'B1', 'B2', 'Old', 'No date']);
	});

	it('bumps the revision and fires exactly one change event per upsert, remove and clear', () => {
		const index = new TalkIndex();
		const seen: number[] = [];
		const stop = index.onChange((revision) => seen.push(revision));
		index.upsert(seedExtract());
		index.upsert(day('2024-05-01.md', ['Fast Queues', 'Slow Queues']));
		index.remove(SEED_PATH);
		index.clear();
		expect(seen).toEqual([1, 2, 3, 4]);
		expect(index.revision).toBe(4);
		stop();
		index.upsert(seedExtract());
		expect(seen).toEqual([1, 2, 3, 4]);
		expect(index.revision).toBe(5);
	});

	it('changes nothing and fires nothing for an unchanged note, an unknown path or clearing an empty index', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		const listener = jest.fn();
		index.onChange(listener);
		index.upsert(seedExtract());
		index.remove('nope.md');
		expect(listener).not.toHaveBeenCalled();
		expect(index.revision).toBe(1);
		index.clear();
		index.clear();
		expect(listener).toHaveBeenCalledTimes(1);
		expect(index.talks()).toEqual([]);
		expect(index.speakers()).toEqual([]);
		expect(index.conferences()).toEqual([]);
		expect(index.topics()).toEqual([]);
		expect(index.search('rust')).toEqual([]);
	});

	it('tells every listener even when one of them throws', () => {
		const index = new TalkIndex();
		const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
		const after = jest.fn();
		index.onChange(() => {
			throw new Error('view broke');
		});
		index.onChange(after);
		expect(() => index.upsert(seedExtract())).not.toThrow();
		expect(after).toHaveBeenCalledWith(1);
		expect(spy).toHaveBeenCalled();
		spy.mockRestore();
	});

	it('replaces a note on upsert: old talks, speakers and search terms go', () => {
		const index = new TalkIndex();
		index.upsert(day('2024-05-01.md', ['Fast Queues'], 'Ada Byron'));
		index.upsert(day('2024-05-01.md', ['Slow Stacks'], 'Bo Linde'));
		expect(index.talks().map((t) => t.title)).toEqual(['Slow Stacks']);
		expect(index.speakers().map((s) => s.name)).toEqual(['Bo Linde']);
		expect(index.search('queues')).toEqual([]);
		expect(index.search('stacks').map((h) => h.id)).toEqual(['2024-05-01-slow-stacks']);
	});

	it('treats a rename as remove plus upsert', () => {
		const index = new TalkIndex();
		const before = day('2024-05-01.md', ['Fast Queues']);
		index.upsert(before);
		const moved: NoteExtract = { ...before, path: 'Archive/2024-05-01.md', talks: before.talks.map((t) => ({ ...t, file: 'Archive/2024-05-01.md' })) };
		index.remove(before.path);
		index.upsert(moved);
		expect(index.paths()).toEqual(['Archive/2024-05-01.md']);
		expect(index.talk('2024-05-01-fast-queues')?.file).toBe('Archive/2024-05-01.md');
		expect(index.speakerByName('Ada Byron')?.talkIds).toEqual(['2024-05-01-fast-queues']);
		expect(index.search('fast').map((h) => h.id)).toEqual(['2024-05-01-fast-queues']);
	});

	it('gives a note its talks with index-wide ids, and forgets a path on remove', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		expect(index.talksIn(SEED_PATH).map((t) => t.line)).toEqual([6, 16, 46, 70, 92, 111, 159]);
		index.remove(SEED_PATH);
		expect(index.talksIn(SEED_PATH)).toEqual([]);
		expect(index.note(SEED_PATH)).toBeUndefined();
		expect(index.paths()).toEqual([]);
	});

	it('collects every note\'s diagnostics, sorted by file then line', () => {
		const index = new TalkIndex();
		index.upsert(note('b.md', { diagnostics: [{ file: 'b.md', line: 9, message: 'late' }, { file: 'b.md', line: 2, message: 'early' }] }));
		index.upsert(note('a.md', { diagnostics: [{ file: 'a.md', line: 0, message: 'whole file' }] }));
		expect(index.diagnostics().map((d) => `${d.file}:${d.line}`)).toEqual(['a.md:0', 'b.md:2', 'b.md:9']);
		index.remove('b.md');
		expect(index.diagnostics().map((d) => d.message)).toEqual(['whole file']);
	});

	it('checks every field and every item of a stored talk record', () => {
		const index = new TalkIndex();
		const good = day('2024-05-01.md', ['Fast Queues']);
		const [talk] = good.talks;
		const broken = [
			{ ...talk, kind: 7 },
			{ ...talk, speakers: [{ name: 'Ada' }, { name: 'Cy' }, { affiliation: 'Acme' }] },
			{ ...talk, speakers: [{ name: 'Ada', affiliation: 3 }] },
			{ ...talk, topics: ['queues', 'rust', 5] },
			{ ...talk, links: [null] },
			// Keywords as records of the first cache format held them, and lists that do not pair up.
			{ ...talk, keywords: { Rust: 2 } },
			{ ...talk, keywords: { words: ['Rust', 'Tokio'], counts: [2] } },
			{ ...talk, keywords: { words: ['Rust'], counts: ['2'] } },
			{ ...talk, keywords: { words: [3], counts: [2] } },
		];
		index.upsert({ ...good, talks: [...good.talks, ...broken] } as unknown as NoteExtract);
		expect(index.talks().map((t) => t.title)).toEqual(['Fast Queues']);
		expect(index.diagnostics().map((d) => d.message)).toEqual(['Skipped 9 malformed talk record(s).']);
	});

	it('skips malformed talk records with a diagnostic instead of throwing', () => {
		const index = new TalkIndex();
		const good = day('2024-05-01.md', ['Fast Queues']);
		const broken = { ...good, talks: [...good.talks, { title: 42 }], person: 'nobody' } as unknown as NoteExtract;
		expect(() => index.upsert(broken)).not.toThrow();
		expect(index.talks().map((t) => t.title)).toEqual(['Fast Queues']);
		expect(index.diagnostics().map((d) => d.message)).toEqual(['Skipped 1 malformed talk record(s).', 'Skipped a malformed person record.']);
		expect(() => index.upsert(null as unknown as NoteExtract)).not.toThrow();
		expect(() => index.upsert({ path: 'x.md' } as unknown as NoteExtract)).not.toThrow();
		expect(index.paths()).toEqual(['2024-05-01.md', 'x.md']);
	});

	it('keeps talk records as given when their id is unique', () => {
		const index = new TalkIndex();
		const extract = seedExtract();
		index.upsert(extract);
		expect(index.talk(extract.talks[2].id)).toBe(extract.talks[2]);
		expect(index.talk(extract.talks[2].id)?.notes).toContain('Serde for JSON');
	});

	it('returns copies of its lists, so callers cannot corrupt the index', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		index.talks().length = 0;
		index.speakers().pop();
		expect(index.talks()).toHaveLength(7);
		expect(index.speakers()).toHaveLength(6);
	});

	it('keeps person notes out of the talks but in people()', () => {
		const index = new TalkIndex();
		index.upsert(person('People/Carl Lerche.md', 'Carl Lerche', ['carllerche']));
		expect(index.talks()).toEqual([]);
		expect(index.speakers()).toEqual([]);
		expect(index.people().canonical('CARLLERCHE')).toBe('Carl Lerche');
	});

	it('touches only the changed note\'s entries in a large vault: every other record stays the same object', () => {
		const index = new TalkIndex();
		const dayNote = (i: number, title: string) =>
			note(`2024-01-${String(i).padStart(3, '0')}.md`, { conference: `Conf ${i % 7}`, talks: [{ title, speakers: [`Speaker ${i}`] }] });
		for (let i = 0; i < 300; i++) index.upsert(dayNote(i, `Talk ${i}`));
		const speakers = new Map(index.speakers().map((s) => [s.id, s]));
		const talks = new Map(index.talks().map((t) => [t.id, t]));
		const conferences = new Map(index.conferences().map((c) => [c.id, c]));

		index.upsert(dayNote(42, 'Talk 42, revised'));
		const changedSpeakers = index.speakers().filter((s) => speakers.get(s.id) !== s).map((s) => s.name);
		const changedTalks = index.talks().filter((t) => talks.get(t.id) !== t).map((t) => t.title);
		const changedConferences = index.conferences().filter((c) => conferences.get(c.id) !== c).map((c) => c.name);
		expect(changedSpeakers).toEqual(['Speaker 42']);
		expect(changedTalks).toEqual(['Talk 42, revised']);
		expect(changedConferences).toEqual(['Conf 0']);
	});
});
