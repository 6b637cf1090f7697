/**
 * The index's central promise: any sequence of upserts and removes leaves it with
 * exactly the outputs of a fresh index built from the final notes, in any order.
 * Small pools of names, titles and ids make collisions, merges and person-note
 * aliases happen often.
 */
import fc from 'fast-check';
import { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract } from '../../../src/core/model';
import { extract, look, PATHS, pick, snapshot } from './index-snapshot';

/** A remove or an upsert; `look` reads the views in between, so they are kept up to date across updates, not built once at the end. */
type Op = ({ readonly remove: string } | { readonly upsert: NoteExtract }) & { readonly look: boolean };
const op: fc.Arbitrary<Op> = fc
	.tuple(pick(PATHS), fc.boolean())
	.chain(([path, look]) => fc.oneof(fc.constant({ remove: path, look }), extract(path).map((upsert) => ({ upsert, look }))));

describe('incremental updates equal a fresh build', () => {
	it('gives the same outputs as indexing the final notes from scratch, in either order', () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 5 }), (ops, keywordsPerTalk) => {
				const incremental = new TalkIndex({ keywordsPerTalk });
				const final = new Map<string, NoteExtract>();
				for (const step of ops) {
					if (step.look) look(incremental);
					if ('remove' in step) {
						incremental.remove(step.remove);
						final.delete(step.remove);
					} else {
						incremental.upsert(step.upsert);
						final.set(step.upsert.path, step.upsert);
					}
				}
				const notes = [...final.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
				const forward = new TalkIndex({ keywordsPerTalk });
				for (const extract of notes) forward.upsert(extract);
				const backward = new TalkIndex({ keywordsPerTalk });
				for (const extract of [...notes].reverse()) backward.upsert(extract);
				const expected = snapshot(forward);
				expect(snapshot(incremental)).toEqual(expected);
				expect(snapshot(backward)).toEqual(expected);
			}),
			{ seed: 20231018, numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
		);
	});
});
