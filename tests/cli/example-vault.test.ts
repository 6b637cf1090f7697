/**
 * The example vault (examples/vault) shows every rule of the note format; this
 * checks that the index makes of it what the notes' author meant.
 */
import { indexVault, type VaultIndex } from '../../src/cli/build-index';
import type { Talk } from '../../src/core/model';
import { EXAMPLE_VAULT, talks } from './run-cli-helpers';

let vault: VaultIndex;
let all: Talk[];

beforeAll(async () => {
	vault = await indexVault(EXAMPLE_VAULT);
	all = vault.index.talks();
});

function talk(title: string): Talk {
	const found = all.find((t) => t.title === title);
	if (!found) throw new Error(`no talk titled "${title}"; titles: ${all.map((t) => t.title).join(' | ')}`);
	return found;
}

const speakers = (title: string) => talk(title).speakers.map((s) => s.name);

describe('the example vault', () => {
	it('indexes without diagnostics, and only daily or opted-in notes', () => {
		expect(vault.diagnostics).toEqual([]);
		expect(all).toHaveLength(45);
		expect(new Set(all.map((t) => t.file))).toEqual(
			new Set(['2023-10-18.md', '2024-03-12.md', '2024-03-13.md', '2024-03-14.md', '2024-05-22.md', '2024-06-07.md', 'Conferences/Harbor Rust Conf 2024.md', 'Conferences/Spring meetups.md']),
		);
	});

	it('finds each form of context line, naming the conference by the link target', () => {
		const conferenceOf = (file: string) => [...new Set(all.filter((t) => t.file === file).map((t) => t.conference))];
		expect(conferenceOf('2024-03-12.md')).toEqual(['Northwind DevConf 2024']); // paragraph: Day 1 at [[...]]
		expect(conferenceOf('2024-03-14.md')).toEqual(['Northwind DevConf 2024']); // list item, [[target|display]]
		expect(conferenceOf('2024-06-07.md')).toEqual(['Lakeside JS Day']); // frontmatter event:
		expect(conferenceOf('Conferences/Harbor Rust Conf 2024.md')).toEqual(['Harbor Rust Conf 2024']); // frontmatter conference:
		expect(conferenceOf('Conferences/Spring meetups.md')).toEqual(['Harbour Rust meetup']); // talks: true, #conference heading
	});

	it('keeps one conference across three consecutive days, and two conferences on one day', () => {
		const conferences = vault.index.conferences();
		const northwind = conferences.find((c) => c.name === 'Northwind DevConf 2024');
		expect(northwind?.dates).toEqual(['2024-03-12', '2024-03-13', '2024-03-14']);
		expect(northwind?.talkIds).toHaveLength(23);
		const on = (date: string) => conferences.filter((c) => c.dates.includes(date)).map((c) => c.name).sort();
		expect(on('2024-03-13')).toEqual(['Northwind DevConf 2024', 'Northwind Rust meetup']);
		expect(on('2024-05-22')).toEqual(['Data Systems Summit 2024', 'Harbour Frontend Night']);
	});

	it.each([
		['Fast Queues', ['Bo Linde']], // em dash, with affiliation
		['Observability Without the Bill', ['Tomasz Wierzbicki']], // name then colon
		['Why Tests Flake', ['Marta de Vries']], // trailing by, particle in the name
		['Zero-copy Parsing', ['Ada Byron', 'Bo Linde']], // trailing parentheses
		['Coding for Speed: Rust vs Zig in Production', []], // not a name before the colon
		['Caching at the Edge', ['Priya Raman']], // --
		['Schema Migrations for Offline Apps', ['Jonas Berg']], // bold title, then a first note
		['Postgres as a Queue', ['Lea Novak']], // linked title
		['Distributed Tracing for Humans', ['Priya Raman']], // single hyphen next to a link
		['Pairing at Scale', ['Omar Haddad', 'Marta de Vries']], // slash
		['Event Sourcing Pitfalls', ['Lea Novak', 'Omar Haddad']], // ampersand
		['Ship It Friday', ['Jonas Berg', 'Priya Raman']], // and
		['Build Systems, a talk from Ada Byron', ['Ada Byron']], // a person link anywhere
	])('splits "%s" into title and speakers %j', (title, names) => {
		expect(speakers(title)).toEqual(names);
	});

	it('keeps affiliations, bold titles and linked titles as the rules say', () => {
		expect(talk('Fast Queues').speakers[0]?.affiliation).toBe('Streamworks');
		expect(talk('Schema Migrations for Offline Apps').notes).toMatch(/^great demo/);
		expect(talk('Postgres as a Queue').links).toContain('https://example.com/talks/postgres-queue');
	});

	it('reads every session kind, the track, and block ids as stable ids', () => {
		const kinds = Object.fromEntries(
			[
				'The Next Ten Years of Local-first Software',
				'The Future of Edge Databases',
				'Property-based Testing in Practice',
				'Writing a Tiny Interpreter',
				'Error Handling Without Tears',
				'Clippy Lints You Should Turn On',
				'Maintaining Open Source for a Decade',
				'Main Stage | Fireside - Twenty Years of Build Systems',
				'Ask the Runtime Team',
				'Local-first in Production',
			].map((title) => [title, talk(title).kind]),
		);
		expect(kinds).toEqual({
			'The Next Ten Years of Local-first Software': 'keynote',
			'The Future of Edge Databases': 'panel',
			'Property-based Testing in Practice': 'workshop',
			'Writing a Tiny Interpreter': 'tutorial',
			'Error Handling Without Tears': 'lightning',
			'Clippy Lints You Should Turn On': 'lightning',
			'Maintaining Open Source for a Decade': 'fireside',
			'Main Stage | Fireside - Twenty Years of Build Systems': 'fireside',
			'Ask the Runtime Team': 'ama',
			'Local-first in Production': 'bof',
		});
		expect(talk('Main Stage | Fireside - Twenty Years of Build Systems').track).toBe('Main Stage');
		expect(vault.index.talk('nw24-keynote')?.title).toBe('The Next Ten Years of Local-first Software');
		expect(vault.index.talk('nw24-bof')?.title).toBe('Local-first in Production');
	});

	it('takes speakers from the first child line, with the moderator marked', () => {
		expect(speakers('Main Stage | Fireside - Twenty Years of Build Systems')).toEqual(['Marta de Vries', 'Jonas Berg']);
		expect(speakers('The Future of Edge Databases')).toEqual(['Ada Byron', 'Omar Haddad', 'Lea Novak']);
		const fireside = talk('Maintaining Open Source for a Decade').speakers;
		expect(fireside.map((s) => [s.name, s.role])).toEqual([
			['Jan Kowalczyk', undefined],
			['Priya Raman', 'moderator'],
		]);
	});

	it('attributes panel bullets to speakers by first name or initial', () => {
		const quotes = talk('The Future of Edge Databases').quotes.map((q) => q.speaker);
		expect(quotes).toEqual(['Ada Byron', 'Omar Haddad', 'Lea Novak']);
	});

	it('reads subheadings as talks, each up to the next subheading', () => {
		const day2 = all.filter((t) => t.file === '2024-03-13.md' && t.conference === 'Northwind DevConf 2024');
		expect(day2.map((t) => [t.line, t.endLine])).toEqual([
			[5, 8],
			[10, 13],
			[15, 18],
			[20, 27],
		]);
		expect(talk('Designing Calm APIs').headingPath).toEqual(['2024-03-13 Wed', '[[Northwind DevConf 2024]] (day 2)']);
	});

	it('makes one speaker of a person note, its aliases and every way of writing the name', () => {
		const carl = vault.index.speakers().find((s) => s.name === 'Carl Lerche');
		expect(carl?.aliases).toEqual(['carllerche']);
		expect(carl?.personNote).toBe('People/Carl Lerche.md');
		expect(carl?.talkIds.map((id) => vault.index.talk(id)?.title)).toContain('Questions about Tokio');
		expect(carl?.talkIds).toHaveLength(3);
		const ada = vault.index.speakers().find((s) => s.name === 'Ada Byron');
		expect(ada?.talkIds.map((id) => vault.index.talk(id)?.title).sort()).toEqual([
			'Build Systems, a talk from Ada Byron',
			'Local-first Sync Internals',
			'The Future of Edge Databases',
			'The Next Ten Years of Local-first Software',
			'Zero-copy Parsing',
		]);
	});

	it('collects images, links, tags and wikilink topics', () => {
		expect(talk('The Next Ten Years of Local-first Software').images).toEqual(['northwind-keynote-slide.png']);
		expect(talk('Event Sourcing Pitfalls').images).toEqual(['event-sourcing-diagram.png']);
		expect(talk('Fast Queues').topics).toEqual(expect.arrayContaining(['performance', 'queues', 'LMAX Disruptor']));
		expect(talk('Observability Without the Bill').topics).toContain('OpenTelemetry');
	});

	it('never makes talks of code, comments, quotes, callouts, tasks or lone items', () => {
		const lines = all.map((t) => `${t.title} ~ ${t.speakers.map((s) => s.name).join(', ')}`.toLowerCase());
		for (const notATalk of ['nobody special', 'lunch', 'coffee', 'pizza', 'closing remarks', 'travel home', 'watch the recording', 'buy the recordings']) {
			expect(lines.filter((line) => line.includes(notATalk))).toEqual([]);
		}
		expect(all.filter((t) => t.conference === 'Data Systems Summit 2024').map((t) => t.title)).toEqual([
			'Storage Is Cheap, Bandwidth Is Not',
			'Local-first Sync Internals',
			'Streaming Joins Explained',
		]);
	});

	it('prints its speakers through the CLI, most talks first', async () => {
		const run = await talks(['speakers', EXAMPLE_VAULT]);
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n')[2]).toMatch(/^Ada Byron\s+5\s+Inkwell Labs\s+A\. Byron, Ada$/);
	});
});
