/** The pre-checked speaker line reader gives exactly what the plain one gave. */
import fc from 'fast-check';
import type { PeopleDirectory } from '../../../src/core/parse/parse-context';
import { parseSpeakerLine } from '../../../src/core/parse/speaker-line';
import { fold } from '../../../src/core/text/fold';
import { parseSpeakerLine as plainParseSpeakerLine } from './reference/plain-speaker-line';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const people: PeopleDirectory = { canonical: (name) => (fold(name) === 'ada byron' ? 'Ada Byron' : undefined) };
const fragments = [
	'Speakers: ', 'SPEAKER:', 'Moderator: ', 'moderated by ', 'Panelists:', 'Hosted by ', 'with ', 'With ', 'by ', 'Host: ', 'hosts:', ' ', '\t',
	'Ada Byron', 'Bo Linde', 'Cy', 'ada', ', ', ' and ', ' & ', '; ', ' | ', '(Acme)', '[[Ada Byron]]', '[Bo](https://x.dev)', '**', 'Mİke', 'Şule Öz', 'notes',
];
const line = fc.array(fc.constantFrom(...fragments), { maxLength: 9 }).map((parts) => parts.join(''));

describe('parseSpeakerLine', () => {
	it('names the speakers of every line as the plain reader did', () => {
		fc.assert(
			fc.property(line, (text) => expect(parseSpeakerLine(text, people)).toEqual(plainParseSpeakerLine(text, people))),
			{ numRuns: runs * 10 },
		);
	});
});
