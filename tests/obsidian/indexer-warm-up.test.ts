/**
 * @jest-environment jsdom
 */
/**
 * After indexing, the indexer has the index make its vault-wide views (topics, sorted lists,
 * type-ahead) in time slices before it says `ready`, so the explorer's first render finds them
 * made; after live edits it makes them again. The clock here advances 1 ms per reading, so
 * slices end after a few steps, as a slow machine would see them.
 */
import * as autoTopics from '../../src/core/index/auto-topics';
import * as speakerRecord from '../../src/core/index/speaker-record';
import { SpeakerSuggest } from '../../src/core/index/speaker-suggest';
import type { IndexStatus } from '../../src/obsidian/index-status';
import { dailyNote, harness, settled, started, type Harness } from './helpers';

const FIRST = ['Ada', 'Bo', 'Carl', 'Dana', 'Eve', 'Finn', 'Gus', 'Hana'];
const LAST = ['Byron', 'Linde', 'Lerche', 'Scully', 'Moss'];

/** 20 days of RustConf talks by 40 speakers. */
function vault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let d = 1; d <= 20; d++) {
		const talks = Array.from({ length: 6 }, (_, i) => `Talk ${d}.${i} ~ ${FIRST[(d + i) % 8]} ${LAST[(d * 6 + i) % 5]}`);
		files[`2024-03-${String(d).padStart(2, '0')}.md`] = dailyNote('RustConf', ...talks);
	}
	return files;
}

/** A clock that moves 1 ms each time it is read; yields are counted. */
function tickingClock() {
	let now = 0;
	const clock = {
		yields: 0,
		budgetMs: 8,
		now: () => now++,
		yieldFn: () => {
			clock.yields++;
			return new Promise<void>((r) => window.setTimeout(r, 0));
		},
	};
	return clock;
}

/** Records, for each warm-up step the index takes, the slice it ran in, and when each warm-up ended. */
function watchWarmUps(h: Harness, clock: ReturnType<typeof tickingClock>, events: string[]) {
	const slicesOfSteps: number[] = [];
	const warmUp = h.index.warmUp.bind(h.index);
	// Small steps, as a big vault has many: this small one then needs several slices too.
	h.index.warmUp = () => {
		const steps = warmUp(4);
		return {
			next: () => {
				const result = steps.next();
				if (result.done) events.push('warm-up done');
				else slicesOfSteps.push(clock.yields);
				return result;
			},
		};
	};
	return slicesOfSteps;
}

/** What reading the views costs now: talks whose topics are chosen, speaker records made, type-ahead tables built. */
function workOfReading(h: Harness): { chosen: number; speakers: number; suggests: number } {
	const chosen = jest.spyOn(autoTopics.Chooser.prototype, 'chooseWithMargin');
	const speakers = jest.spyOn(speakerRecord, 'buildSpeaker');
	const suggests = jest.spyOn(SpeakerSuggest, 'of');
	try {
		h.index.topics();
		h.index.speakers();
		h.index.conferences();
		h.index.suggestSpeakers('a');
		return { chosen: chosen.mock.calls.length, speakers: speakers.mock.calls.length, suggests: suggests.mock.calls.length };
	} finally {
		jest.restoreAllMocks();
	}
}

test('the views are made in several slices after indexing, before the status says ready', async () => {
	const clock = tickingClock();
	const h = harness(vault(), { clock });
	const events: string[] = [];
	h.indexer.onStatusChange((status: IndexStatus) => events.push(status.state));
	const slicesOfSteps = watchWarmUps(h, clock, events);
	await started(h);
	expect(h.index.overview().talks).toBe(120);
	expect(new Set(slicesOfSteps).size).toBeGreaterThan(3);
	expect(events.indexOf('warm-up done')).toBeGreaterThan(-1);
	expect(events.indexOf('ready')).toBeGreaterThan(events.indexOf('warm-up done'));
	expect(workOfReading(h)).toEqual({ chosen: 0, speakers: 0, suggests: 0 });
	// The same reads on an index that was not warmed up do the work (so the check above can fail).
	// A new cap (the harness's is the default, 5) drops every view: the reads then make them.
	h.index.setKeywordsPerTalk(4);
	const cold = workOfReading(h);
	expect(cold.chosen).toBe(120);
	expect(cold.suggests).toBe(1);
});

test('after a live edit the views are made again in the background', async () => {
	const h = await started(harness(vault()));
	const file = h.app.vault.getFileByPath('2024-03-05.md')!;
	await h.app.vault.modify(file, dailyNote('RustConf', 'A new talk about wasm ~ Zoë Quill'));
	await settled(h);
	expect(h.index.speakerByName('Zoë Quill')?.talkIds).toHaveLength(1);
	expect(workOfReading(h)).toEqual({ chosen: 0, speakers: 0, suggests: 0 });
	expect(h.index.suggestSpeakers('zo').map((s) => s.name)).toEqual(['Zoë Quill']);
});

test('a person note edit warms the views up once, at the end of the scan it starts', async () => {
	const h = await started(harness({ ...vault(), 'People/Ada Byron.md': '---\ntype: person\naliases: [Ada]\n---\n' }));
	const warmUp = jest.spyOn(h.index, 'warmUp');
	try {
		await h.app.vault.modify(h.app.vault.getFileByPath('People/Ada Byron.md')!, '---\ntype: person\naliases: [Ada, Countess]\n---\n');
		await settled(h);
		expect(warmUp).toHaveBeenCalledTimes(1);
	} finally {
		warmUp.mockRestore();
	}
});
