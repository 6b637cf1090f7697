import { note, parse, talk, titles } from './parse-helpers';

describe('what a talk line is (section 3)', () => {
	it('is an item at the talk level with a speaker, a session kind, or child bullets', () => {
		const extract = parse(note(
			'[[Conf]]',
			'- Fast Queues ~ Ada Byron',
			'- Keynote: Opening the Conference',
			'- Quantifying the Performance Impact',
			'\t- shards per core',
			'- lunch',
			'- coffee with the team',
		));
		expect(titles(extract)).toEqual(['Fast Queues', 'Opening the Conference', 'Quantifying the Performance Impact']);
		expect(talk(extract, 'Opening the Conference').kind).toBe('keynote');
	});

	it('never takes a task item for a talk, even one with a speaker and children', () => {
		const extract = parse(note('[[Conf]]', '- [ ] buy the recording', '- [x] Fast Queues ~ Ada Byron', '\t- notes', '- Real Talk ~ Bo Linde'));
		expect(titles(extract)).toEqual(['Real Talk']);
	});

	it('does not take bullets nested under a talk for talks', () => {
		const extract = parse(note('[[Conf]]', '- Fast Queues ~ Ada Byron', '\t- Slow Queues ~ Bo Linde', '\t\t- deep'));
		expect(titles(extract)).toEqual(['Fast Queues']);
		expect(extract.talks[0].notes).toBe(note('- Slow Queues ~ Bo Linde', '\t- deep'));
	});

	it('reads a list-item or paragraph link that has a speaker as a talk, not a context', () => {
		const extract = parse(note('[[Conf]]', '- [[Ada Byron]]: Fast Queues', '\t- notes'));
		expect(extract.conferences.map((mention) => mention.name)).toEqual(['Conf']);
		expect(titles(extract)).toEqual(['Fast Queues']);
		expect(extract.talks[0].speakers.map((speaker) => speaker.name)).toEqual(['Ada Byron']);
	});

	it('adds the speakers named on the first child line, once each', () => {
		const extract = parse(note(
			'[[Conf]]',
			'- Panel: Rust vs Zig ~ Glauber Costa',
			'\t- Glauber Costa (Turso), Carl Lerche (Tokio), Jarred Sumner (BunJs)',
			'\t- notes',
		));
		const panel = extract.talks[0];
		expect(panel.speakers.map((speaker) => speaker.name)).toEqual(['Glauber Costa', 'Carl Lerche', 'Jarred Sumner']);
		expect(panel.speakers[0].affiliation).toBe('Turso');
	});

	it('reads a moderator line and a panelists line together, but stops at the first other line', () => {
		const extract = parse(note(
			'[[Conf]]',
			'- Panel: Open Source Funding',
			'\t- Moderator: Hal Oates',
			'\t- Ida Quinn, Jon Ruiz',
			'\t- foundations are slow',
			'\t- Bo Linde, Cy Young',
		));
		expect(extract.talks[0].speakers).toEqual([
			{ name: 'Hal Oates', role: 'moderator' },
			{ name: 'Ida Quinn' },
			{ name: 'Jon Ruiz' },
		]);
	});

	it('makes a talk of an item whose only speakers are on its first child line', () => {
		const extract = parse(note('[[Conf]]', '- Fast Queues', '\tSpeakers: Ada Byron and Bo Linde'));
		expect(extract.talks.map((found) => found.speakers.map((speaker) => speaker.name))).toEqual([['Ada Byron', 'Bo Linde']]);
	});

	it('names a speaker of both the talk line and its speaker line once, with what either says of them', () => {
		const extract = parse(note('[[Conf]]', '- Fast Queues ~ [[Ada Byron]]', '\tSpeakers: Cy Dunn, Ada Byron (Acme), Bo Linde'));
		expect(extract.talks[0].speakers).toEqual([{ name: 'Ada Byron', link: 'Ada Byron', affiliation: 'Acme' }, { name: 'Cy Dunn' }, { name: 'Bo Linde' }]);
	});

	it('lists a talk\u2019s links once each, the title\u2019s first, in the order they are written', () => {
		const extract = parse(note('[[Conf]]', '- [Fast Queues](https://a.dev) ~ Ada Byron', '\tsee https://b.dev and [[Queues]]', '\tagain https://a.dev, [[Queues]] and https://b.dev'));
		expect(extract.talks[0].links).toEqual(['https://a.dev', 'https://b.dev', 'Queues']);
	});

	it('uses a block id as the stable id and otherwise the date and title', () => {
		const extract = parse(note('[[Conf]]', '- Fast Queues ~ Ada Byron ^fast-q', '- Slow Queues ~ Bo Linde'));
		expect(extract.talks.map((found) => [found.id, found.blockId])).toEqual([
			['fast-q', 'fast-q'],
			['2024-05-01-slow-queues', undefined],
		]);
		expect(parse(note('[[Conf]]', '- Fast Queues ~ Ada Byron'), { fileDate: undefined, path: 'Talks.md' }).talks[0].id).toBe('undated-fast-queues');
	});

	it('keeps ids unique within a note: -2, -3 for the same title again', () => {
		const extract = parse(note('[[A]]', '- Intro ~ Ada Byron', '[[B]]', '- Intro ~ Bo Linde', '- Intro ~ Cy Young'));
		expect(extract.talks.map((found) => found.id)).toEqual(['2024-05-01-intro', '2024-05-01-intro-2', '2024-05-01-intro-3']);
	});

	it('puts a note written on the talk line first in the notes', () => {
		const extract = parse(note('[[Conf]]', '- **Fast Queues** (Ada Byron) - great demo', '\t- child'));
		expect(extract.talks[0].title).toBe('Fast Queues');
		expect(extract.talks[0].notes).toBe(note('great demo', '- child'));
	});

	it('repairs a title damaged by a wrong encoding, leaving the note as written', () => {
		const text = note('[[Conf]]', '- Rust vs Zig ðŸ¤¯ ~ Ada Byron');
		expect(parse(text).talks[0].title).toBe('Rust vs Zig 🤯');
	});
});
