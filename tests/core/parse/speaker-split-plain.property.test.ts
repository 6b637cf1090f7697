/** The title/speaker rules, skipping work whose answer cannot matter, split every line as the plain rules did. */
import fc from 'fast-check';
import type { PeopleDirectory } from '../../../src/core/parse/parse-context';
import { splitSpeakers } from '../../../src/core/parse/speaker-split';
import { fold } from '../../../src/core/text/fold';
import { splitSpeakers as plainSplitSpeakers } from './reference/plain-speaker-split';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const known = new Set(['ada byron', 'bo linde', 'fast queues']);
const people: PeopleDirectory = { canonical: (name) => (known.has(fold(name)) ? name : undefined) };
const fragments = [
	' ', 'Ada Byron', 'Bo Linde', 'Cy Young', 'Fast Queues', 'Scaling Kafka', 'ada', 'of', '[[Ada Byron]]', '[[Fast Queues]]', '[Bo Linde](https://x.dev)',
	'(Acme)', '(Ada Byron)', ' ~ ', '~', ' — ', ' -- ', ' - ', ': ', ', ', ' & ', ' and ', ' by ', '**Fast Queues**', '**', '|', 'great demo',
];
const line = fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join(''));

describe('splitSpeakers', () => {
	it('splits every line as the plain rules did', () => {
		fc.assert(
			fc.property(line, (text) => expect(splitSpeakers(text, people)).toEqual(plainSplitSpeakers(text, people))),
			{ numRuns: runs * 10 },
		);
	});
});
