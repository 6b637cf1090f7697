import { NO_PEOPLE, type PeopleDirectory } from '../../../src/core/parse/parse-context';
import { parseSpeakerLine } from '../../../src/core/parse/speaker-line';
import { fold } from '../../../src/core/text/fold';
import { HOSTILE_UNITS, MAX_SLOWDOWN, repeatTo, slowdown } from './linear-time';

const people: PeopleDirectory = { canonical: (name) => (fold(name) === 'carllerche' ? 'Carl Lerche' : undefined) };
const parse = (text: string) => parseSpeakerLine(text, NO_PEOPLE);

describe('parseSpeakerLine', () => {
	it('reads the seed panel line: three names with affiliations', () => {
		expect(parse('Glauber Costa (Turso), Carl Lerche (Tokio), Jarred Sumner (BunJs)')).toEqual([
			{ name: 'Glauber Costa', affiliation: 'Turso' },
			{ name: 'Carl Lerche', affiliation: 'Tokio' },
			{ name: 'Jarred Sumner', affiliation: 'BunJs' },
		]);
	});

	it('a list of two or more names, split on , & and /', () => {
		expect(parse('Ada Byron & Bo Linde')?.map((s) => s.name)).toEqual(['Ada Byron', 'Bo Linde']);
		expect(parse('Ada Byron / Bo Linde / [[Cy Young]]')).toEqual([{ name: 'Ada Byron' }, { name: 'Bo Linde' }, { name: 'Cy Young', link: 'Cy Young' }]);
	});

	it('one name alone, or a list with a non-name, is an ordinary note', () => {
		expect(parse('Glauber Costa (Turso)')).toBeNull();
		expect(parse('carl')).toBeNull();
		expect(parse('speeding up networking in linux')).toBeNull();
		expect(parse('Ada Byron, and a lot of people from Acme')).toBeNull();
		expect(parse('Serde, Diesel, SQLx')).toBeNull();
		expect(parse('')).toBeNull();
	});

	it('Speaker: / Speakers: / Panelists: labels, any case, accept single names and skip non-names', () => {
		expect(parse('Speaker: Ada Byron')).toEqual([{ name: 'Ada Byron' }]);
		expect(parse('speakers: Ada Byron (Acme), Bo Linde')).toEqual([{ name: 'Ada Byron', affiliation: 'Acme' }, { name: 'Bo Linde' }]);
		expect(parse('PANELISTS: Ada, Bo Linde, someone from Acme')?.map((s) => s.name)).toEqual(['Ada', 'Bo Linde']);
		expect(parse('Speakers: tbd')).toBeNull();
	});

	it('with / by prefixes need real names', () => {
		expect(parse('with Ada Byron and Bo Linde')?.map((s) => s.name)).toEqual(['Ada Byron', 'Bo Linde']);
		expect(parse('By [[Ada Byron]]')).toEqual([{ name: 'Ada Byron', link: 'Ada Byron' }]);
		expect(parse('with a focus on latency')).toBeNull();
		expect(parse('by far the best talk')).toBeNull();
	});

	it('Moderator: and moderated by give the moderator role', () => {
		expect(parse('Moderator: Cy Young')).toEqual([{ name: 'Cy Young', role: 'moderator' }]);
		expect(parse('Panelists: Ada Byron, Bo Linde; Moderator: Cy Young')).toEqual([{ name: 'Ada Byron' }, { name: 'Bo Linde' }, { name: 'Cy Young', role: 'moderator' }]);
		expect(parse('Ada Byron, Bo Linde, moderated by Cy Young')).toEqual([{ name: 'Ada Byron' }, { name: 'Bo Linde' }, { name: 'Cy Young', role: 'moderator' }]);
		expect(parse('MODERATED BY Cy Young')).toEqual([{ name: 'Cy Young', role: 'moderator' }]);
	});

	it('known aliases count as names, kept as written; repeated names appear once', () => {
		expect(parseSpeakerLine('carllerche, Ada Byron', people)).toEqual([{ name: 'carllerche' }, { name: 'Ada Byron' }]);
		expect(parse('Ada Byron, Bo Linde, Ada  Byron (Acme)')?.map((s) => s.name)).toEqual(['Ada Byron', 'Bo Linde']);
	});

	it('repairs mojibake in names', () => {
		expect(parse('JosÃ© Valim, Ada Byron')?.[0].name).toBe('José Valim');
	});

	it('stays linear on megabytes of hostile input', () => {
		for (const unit of HOSTILE_UNITS.slice(0, 6)) {
			const factor = slowdown(repeatTo(unit), (text) => parseSpeakerLine(text, people));
			expect({ unit, fast: factor < MAX_SLOWDOWN }).toEqual({ unit, fast: true });
		}
	}, 60000);
});
