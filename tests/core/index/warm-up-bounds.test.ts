/**
 * A warm-up step must be short whatever the vault's size, or a time slice would freeze the
 * app as the lazy first read does. Timings are too noisy to assert here, so the test counts
 * the work itself: string compares (every sort and lookup), talks whose topics are chosen,
 * speaker records made.
 */
import * as autoTopics from '../../../src/core/index/auto-topics';
import * as compare from '../../../src/core/index/compare';
import * as speakerRecord from '../../../src/core/index/speaker-record';
import { TalkIndex } from '../../../src/core/index/talk-index';
import { WARM_UP_STEP_UNITS } from '../../../src/core/index/warm-up';
import { note } from '../../helpers/extract-builder';

const WORDS = ['rust', 'kafka', 'queues', 'ownership', 'latency', 'compilers', 'tracing', 'wasm', 'actors', 'borrowck'];

/** 60 days of 25 talks: 1500 talks, 600 speakers, 60 conferences, a few dozen topics. */
function bigIndex(): TalkIndex {
	const index = new TalkIndex({ keywordsPerTalk: 3 });
	for (let d = 0; d < 60; d++) {
		const date = `2024-${String(1 + Math.floor(d / 28)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`;
		const talks = Array.from({ length: 25 }, (_, i) => {
			const n = d * 25 + i;
			const keywords: Record<string, number> = {};
			for (let k = 0; k < 4; k++) keywords[WORDS[(n * 7 + k * 3) % WORDS.length]] = 1 + ((n + k) % 3);
			return { title: `Talk ${n}`, speakers: [`Speaker ${n % 600}`, `Guest ${(n * 13) % 600}`], topics: [`Topic ${n % 40}`], keywords };
		});
		index.upsert(note(`${date}.md`, { date, conference: `Conf ${d}`, talks }));
	}
	return index;
}

/** Counts calls to the index's units of work while `run` runs. */
function counting<T>(run: () => T): { result: T; compares: number; chosen: number; speakers: number } {
	const compares = jest.spyOn(compare, 'compareStrings');
	const chosen = jest.spyOn(autoTopics.Chooser.prototype, 'chooseWithMargin');
	const speakers = jest.spyOn(speakerRecord, 'buildSpeaker');
	try {
		const result = run();
		return { result, compares: compares.mock.calls.length, chosen: chosen.mock.calls.length, speakers: speakers.mock.calls.length };
	} finally {
		jest.restoreAllMocks();
	}
}

test('the first read after indexing, without a warm-up, does the whole vault at once', () => {
	const index = bigIndex();
	const { compares, chosen, speakers } = counting(() => [index.topics(), index.speakers(), index.suggestSpeakers('sp')]);
	expect(chosen).toBe(1500);
	expect(speakers).toBe(1200);
	expect(compares).toBeGreaterThan(20 * WARM_UP_STEP_UNITS);
});

test('each warm-up step does a bounded share of that work, and the reads after it do none', () => {
	const index = bigIndex();
	const steps = index.warmUp();
	const perStep: Array<{ compares: number; chosen: number; speakers: number }> = [];
	for (;;) {
		const { result, ...work } = counting(() => steps.next());
		perStep.push(work);
		if (result.done) break;
	}
	expect(perStep.length).toBeGreaterThan(20);
	// A talk costs 1 + its candidates (5 here), a speaker 1 + its talks (2 or more); a step may
	// cross its share by one item, such as one run of a sort (32 entries, charged as 160 compares).
	for (const work of perStep) {
		expect(work.chosen).toBeLessThanOrEqual(WARM_UP_STEP_UNITS / 4);
		expect(work.speakers).toBeLessThanOrEqual(WARM_UP_STEP_UNITS / 2);
		expect(work.compares).toBeLessThanOrEqual(2 * WARM_UP_STEP_UNITS);
	}
	expect(perStep.reduce((sum, work) => sum + work.chosen, 0)).toBe(1500);
	const after = counting(() => [index.topics(), index.speakers(), index.conferences(), index.suggestSpeakers('sp'), index.topicByName('topic 3')]);
	expect(after.chosen).toBe(0);
	expect(after.speakers).toBe(0);
	// Only the type-ahead's binary search is left.
	expect(after.compares).toBeLessThan(50);
});
