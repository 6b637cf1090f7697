/**
 * A warm start adopts records read back from the cache (`upsert(extract, 'stored')`):
 * fresh objects whose strings are kept, lists interned in place, talks not remembered as
 * compacted. Whatever order the cache hands them over in, and whatever edits follow,
 * the index must answer exactly as one built from the parser's records.
 */
import fc from 'fast-check';
import { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract } from '../../../src/core/model';
import { extract, look, PATHS, snapshot } from './index-snapshot';

/** A record as the cache gives it back: a copy with nothing shared with the parser's objects. */
const cached = (note: NoteExtract): NoteExtract => JSON.parse(JSON.stringify(note)) as NoteExtract;

/** Distinct notes, a permutation to adopt them in, and edits (parser output) that follow. */
const vault = fc
	.uniqueArray(fc.constantFrom(...PATHS), { minLength: 1 })
	.chain((paths) =>
		fc.tuple(
			fc.tuple(...paths.map((path) => extract(path))),
			fc.shuffledSubarray(paths.map((_, i) => i), { minLength: paths.length }),
			fc.array(fc.constantFrom(...paths).chain((path) => extract(path)), { maxLength: 4 }),
		),
	);

describe('records adopted from the cache', () => {
	it('answer every query exactly as the parsed records do, in any order and after edits', () => {
		fc.assert(
			fc.property(vault, fc.integer({ min: 0, max: 5 }), fc.boolean(), ([notes, order, edits], keywordsPerTalk, lookBetween) => {
				const adopted = new TalkIndex({ keywordsPerTalk });
				for (const at of order) {
					adopted.upsert(cached(notes[at]), 'stored');
					if (lookBetween) look(adopted);
				}
				const parsed = new TalkIndex({ keywordsPerTalk });
				for (const note of notes) parsed.upsert(note);
				expect(snapshot(adopted)).toEqual(snapshot(parsed));

				const final = new Map(notes.map((note) => [note.path, note]));
				for (const edit of edits) {
					adopted.upsert(edit);
					final.set(edit.path, edit);
				}
				const fresh = new TalkIndex({ keywordsPerTalk });
				for (const note of final.values()) fresh.upsert(cached(note));
				expect(snapshot(adopted)).toEqual(snapshot(fresh));
			}),
			{ seed: 20261126, numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
		);
	});
});
