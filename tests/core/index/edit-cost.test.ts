import { generateVault } from '../../../src/bench/generate-vault';
import { planEdits } from '../../../src/bench/measure-latency';
import { PROFILES, type VaultProfile } from '../../../src/bench/profiles';
import { contextFor, indexNotes, vaultNotes } from '../../../src/bench/vault-notes';
import { parseNote } from '../../../src/core/parse/parse-note';

/**
 * An edit costs the edited note, never the vault: N edits on an index ten times
 * larger take about as long as on a small one. Absolute times are meaningless on a
 * shared machine, so this compares the two in the same process, each measured as
 * the best of several interleaved rounds, with generous slack (a cost linear in
 * the vault would show a ratio near 10).
 */

/** Few journal lines: the index grows with talks, the test stays quick. */
function profile(years: number): VaultProfile {
	return { ...PROFILES.realistic, name: `edit-cost-${years}`, days: Math.round(years * 365), journalLines: [1, 3], optInNotes: 0, speakers: Math.round(60 * years) };
}

const EDITS = 30;
const ROUNDS = 3;
const MAX_RATIO = 3;

function prepare(years: number) {
	const vault = generateVault(profile(years));
	const notes = vaultNotes(vault);
	const { index } = indexNotes(notes);
	const context = contextFor(notes, index);
	// Two edit sets applied in turn, so every upsert really changes the note.
	const sets = [planEdits(notes.inputs, vault.talks, EDITS, 'rev'), planEdits(notes.inputs, vault.talks, EDITS, 'fix')];
	let turn = 0;
	const run = () => {
		const edits = sets[turn++ % 2];
		const start = performance.now();
		for (const edit of edits) index.upsert(parseNote(edit.input, context));
		return performance.now() - start;
	};
	return { talks: index.talks().length, run };
}

describe('edit cost', () => {
	it('does not grow with the size of the vault', () => {
		const small = prepare(0.5);
		const large = prepare(5);
		expect(large.talks).toBeGreaterThan(small.talks * 7);
		small.run();
		large.run();
		let bestSmall = Infinity;
		let bestLarge = Infinity;
		for (let i = 0; i < ROUNDS; i++) {
			bestSmall = Math.min(bestSmall, small.run());
			bestLarge = Math.min(bestLarge, large.run());
		}
		expect(bestLarge / bestSmall).toBeLessThan(MAX_RATIO);
	}, 180_000);
});
