/**
 * Note and talk records come out of constructors with their fields in one fixed order. The
 * order is what users see in the command-line tool's JSON and in the cache; the constructors
 * are what keep V8 from pretenuring the records (see `TalkDraft` in src/core/parse/talks.ts).
 */
import { ParsedNote } from '../../../src/core/parse/parsed-note';
import { TalkDraft } from '../../../src/core/parse/talks';
import { parse } from './parse-helpers';

const NOTE = [
	'[[RustConf 2024]]',
	'- Threads | Ingesting in Rust ~ Armin Ronacher ^ingest',
	'\t- notes about [[Tokio]] #async',
	'- Jon Haddad: Distributed Systems',
	'\t- notes',
].join('\n');

const FIELDS = ['id', 'title', 'speakers', 'kind', 'conference', 'date', 'file', 'line', 'endLine', 'headingPath', 'notes', 'images', 'links', 'topics', 'keywords', 'quotes'];

describe('talk records', () => {
	const extract = parse(NOTE, { path: '2024-09-10.md', fileDate: '2024-09-10' }, { autoKeywords: true });

	it('are built by the TalkDraft constructor, not as object literals', () => {
		expect(extract.talks).toHaveLength(2);
		for (const talk of extract.talks) expect(talk).toBeInstanceOf(TalkDraft);
	});

	it('list their fields in the documented order, block id and track last and only when written', () => {
		const [tracked, plain] = extract.talks;
		expect(Object.keys(tracked)).toEqual([...FIELDS, 'blockId', 'track']);
		expect(tracked.blockId).toBe('ingest');
		expect(tracked.track).toBe('Threads');
		expect(Object.keys(plain)).toEqual(FIELDS);
	});

	it('come in a note record built by the ParsedNote constructor, person only when there is one', () => {
		expect(extract).toBeInstanceOf(ParsedNote);
		expect(Object.keys(extract)).toEqual(['path', 'date', 'conferences', 'talks', 'diagnostics']);
		const plain = parse('- bought milk', { path: '2024-09-11.md', fileDate: '2024-09-11' });
		expect(plain).toBeInstanceOf(ParsedNote);
		expect(plain).toEqual({ path: '2024-09-11.md', date: '2024-09-11', conferences: [], talks: [], diagnostics: [] });
		const person = parse('---\ntype: person\naliases: [Armin]\n---\n', { path: 'People/Armin Ronacher.md', inPeopleFolder: true });
		expect(Object.keys(person)).toEqual(['path', 'date', 'person', 'conferences', 'talks', 'diagnostics']);
		expect(person.person?.name).toBe('Armin Ronacher');
	});
});
