/**
 * @jest-environment jsdom
 */
import type { NoteExtract } from '../../src/core/model';
import type { CachedRecord, RecordCacheApi } from '../../src/obsidian/record-cache';
import { cachedRecordWeight } from '../../src/obsidian/note-recorder';
import { dailyNote, harness, started, type Harness } from './helpers';

const BUDGET_MS = 8;

/**
 * A fake clock that only the index advances: every upsert costs `cost(extract)` ms, as if
 * parsing or adopting that note took that long. Records each item's cost and each yield, so a
 * test sees the slices exactly as the main thread would have felt them.
 */
function slicedClock() {
	let clock = 0;
	const events: Array<number | 'yield'> = [];
	const clockOptions = {
		budgetMs: BUDGET_MS,
		now: () => clock,
		yieldFn: () => {
			events.push('yield');
			return new Promise<void>((r) => window.setTimeout(r, 0));
		},
	};
	const charge = (h: Harness, cost: (extract: NoteExtract) => number) => {
		const upsert = h.index.upsert.bind(h.index);
		h.index.upsert = (extract: NoteExtract) => {
			const ms = cost(extract);
			clock += ms;
			events.push(ms);
			upsert(extract);
		};
	};
	/** Item costs grouped by slice (yields split them). */
	const slices = (): number[][] => {
		const out: number[][] = [[]];
		for (const e of events) {
			if (e === 'yield') out.push([]);
			else out[out.length - 1].push(e);
		}
		return out.filter((s) => s.length > 0);
	};
	return { clockOptions, charge, slices };
}

/** Every slice fits the budget, unless it is one item that alone exceeds it. */
function expectNoOverrun(slices: number[][]): void {
	for (const slice of slices) {
		const total = slice.reduce((a, b) => a + b, 0);
		if (slice.length > 1) expect(total).toBeLessThanOrEqual(BUDGET_MS);
	}
}

/** Daily notes of varied length: `Talk n` padded with words, one of them very long. */
function variedVault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let d = 1; d <= 24; d++) {
		const words = d === 9 ? 60 : (d * 7) % 11;
		files[`2024-03-${String(d).padStart(2, '0')}.md`] = dailyNote('JSConf', `Talk ${d}${' word'.repeat(words)} ~ Ada Byron`);
	}
	return files;
}

test('parsing yields before a note whose predicted cost would overrun the slice under way', async () => {
	const files = variedVault();
	const { clockOptions, charge, slices } = slicedClock();
	const h = harness(files, { clock: clockOptions });
	// Parse cost proportional to the note's length: 0.1 ms per character (about 3-6 ms, one 33 ms).
	charge(h, (extract) => files[extract.path].length / 10);
	await started(h);
	expect(h.index.talks()).toHaveLength(24);
	const seen = slices();
	expectNoOverrun(seen);
	// The one long note runs alone; short notes still share slices (no yield after every note).
	expect(seen.some((s) => s.length === 1 && s[0] > BUDGET_MS)).toBe(true);
	expect(seen.some((s) => s.length > 1)).toBe(true);
});

test('loading cached records yields before a record whose predicted cost would overrun the slice', async () => {
	const files: Record<string, string> = {};
	for (let d = 1; d <= 16; d++) {
		const talks = d === 5 ? 14 : 1 + (d % 4);
		files[`2024-04-${String(d).padStart(2, '0')}.md`] = dailyNote('JSConf', ...Array.from({ length: talks }, (_, i) => `Talk ${d}.${i} ~ Ada Byron`));
	}
	const stored = new Map<string, CachedRecord>();
	const memoryCache = async (): Promise<RecordCacheApi> =>
		Promise.resolve({
			problem: undefined,
			loadAll: async () => Promise.resolve(new Map(stored)),
			put: (record: CachedRecord) => void stored.set(record.path, record),
			delete: (path: string) => void stored.delete(path),
			flush: async () => Promise.resolve(),
			clear: async () => Promise.resolve(stored.clear()),
			close: async () => Promise.resolve(),
		});
	await started(harness(files, { openCache: memoryCache }));
	expect(stored.size).toBe(16);

	const { clockOptions, charge, slices } = slicedClock();
	const h = harness(files, { openCache: memoryCache, clock: clockOptions });
	// Adopting costs 1 ms per unit of the record's weight (3-6 ms, one 16 ms).
	charge(h, (extract) => cachedRecordWeight(stored.get(extract.path)!));
	const readsBefore = h.app.vault.readStats.count;
	await started(h);
	expect(h.app.vault.readStats.count).toBe(readsBefore);
	expect(h.index.talks()).toHaveLength([...stored.values()].reduce((n, r) => n + r.extract.talks.length, 0));
	const seen = slices();
	expectNoOverrun(seen);
	expect(seen.some((s) => s.length === 1 && s[0] > BUDGET_MS)).toBe(true);
	expect(seen.some((s) => s.length > 1)).toBe(true);
});
