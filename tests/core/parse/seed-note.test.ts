/**
 * The seed note, the real daily note the project was born from, must parse to
 * what tests/fixtures/expected/seed.json (a copy of the shared expectations) lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from './parse-helpers';
import { readSeedExpected } from '../../helpers/seed-expected';

const fixtures = join(__dirname, '..', '..', 'fixtures');
const expected = readSeedExpected(join(fixtures, 'expected', 'seed.json'));
const text = readFileSync(join(fixtures, 'vaults', 'seed', '2023-10-18.md'), 'utf8');
const extract = parse(text, { path: '2023-10-18.md', fileDate: '2023-10-18' }, { autoKeywords: true });

describe('the seed note', () => {
	it('has its date, its one conference and no diagnostics', () => {
		expect(extract.date).toBe('2023-10-18');
		expect(extract.conferences.map((mention) => [mention.name, mention.date])).toEqual(
			expected.conferences.map((conference) => [conference.name, conference.dates[0]]),
		);
		expect(extract.diagnostics).toEqual([]);
		expect(extract.talks).toHaveLength(expected.conferences[0].talks);
	});

	it('agrees with the expectations in every field they list, talk by talk', () => {
		const actual = extract.talks.map((talk, i) => {
			const want = expected.talks[i];
			return {
				title: talk.title,
				speakers: talk.speakers.map((speaker) => speaker.name),
				kind: talk.kind,
				...(want && 'track' in want ? { track: talk.track } : {}),
				conference: talk.conference,
				date: talk.date,
				...(want && 'line' in want ? { line: talk.line } : {}),
				images: talk.images.length,
				links: talk.links.length,
			};
		});
		expect(actual).toEqual(expected.talks);
	});

	it('gives the speakers their affiliations from the panel line', () => {
		const panel = extract.talks.find((talk) => talk.kind === 'panel')!;
		const affiliations = Object.fromEntries(panel.speakers.map((speaker) => [speaker.name, speaker.affiliation]));
		for (const speaker of expected.speakers.filter((s) => s.affiliations)) {
			expect(affiliations[speaker.name]).toBe(speaker.affiliations![0]);
		}
	});

	it('attributes the panel bullets to Carl, Jarred and Glauber', () => {
		const panel = extract.talks.find((talk) => talk.kind === 'panel')!;
		const bySpeaker = (name: string) => panel.quotes.filter((quote) => quote.speaker === name).map((quote) => quote.line);
		expect(bySpeaker('Carl Lerche')).toEqual(expect.arrayContaining([114, 115, 121, 129, 130, 135, 145]));
		expect(bySpeaker('Jarred Sumner')).toEqual(expect.arrayContaining([117, 118, 119, 132, 133, 139, 151, 154]));
		expect(bySpeaker('Glauber Costa')).toEqual(expect.arrayContaining([127, 144, 148, 149, 153, 158]));
		expect(panel.quotes.find((quote) => quote.line === 112)).toBeUndefined();
	});

	it('offers Rust as a keyword candidate of exactly the four talks that name it', () => {
		const withRust = extract.talks.filter((talk) => talk.keywords.words.some((word) => word.toLowerCase() === 'rust'));
		expect(withRust.map((talk) => talk.title)).toEqual(expected.topics.Rust);
	});

	it('ends the last talk before its trailing empty bullet and ignores the empty appendix', () => {
		const last = extract.talks[extract.talks.length - 1];
		expect(last.endLine).toBe(176);
		expect(last.notes.endsWith('+ Accidental clones')).toBe(true);
	});

	it('keeps the bytes of the note in the notes while repairing the title', () => {
		const panel = extract.talks.find((talk) => talk.kind === 'panel')!;
		expect(panel.title).toContain('🤯');
		expect(text).toContain('ðŸ¤¯');
	});
});
