/**
 * @jest-environment jsdom
 */
import { DEFAULT_SETTINGS, type TalksSettings } from '../../src/core/settings';
import { PluginSettingsStore } from '../../src/obsidian/settings-store';
import { forEachLimit, TimeSlicer } from '../../src/obsidian/time-slicer';
import { describeStatus } from '../../src/obsidian/index-status';

describe('PluginSettingsStore', () => {
	test('updates are merged, validated, saved and announced with the previous value', async () => {
		const saved: TalksSettings[] = [];
		const store = new PluginSettingsStore(DEFAULT_SETTINGS, async (s) => {
			saved.push(s);
			return Promise.resolve();
		});
		const seen: [number, number][] = [];
		const off = store.onChange((next, prev) => seen.push([next.keywordsPerTalk, prev.keywordsPerTalk]));
		await store.update({ keywordsPerTalk: 7 });
		await store.update({ keywordsPerTalk: -3 });
		off();
		await store.update({ keywordsPerTalk: 2 });
		expect(seen).toEqual([[7, 5], [5, 7]]);
		expect(saved.map((s) => s.keywordsPerTalk)).toEqual([7, 5, 2]);
		expect(Object.isFrozen(store.get())).toBe(true);
		expect(DEFAULT_SETTINGS.keywordsPerTalk).toBe(5);
	});

	test('reload applies stored data without saving, and stays quiet when nothing changed', () => {
		let saves = 0;
		const store = new PluginSettingsStore(DEFAULT_SETTINGS, async () => {
			saves++;
			return Promise.resolve();
		});
		let changes = 0;
		store.onChange(() => changes++);
		store.reload({ ...DEFAULT_SETTINGS });
		store.reload({ peopleFolder: 'People', bogus: 1 });
		expect(store.get().peopleFolder).toBe('People');
		expect(changes).toBe(1);
		expect(saves).toBe(0);
	});
});

describe('time slicing and bounded concurrency', () => {
	test('the slicer yields once a slice has used its budget', async () => {
		let t = 0;
		let yields = 0;
		const slicer = new TimeSlicer({ budgetMs: 10, now: () => t, yieldFn: async () => { yields++; return Promise.resolve(); } });
		for (let i = 0; i < 10; i++) await slicer.run(() => (t += 4));
		// Slices of 4+4+4 ms: a yield after every third item.
		expect(yields).toBe(3);
		expect(slicer.yields).toBe(3);
	});

	test('given weights, the slicer yields before an item that would overrun the slice under way', async () => {
		let t = 0;
		const events: string[] = [];
		const slicer = new TimeSlicer({ budgetMs: 10, now: () => t, yieldFn: async () => { events.push('yield'); return Promise.resolve(); } });
		// Work costs 0.1 ms per unit: 4 ms, then 4 ms (8 so far), then a 3 ms item that would make 11.
		for (const units of [40, 40, 30, 30, 200, 10]) {
			await slicer.run(() => {
				events.push(String(units));
				t += units / 10;
			}, units);
		}
		// 40+40 fill 8 ms, 30 would overrun: yield first. 30+30 = 6 ms, the 20 ms item goes alone.
		expect(events).toEqual(['40', '40', 'yield', '30', '30', 'yield', '200', 'yield', '10']);
	});

	test('forEachLimit never runs more than the limit at once and visits every item', async () => {
		let inFlight = 0;
		let max = 0;
		const seen: number[] = [];
		await forEachLimit([...Array(10).keys()], 3, async (i) => {
			inFlight++;
			max = Math.max(max, inFlight);
			await new Promise((r) => window.setTimeout(r, 1));
			seen.push(i);
			inFlight--;
		});
		expect(max).toBe(3);
		expect(seen.sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
	});

	test('status lines read as sentences', () => {
		expect(describeStatus({ state: 'indexing', done: 3, total: 10, cached: 0 })).toBe('Indexing 3 of 10 notes');
		expect(describeStatus({ state: 'ready', notes: 2, talks: 5, cached: 0, parsed: 2 })).toBe('5 talks in 2 notes');
	});
});
