import { indexInBackground } from '../../src/bench/background-indexing';
import { measurePageSlices } from '../../src/bench/browser-slices';
import { generateVault } from '../../src/bench/generate-vault';
import { vaultNotes } from '../../src/bench/vault-notes';

const tiny = generateVault('tiny');
const notes = vaultNotes(tiny);

describe('indexInBackground', () => {
	it('indexes every note in slices, yielding after each, then warms up and answers the first query', async () => {
		const events: string[] = [];
		const notesSeen: string[] = [];
		const run = await indexInBackground(notes, {
			yieldFn: async () => {
				events.push('yield');
			},
			onIndexSlice: (ms) => events.push(ms >= 0 ? 'index' : 'bad'),
			onWarmUpSlice: (ms) => events.push(ms >= 0 ? 'warm' : 'bad'),
			onNote: (input, ms) => notesSeen.push(ms >= 0 ? input.path : 'bad'),
		});
		expect(run.talks).toBe(tiny.stats.talks);
		expect(run.firstQueryMs).toBeGreaterThanOrEqual(0);
		expect(notesSeen).toEqual(notes.inputs.map((input) => input.path));
		// Indexing slices, a yield after each, then the warm-up's, then a yield before the query.
		expect(events).not.toContain('bad');
		const firstWarm = events.indexOf('warm');
		expect(events.indexOf('index')).toBe(0);
		expect(firstWarm).toBeGreaterThan(0);
		expect(events.lastIndexOf('index')).toBeLessThan(firstWarm);
		expect(events[events.length - 1]).toBe('yield');
		for (let i = 0; i < events.length - 1; i++) if (events[i] !== 'yield') expect(events[i + 1]).toBe('yield');
	});
});

describe('measurePageSlices', () => {
	const page = globalThis as unknown as { window?: unknown };
	beforeAll(() => {
		page.window = globalThis;
	});
	afterAll(() => {
		delete page.window;
	});

	it('reports the slices of a run through the page timer, with every talk indexed', async () => {
		const run = await measurePageSlices(notes);
		expect(run.talks).toBe(tiny.stats.talks);
		expect(run.slices).toBeGreaterThan(0);
		expect(run.longestSliceMs).toBe(Math.max(run.longestIndexSliceMs, run.longestWarmUpSliceMs, run.firstQueryMs));
		expect(run.slicesOver16Ms).toBeLessThanOrEqual(run.slices);
	});
});
