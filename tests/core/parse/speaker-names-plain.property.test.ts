/** The in-place name readers give exactly what the plain ones (a slice and a lower-case copy per word) gave. */
import fc from 'fast-check';
import type { PeopleDirectory } from '../../../src/core/parse/parse-context';
import { looksLikeName, parseNameItem, parseNameList, splitNameList, unwrapEmphasis } from '../../../src/core/parse/speaker-names';
import { fold } from '../../../src/core/text/fold';
import * as plain from './reference/plain-speaker-names';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const known = new Set(['ada byron', 'bo linde']);
const people: PeopleDirectory = { canonical: (name) => (known.has(fold(name)) ? name : undefined) };
const fragments = [
	' ', '  ', '\t', 'Ada', 'Byron', 'Bo', 'Linde', 'ada', 'van', 'de', 'y', 'bin', 'Van', 'AWS', 'API', 'O\'Neil', 'Jean-Luc', 'J.', 'Ünal', 'Érica',
	'İlker', 'Keynote', 'KEYNOTE', 'Scaling', 'The', 'Q&A', 'Day2', 'Lessons', 'et al', 'et al.', ',', ', ', '&', ' and ', '/', ';', '.', '(', ')',
	'(Acme)', ' (Acme Inc)', '[[', ']]', '[[Ada Byron]]', '[[people/Bo Linde|Bo]]', '[Ada Byron](https://x.dev)', '**', '__', '*', '_', '`', '2',
	'\u00a0', '😀', 'É',
];
const text = fc.array(fc.constantFrom(...fragments), { maxLength: 10 }).map((parts) => parts.join(''));

describe('name readers', () => {
	it('split, judge and parse every text as the plain readers do', () => {
		fc.assert(
			fc.property(text, fc.integer({ min: 1, max: 2 }), (t, minWords) => {
				expect(splitNameList(t)).toEqual(plain.splitNameList(t));
				expect(looksLikeName(t, minWords)).toBe(plain.looksLikeName(t, minWords));
				expect(unwrapEmphasis(t)).toBe(plain.unwrapEmphasis(t));
				expect(JSON.stringify(parseNameItem(t, people, minWords))).toBe(JSON.stringify(plain.parseNameItem(t, people, minWords)));
				expect(JSON.stringify(parseNameList(t, people, { minWords }))).toBe(JSON.stringify(plain.parseNameList(t, people, { minWords })));
				expect(JSON.stringify(parseNameList(t, people, { lenient: true }))).toBe(JSON.stringify(plain.parseNameList(t, people, { lenient: true })));
			}),
			{ numRuns: runs * 10 },
		);
	});
});
