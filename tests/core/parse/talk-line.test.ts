import { readFileSync } from 'fs';
import { join } from 'path';
import { NO_PEOPLE, type PeopleDirectory } from '../../../src/core/parse/parse-context';
import { splitTalkLine, type TalkLineParts } from '../../../src/core/parse/talk-line';
import { fold } from '../../../src/core/text/fold';
import { HOSTILE_UNITS, MAX_SLOWDOWN, repeatTo, slowdown } from './linear-time';

/** A tiny directory: Ada Byron (alias `Ada`) and Carl Lerche (alias `carllerche`). */
const people: PeopleDirectory = {
	canonical: (name) =>
		(({ 'ada byron': 'Ada Byron', ada: 'Ada Byron', 'carl lerche': 'Carl Lerche', carllerche: 'Carl Lerche' }) as Record<string, string>)[fold(name)],
};

const split = (text: string, dir: PeopleDirectory = NO_PEOPLE): TalkLineParts => splitTalkLine(text, dir);
const names = (parts: TalkLineParts): string[] => parts.speakers.map((s) => s.name);

const SEED = join(__dirname, '../../../../shared/fixtures');

describe('splitTalkLine', () => {
	it('splits every talk line of the seed note as seed.json expects', () => {
		const note = readFileSync(join(SEED, 'vaults/seed/2023-10-18.md'), 'utf8');
		const expected = JSON.parse(readFileSync(join(SEED, 'expected/seed.json'), 'utf8')) as {
			talks: { title: string; speakers: string[]; kind: string; track?: string }[];
		};
		const lines = note.split('\n').filter((l) => l.startsWith('+ ')).map((l) => l.slice(2));
		expect(lines).toHaveLength(expected.talks.length);
		lines.forEach((line, k) => {
			const want = expected.talks[k];
			const parts = split(line);
			expect(parts.title).toBe(want.title);
			expect(parts.kind).toBe(want.kind);
			expect(parts.track).toBe(want.track);
			// The panel's three speakers come from its first child line (speaker-line.test.ts).
			expect(names(parts)).toEqual(want.kind === 'panel' ? [] : want.speakers);
		});
	});

	it('tilde: title ~ speaker', () => {
		expect(split('Ingesting in Rust ~ Armin Ronacher')).toMatchObject({ title: 'Ingesting in Rust', speakers: [{ name: 'Armin Ronacher' }] });
		expect(split('Fast Queues ~ Ada Byron - great demo')).toMatchObject({ title: 'Fast Queues', firstNote: 'great demo' });
		// `~5ms` and `~~struck~~` are not separators.
		expect(split('Latency at ~5ms for all')).toMatchObject({ title: 'Latency at ~5ms for all', speakers: [] });
		expect(split('~~Old Title~~ New Title')).toMatchObject({ title: '~~Old Title~~ New Title', speakers: [] });
	});

	it('em dash, spaced en dash and -- separate title and speaker', () => {
		expect(split('Fast Queues — Ada Byron (Acme)')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron', affiliation: 'Acme' }] });
		expect(split('Fast Queues -- Ada Byron')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron' }] });
		expect(split('Fast Queues – Ada Byron')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron' }] });
		expect(split('Fast Queues—Ada Byron')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron' }] });
		// An unspaced en dash is a range; a name on the left is taken when the right is no name.
		expect(split('Rust 2019–2023 retrospective')).toMatchObject({ title: 'Rust 2019–2023 retrospective', speakers: [] });
		expect(split('Ada Byron — why queues are fast')).toMatchObject({ title: 'why queues are fast', speakers: [{ name: 'Ada Byron' }] });
	});

	it('name then colon', () => {
		expect(split("Jon Haddad: Distributed System Performance Troubleshooting Like You've Been Doing It for 20 Years")).toMatchObject({
			title: "Distributed System Performance Troubleshooting Like You've Been Doing It for 20 Years",
			speakers: [{ name: 'Jon Haddad' }],
		});
		expect(split('Ada Byron (Acme): Fast Queues').speakers).toEqual([{ name: 'Ada Byron', affiliation: 'Acme' }]);
	});

	it('a colon after a non-name keeps the whole line as title', () => {
		for (const line of ['Coding for speed: Rust vs Zig', 'Scaling Kafka: lessons from prod', 'Opening Remarks: Welcome', 'Day 2: Rust in Prod', 'Q&A: Ada Byron']) {
			expect(split(line)).toMatchObject({ title: line, speakers: [] });
		}
	});

	it('trailing by', () => {
		expect(split('Why Tests Flake by Bo Linde')).toMatchObject({ title: 'Why Tests Flake', speakers: [{ name: 'Bo Linde' }] });
		expect(split('Talk by [[Ada Byron]]')).toMatchObject({ title: 'Talk', speakers: [{ name: 'Ada Byron', link: 'Ada Byron' }] });
		expect(split('Stand by Me')).toMatchObject({ title: 'Stand by Me', speakers: [] });
		expect(split('Driven by data, not by Opinions')).toMatchObject({ speakers: [] });
	});

	it('trailing parentheses holding names', () => {
		expect(split('Zero-copy Parsing (Ada Byron, Bo Linde)')).toMatchObject({ title: 'Zero-copy Parsing', speakers: [{ name: 'Ada Byron' }, { name: 'Bo Linde' }] });
		expect(split('Zero-copy Parsing (Ada Byron (Acme))').speakers).toEqual([{ name: 'Ada Byron', affiliation: 'Acme' }]);
		expect(split('Fast Queues (Part 2)')).toMatchObject({ title: 'Fast Queues (Part 2)', speakers: [] });
		expect(split('Fast Queues (the sequel)')).toMatchObject({ speakers: [] });
	});

	it('a wikilink is a name in every rule, named by its target', () => {
		const ada = { name: 'Ada Byron', link: 'Ada Byron' };
		expect(split('[[Ada Byron]]: Fast Queues')).toMatchObject({ title: 'Fast Queues', speakers: [ada] });
		expect(split('Fast Queues ~ [[Ada Byron|Ada]]')).toMatchObject({ title: 'Fast Queues', speakers: [ada] });
		expect(split('Fast Queues — [[Ada Byron]] (Acme)').speakers).toEqual([{ ...ada, affiliation: 'Acme' }]);
		expect(split('Fast Queues by [[People/Ada Byron|Ada]]').speakers).toEqual([{ name: 'Ada Byron', link: 'People/Ada Byron' }]);
		expect(split('Fast Queues ([[Ada Byron]], [[Bo Linde]])').speakers.map((s) => s.link)).toEqual(['Ada Byron', 'Bo Linde']);
		// A wikilink whose text is no name is not a speaker.
		expect(split('[[Dapper]]: tracing at scale')).toMatchObject({ speakers: [] });
	});

	it('a markdown link whose text is a name is a speaker', () => {
		expect(split('Fast Queues - [Ada Byron](https://ada.dev)')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron' }] });
		expect(split('[Ada Byron](https://ada.dev): Fast Queues')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron' }] });
		expect(split('Fast Queues ~ [Ada Byron](https://ada.dev/a_(b)) & Bo Linde').speakers).toEqual([{ name: 'Ada Byron' }, { name: 'Bo Linde' }]);
	});

	it('a link to a known person anywhere makes a speaker; the title shows links as text', () => {
		expect(split('Fast Queues, a talk from [[Ada Byron]]', people)).toMatchObject({
			title: 'Fast Queues, a talk from Ada Byron',
			speakers: [{ name: 'Ada Byron', link: 'Ada Byron' }],
		});
		const mixed = split('Fast [[Queues]] with [[carllerche|Carl]] and [site](https://q.dev)', people);
		expect(mixed).toMatchObject({ title: 'Fast Queues with Carl and site', speakers: [{ name: 'carllerche', link: 'carllerche' }] });
		expect(mixed.titleLinks).toEqual(['Queues', 'https://q.dev']);
		// Unknown people are not guessed from a link in the middle of a sentence.
		expect(split('Fast Queues, a talk from [[Ada Byron]]')).toMatchObject({ title: 'Fast Queues, a talk from [[Ada Byron]]', speakers: [] });
	});

	it('looks like a name: 2-4 capitalised words, particles allowed, no digits', () => {
		expect(names(split('Python at Scale ~ Guido van Rossum'))).toEqual(['Guido van Rossum']);
		expect(names(split('Tapas ~ Maria de la Cruz'))).toEqual(['Maria de la Cruz']);
		expect(names(split('Fast Queues ~ Jean-Luc O’Neil'))).toEqual(['Jean-Luc O’Neil']);
		expect(names(split('Fast Queues ~ Ada Byron 2'))).toEqual([]);
		expect(names(split('Fast Queues ~ AWS Lambda'))).toEqual([]);
		expect(names(split('Fast Queues ~ One Two Three Four Five'))).toEqual([]);
		expect(names(split('Fast Queues ~ Ada'))).toEqual([]);
	});

	it('a known person or alias counts as a name and keeps the spelling as written', () => {
		expect(split('Fast Queues ~ carllerche', people).speakers).toEqual([{ name: 'carllerche' }]);
		expect(split('Fast Queues ~ Ada', people).speakers).toEqual([{ name: 'Ada' }]);
	});

	it('several speakers split on , & and /', () => {
		expect(names(split('Fast Queues ~ Ada Byron, Bo Linde & Cy Young and Di Moss / Ed Wu'))).toEqual(['Ada Byron', 'Bo Linde', 'Cy Young', 'Di Moss', 'Ed Wu']);
	});

	it('Name (Affiliation) gives an affiliation', () => {
		expect(split('Fast Queues ~ Glauber Costa (Turso), Carl Lerche (Tokio)').speakers).toEqual([
			{ name: 'Glauber Costa', affiliation: 'Turso' },
			{ name: 'Carl Lerche', affiliation: 'Tokio' },
		]);
	});

	it('a single hyphen separates only next to a link or a known person', () => {
		expect(split('Lessons Learned - Ada Byron')).toMatchObject({ title: 'Lessons Learned - Ada Byron', speakers: [] });
		expect(split('Lessons Learned - Ada Byron', people)).toMatchObject({ title: 'Lessons Learned', speakers: [{ name: 'Ada Byron' }] });
		expect(split('[[Ada Byron]] - Fast Queues - Part Two')).toMatchObject({ title: 'Fast Queues - Part Two', speakers: [{ name: 'Ada Byron' }] });
		expect(split('Fast Queues - [[Ada Byron]] - great demo')).toMatchObject({ title: 'Fast Queues', firstNote: 'great demo' });
		expect(split('Shard-per-core - why it wins')).toMatchObject({ title: 'Shard-per-core - why it wins', speakers: [] });
	});

	it('a bold or linked span at the start is the title', () => {
		expect(split('**Fast Queues** (Ada Byron) - great demo')).toEqual({
			title: 'Fast Queues',
			speakers: [{ name: 'Ada Byron' }],
			kind: 'talk',
			kindExplicit: false,
			titleLinks: [],
			firstNote: 'great demo',
		});
		expect(split('[Fast Queues](https://q.dev/talk) ~ Ada Byron')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron' }], titleLinks: ['https://q.dev/talk'] });
		expect(split('**[Fast Queues](https://q.dev)** ~ Ada Byron')).toMatchObject({ title: 'Fast Queues', titleLinks: ['https://q.dev'] });
		expect(split('**Fast Queues** - great demo')).toMatchObject({ title: 'Fast Queues', speakers: [], firstNote: 'great demo' });
		expect(split('[[Fast Queues]] ~ Ada Byron')).toMatchObject({ title: 'Fast Queues', titleLinks: ['Fast Queues'] });
		// A span that only starts the title stays part of it.
		expect(split('[[Rust]] in production')).toMatchObject({ title: 'Rust in production', speakers: [], titleLinks: ['Rust'] });
	});

	it('session kind prefixes set the kind and leave the title', () => {
		const cases: [string, string][] = [
			['Keynote: Fast Queues ~ Ada Byron', 'keynote'],
			['Panel: Fast Queues', 'panel'],
			['Workshop: Fast Queues', 'workshop'],
			['Tutorial: Fast Queues', 'tutorial'],
			['Lightning: Fast Queues', 'lightning'],
			['Lightning talk: Fast Queues', 'lightning'],
			['Fireside chat: Fast Queues', 'fireside'],
			['AMA: Fast Queues', 'ama'],
			['BoF: Fast Queues', 'bof'],
			['keynote: Fast Queues', 'keynote'],
			['**Keynote:** Fast Queues', 'keynote'],
			['**Keynote**: Fast Queues', 'keynote'],
			['**Keynote: Fast Queues**', 'keynote'],
		];
		for (const [line, kind] of cases) expect(split(line)).toMatchObject({ title: 'Fast Queues', kind, kindExplicit: true });
		expect(split('Keynote: Fast Queues ~ Ada Byron').speakers).toEqual([{ name: 'Ada Byron' }]);
		expect(split('Keynote: Ada Byron: Fast Queues')).toMatchObject({ title: 'Fast Queues', speakers: [{ name: 'Ada Byron' }] });
		expect(split('Fast Queues')).toMatchObject({ kind: 'talk', kindExplicit: false });
	});

	it('kind words in a leading segment set the kind and stay in the title', () => {
		expect(split('Live Discussion - Rust vs Zig')).toMatchObject({ kind: 'panel', title: 'Live Discussion - Rust vs Zig' });
		expect(split('Rust Panel | Where next')).toMatchObject({ kind: 'panel', track: 'Rust Panel' });
		expect(split('Fireside with the Founders - Rust at 10')).toMatchObject({ kind: 'fireside' });
		expect(split('Keynote - Fast Queues')).toMatchObject({ kind: 'keynote', title: 'Keynote - Fast Queues' });
		// Outside a leading segment the words are just words.
		expect(split('Building a Panel Data Pipeline')).toMatchObject({ kind: 'talk', kindExplicit: false });
		expect(split('Fast Queues - a panel favourite')).toMatchObject({ kind: 'talk' });
	});

	it('the segment before | is the track', () => {
		expect(split('Threads | Fast Queues ~ Ada Byron')).toMatchObject({ track: 'Threads', title: 'Threads | Fast Queues', speakers: [{ name: 'Ada Byron' }] });
		expect(split('Main Stage | Keynote: Fast Queues')).toMatchObject({ track: 'Main Stage', kind: 'keynote', title: 'Main Stage | Fast Queues' });
		// The | of a wikilink alias is no track separator.
		expect(split('[[Fast Queues|FQ]] ~ Ada Byron').track).toBeUndefined();
		expect(split('A very long first segment that reads like a sentence and not a track | x').track).toBeUndefined();
	});

	it('a trailing block id is taken off and kept', () => {
		expect(split('Ingesting in Rust ~ Armin Ronacher ^p99-rust')).toMatchObject({ title: 'Ingesting in Rust', blockId: 'p99-rust', speakers: [{ name: 'Armin Ronacher' }] });
		expect(split('Growth of x^2').blockId).toBeUndefined();
		expect(split('Fast Queues ^not_an_id!').blockId).toBeUndefined();
	});

	it('repairs mojibake in the title and names', () => {
		expect(split('CafÃ© Internals ~ JosÃ© Valim')).toMatchObject({ title: 'Café Internals', speakers: [{ name: 'José Valim' }] });
	});

	it('never throws and always gives a title on odd input', () => {
		for (const line of ['', ' ', '~', ':', '|', '^', '[[', ']]', '(', '**', '- - -', '[[]]', '[]()', '~ Ada Byron', 'Ada Byron ~', '|||', '**Ada Byron**']) {
			const parts = split(line, people);
			expect(typeof parts.title).toBe('string');
			expect(parts.title.length > 0 || line.trim() === '').toBe(true);
		}
	});

	it('stays linear on megabytes of hostile separators and brackets', () => {
		for (const unit of HOSTILE_UNITS) {
			const factor = slowdown(repeatTo(unit), (text) => splitTalkLine(text, people));
			expect({ unit, fast: factor < MAX_SLOWDOWN }).toEqual({ unit, fast: true });
		}
	}, 60000);
});
