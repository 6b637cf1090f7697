/**
 * Talk records come out of a constructor with their fields in one fixed order. The order is
 * what users see in the command-line tool's JSON and in the cache; the constructor is what
 * keeps V8 from pretenuring the records (see `TalkDraft` in src/core/parse/talks.ts).
 */
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
		expect(JSON.parse(JSON.stringify(plain))).toEqual({ ...plain });
	});
});
