/**
 * The whole parser in linear time on pathological notes: each note's parse is compared with
 * a bare scan of the same text in the same run, never with a wall-clock figure. A regex
 * that backtracks or a search that rescans costs thousands of times the scan on a
 * quarter megabyte; linear code stays within a small factor of it. `HOSTILE_SIZE` sets
 * the size for a longer local run.
 */
import { bestTime, splitScan } from '../core/parse/linear-time';
import { parse } from '../core/parse/parse-helpers';
import { pathologicalNotes } from './pathological-notes';

jest.setTimeout(120_000);

/**
 * Most a whole-note parse may cost, in bare scans of the same text. The densest notes
 * (a talk every few lines, keywords on) sit around 15-50; a quadratic path on these
 * sizes sits in the thousands.
 */
const MAX_SLOWDOWN = 200;
/** Note size: large enough that a quadratic path costs seconds, small enough for `npm test`. */
const SIZE = Number(process.env.HOSTILE_SIZE ?? 1 << 18);

describe('parseNote on pathological notes, against a bare scan of the same text', () => {
	const notes = pathologicalNotes(SIZE);

	it.each(notes.map((note, i) => [note.name, i] as const))('%s: within a fixed factor of the scan', (_name, i) => {
		const text = notes[i].text;
		const scan = Math.max(1, bestTime(() => splitScan(text), 2));
		let extract = parse(text, {}, { autoKeywords: true });
		// One parse is the common case; a slow one is measured again before it fails the test.
		const first = bestTime(() => (extract = parse(text, {}, { autoKeywords: true })), 1);
		const parseMs = first / scan < MAX_SLOWDOWN ? first : bestTime(() => parse(text, {}, { autoKeywords: true }), 2);
		expect(extract.diagnostics.filter((d) => d.message.startsWith('Could not read'))).toEqual([]);
		expect(parseMs / scan).toBeLessThan(MAX_SLOWDOWN);
	});
});
