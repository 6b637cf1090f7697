import { detach, detachExtract, StringPool } from '../../../src/core/index/detach-strings';
import { TalkIndex } from '../../../src/core/index/talk-index';
import { note } from '../../helpers/extract-builder';

describe('detaching strings from note texts', () => {
	it('keeps every value and every record object', () => {
		expect(detach('short')).toBe('short');
		expect(detach('A Case for Rust Higher Up the Stack')).toBe('A Case for Rust Higher Up the Stack');
		const extract = note('2024-05-01.md', {
			talks: [{ title: 'A Case for Rust Higher Up the Stack', speakers: ['Carl Lerche (Tokio Project)'], topics: ['asynchronous rust'], links: ['https://example.com/slides'], notes: '- a long line of notes about tokio' }],
		});
		const copy = JSON.parse(JSON.stringify(extract)) as unknown;
		const talk = extract.talks[0];
		const index = new TalkIndex();
		index.upsert(extract);
		expect(extract).toEqual(copy);
		expect(index.talk(talk.id)).toBe(talk);
		expect(index.search('tokio').map((hit) => hit.id)).toEqual([talk.id]);
	});

	it('leaves frozen records alone instead of throwing', () => {
		const extract = note('2024-05-01.md', { talks: [{ title: 'A Case for Rust Higher Up the Stack', topics: ['asynchronous rust'] }] });
		Object.freeze(extract.talks[0]);
		Object.freeze(extract.talks[0].topics);
		expect(() => detachExtract(extract)).not.toThrow();
		expect(extract.talks[0].title).toBe('A Case for Rust Higher Up the Stack');
	});

	// String identity cannot be observed from JavaScript: what interning saves shows in the benchmark's heap figure.
	it('shares one empty list across records and keeps every value, whatever the pool holds', () => {
		const pool = new StringPool();
		const talk = { title: 'A Case for Rust Higher Up the Stack', speakers: ['Carl Lerche (Tokio Project)'], topics: ['asynchronous rust'], notes: '- notes' };
		const first = note('2024-05-01.md', { talks: [talk] });
		const second = note('2024-05-02.md', { talks: [{ ...talk, title: 'Another talk about the same things' }] });
		const copies = [JSON.parse(JSON.stringify(first)) as unknown, JSON.parse(JSON.stringify(second)) as unknown];
		detachExtract(first, pool);
		detachExtract(second, pool);
		expect([first, second]).toEqual(copies);
		const [a, b] = [first.talks[0], second.talks[0]];
		expect(a.images).toBe(b.images);
		expect(Object.isFrozen(a.images)).toBe(true);
		expect(() => (a.images as string[]).push('x')).toThrow();
	});

	// The parser's lists must die young (see `detachExtract`): the index copies them, so a caller
	// that keeps or changes its lists after the upsert changes nothing the index answers from.
	it('keeps its own lists, speaker and conference mentions and quotes, not those of the caller', () => {
		const extract = note('2024-05-01.md', {
			conference: 'RustConf 2024',
			talks: [{ title: 'A Case for Rust Higher Up the Stack', speakers: ['Carl Lerche (Tokio Project)'], quotes: [{ speaker: 'Carl Lerche', line: 4, text: 'async all the way' }] }],
			diagnostics: [{ file: '2024-05-01.md', line: 3, message: 'Could not read this talk: test' }],
		});
		const lists = [extract.talks, extract.conferences, extract.diagnostics] as unknown[][];
		const [mention, quote, context] = [extract.talks[0].speakers[0], extract.talks[0].quotes[0], extract.conferences[0]];
		const index = new TalkIndex();
		index.upsert(extract);
		const kept = index.note('2024-05-01.md')!;
		expect([kept.talks, kept.conferences, kept.diagnostics]).toEqual(lists);
		for (const list of [kept.talks, kept.conferences, kept.diagnostics]) expect(lists).not.toContain(list);
		for (const list of lists) list.length = 0;
		expect(index.talks().map((talk) => talk.title)).toEqual(['A Case for Rust Higher Up the Stack']);
		expect(index.note('2024-05-01.md')!.diagnostics).toHaveLength(1);
		const talk = index.talks()[0];
		expect([talk.speakers[0], talk.quotes[0]]).toEqual([mention, quote]);
		(mention as { name: string }).name = 'Someone Else';
		(quote as { text: string }).text = 'changed after the upsert';
		expect(index.speakers().map((speaker) => speaker.name)).toEqual(['Carl Lerche']);
		expect(index.talks()[0].quotes[0].text).toBe('async all the way');
		(context as { name: string }).name = 'Another Conference';
		expect(index.note('2024-05-01.md')!.conferences.map((kept) => kept.name)).toEqual(['RustConf 2024']);
	});

	it('copies every field of every speaker mention, whatever its shape', () => {
		const speakers = [
			{ name: 'Ada Byron' },
			{ name: 'Carl Lerche', affiliation: 'Tokio Project' },
			{ name: 'Jon Haddad', link: 'People/Jon Haddad' },
			{ name: 'Glauber Costa', link: 'Glauber Costa', affiliation: 'Turso' },
			{ name: 'Kelsey Hightower', affiliation: 'Google', role: 'moderator' as const },
			{ name: 'Grace Hopper', link: 'Grace Hopper', role: 'moderator' as const },
		];
		const extract = note('2024-05-01.md', { talks: [{ title: 'Panel: the future of systems programming', speakers }] });
		const index = new TalkIndex();
		index.upsert(extract);
		const kept = index.talks()[0].speakers;
		expect(kept).toEqual(speakers);
		expect(kept.map((mention) => Object.keys(mention))).toEqual(speakers.map((mention) => Object.keys(mention)));
	});
});
