/**
 * The seed acceptance run end to end: the real parser's extract of the seed note,
 * indexed. Complements the hand-made extract (seed-extract.ts), which keeps the
 * index tests independent of parser changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TalkIndex } from '../../../src/core/index/talk-index';
import { parseNote } from '../../../src/core/parse/parse-note';
import { NO_PEOPLE } from '../../../src/core/parse/parse-context';

const seedPath = join(__dirname, '..', '..', 'fixtures', 'vaults', 'seed', '2023-10-18.md');

function parsedSeed(): TalkIndex {
	const text = readFileSync(seedPath, 'utf8');
	const extract = parseNote(
		{ path: '2023-10-18.md', text, scope: 'daily', fileDate: '2023-10-18' },
		{ parseYaml: (source) => parseYaml(source) as unknown, people: NO_PEOPLE, topics: [], autoKeywords: true },
	);
	const index = new TalkIndex();
	index.upsert(extract);
	return index;
}

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

describe('the seed note through the real parser and the index', () => {
	const index = parsedSeed();
	const titles = (ids: readonly string[]) => ids.map((id) => index.talk(id)?.title);

	it('makes Rust a topic of exactly the four talks that name it', () => {
		expect(titles(index.topicByName('Rust')?.talkIds ?? []).sort()).toEqual(
			['High-Level Rust for Backend Programming', 'A Case for Rust Higher Up the Stack', PANEL, 'Ingesting in Rust'].sort(),
		);
	});

	it('meets the search acceptance queries', () => {
		expect(titles(index.search('zig').map((h) => h.id))[0]).toBe(PANEL);
		expect(titles(index.search('serde').map((h) => h.id)).sort()).toEqual(['High-Level Rust for Backend Programming', 'Ingesting in Rust']);
		expect(titles(index.search('glauber').map((h) => h.id)).sort()).toEqual([PANEL, 'Writing Low Latency Database Applications Even if Your Code Sucks'].sort());
		expect(titles(index.search('carl lerche').map((h) => h.id)).sort()).toEqual(['A Case for Rust Higher Up the Stack', PANEL].sort());
	});

	it('lists the six speakers with Glauber Costa and Carl Lerche on two talks each', () => {
		expect(index.speakers().map((s) => [s.name, s.talkIds.length])).toEqual([
			['Carl Lerche', 2],
			['Glauber Costa', 2],
			['Adam Chalmers', 1],
			['Armin Ronacher', 1],
			['Jarred Sumner', 1],
			['Jon Haddad', 1],
		]);
	});
});
