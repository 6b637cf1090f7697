/**
 * A warm-up builds the vault-wide views ahead of time in steps, while notes keep changing:
 * whatever the interleaving of upserts, removes, reads and partial warm-ups, every view
 * must equal what a fresh index of the final notes shows without any warm-up.
 */
import fc from 'fast-check';
import { buildExplorerModel } from '../../../src/core/index/explorer-model';
import type { Grouping } from '../../../src/core/index/index-api';
import { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract } from '../../../src/core/model';
import { note, type TalkSpec } from '../../helpers/extract-builder';

const PATHS = ['2024-01-01.md', 'b/2024-01-01.md', '2024-01-02.md', 'People/Carl.md', 'Ideas.md'];
const SPEAKERS = ['Ada Byron', 'ada byron', 'Bo Linde', 'carllerche', 'Carl Lerche', "Mary O'Neil"];
const TOPICS = ['Rust', 'rust', 'C++', 'Databases'];
const CANDIDATES = ['Rust', 'Zig', 'Kafka', 'Ada Byron', 'RustConf', 'Carl'];
const CONFERENCES = ['RustConf', 'rustconf', 'FOSDEM', ''];
const DATES = ['2024-01-01', '2024-01-02', ''];
const GROUPINGS: Grouping[] = ['conference', 'speaker', 'topic', 'date'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const talkSpec: fc.Arbitrary<TalkSpec> = fc.record({
	title: pick(['Keynote', 'Fast Queues', 'Zoë on Rust', 'Q&A']),
	blockId: fc.option(pick(['b1', 'b2']), { nil: undefined }),
	speakers: fc.array(pick(SPEAKERS), { maxLength: 3 }),
	topics: fc.array(pick(TOPICS), { maxLength: 2 }),
	keywords: fc.dictionary(pick(CANDIDATES), fc.integer({ min: 1, max: 4 }), { maxKeys: 4 }),
	conference: pick(CONFERENCES),
	date: pick(DATES),
	notes: pick(['', '- rust queues', '- kafka']),
});

const extract = (path: string): fc.Arbitrary<NoteExtract> =>
	fc
		.record({
			date: pick(DATES),
			talks: fc.array(talkSpec, { maxLength: 4 }),
			conferences: fc.array(fc.record({ name: pick(CONFERENCES), line: fc.integer({ min: 1, max: 9 }), date: pick(DATES) }), { maxLength: 2 }),
			person: fc.option(fc.record({ name: pick(['Carl Lerche', 'Ada Byron']), aliases: fc.subarray(['carllerche', 'ADA']) }), { nil: undefined }),
			diagnostics: fc.array(fc.record({ file: fc.constant(path), line: fc.integer({ min: 0, max: 3 }), message: pick(['odd line', 'bad yaml']) }), { maxLength: 3 }),
		})
		.map((spec) => note(path, spec));

/** A change, a read of some views, or a few warm-up steps (each of `units` work). */
type Op =
	| { readonly remove: string }
	| { readonly upsert: NoteExtract }
	| { readonly cap: number }
	| { readonly read: 'topics' | 'speakers' | 'conferences' | 'suggest' | 'topicsOf' | 'explorer' | 'diagnostics' }
	| { readonly warm: number; readonly units: number };

const op: fc.Arbitrary<Op> = fc.oneof(
	{ arbitrary: pick(PATHS).map((remove) => ({ remove })), weight: 1 },
	{ arbitrary: pick(PATHS).chain((path) => extract(path).map((upsert) => ({ upsert }))), weight: 4 },
	{ arbitrary: fc.integer({ min: 0, max: 3 }).map((cap) => ({ cap })), weight: 1 },
	{ arbitrary: pick(['topics', 'speakers', 'conferences', 'suggest', 'topicsOf', 'explorer', 'diagnostics'] as const).map((read) => ({ read })), weight: 2 },
	{ arbitrary: fc.record({ warm: fc.integer({ min: 1, max: 8 }), units: fc.integer({ min: 1, max: 6 }) }), weight: 4 },
);

function read(index: TalkIndex, what: Extract<Op, { read: unknown }>['read']): void {
	if (what === 'topics') index.topics();
	else if (what === 'speakers') index.speakers();
	else if (what === 'conferences') index.conferences();
	else if (what === 'suggest') index.suggestSpeakers('a');
	else if (what === 'diagnostics') index.diagnostics();
	else if (what === 'topicsOf') index.talks().forEach((talk) => index.topicsOf(talk.id));
	else expect(buildExplorerModel(index, { query: '', group: 'topic', filters: {} }).totals.topics).toBe(index.topics().length);
}

/** Every view a user could see, as plain data. */
function snapshot(index: TalkIndex): unknown {
	const talks = index.talks();
	return {
		talks,
		speakers: index.speakers(),
		conferences: index.conferences(),
		topics: index.topics(),
		topicsOf: talks.map((talk) => index.topicsOf(talk.id)),
		byName: [...SPEAKERS, ...TOPICS, ...CANDIDATES, ...CONFERENCES].map((name) => [index.speakerByName(name)?.id, index.topicByName(name)?.id, index.conferenceByName(name)?.id]),
		withoutTopic: index.overview().withoutTopic(),
		diagnostics: index.diagnostics(),
		suggest: ['', 'a', 'c', 'mary o', 'linde'].map((prefix) => index.suggestSpeakers(prefix).map((s) => s.id)),
		explorer: GROUPINGS.flatMap((group) => [
			buildExplorerModel(index, { query: '', group, filters: {} }),
			buildExplorerModel(index, { query: 'rust', group, filters: { topics: ['rust', 'zig'] } }),
		]).map(({ totals, matched, groups }) => ({ totals: { ...totals }, matched, groups: groups.map((g) => ({ key: g.key, label: g.label, count: g.count, detail: g.detail, rows: g.rows })) })),
	};
}

describe('warm-up interleaved with changes', () => {
	it('leaves every view equal to a fresh index of the final notes, with or without finishing it', () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), fc.boolean(), (ops, finish) => {
				const index = new TalkIndex({ keywordsPerTalk: 2 });
				const final = new Map<string, NoteExtract>();
				let cap = 2;
				let steps: Iterator<void> | undefined;
				for (const step of ops) {
					if ('remove' in step) {
						index.remove(step.remove);
						final.delete(step.remove);
					} else if ('upsert' in step) {
						index.upsert(step.upsert);
						final.set(step.upsert.path, step.upsert);
					} else if ('cap' in step) {
						cap = step.cap;
						index.setKeywordsPerTalk(cap);
					} else if ('read' in step) read(index, step.read);
					else {
						// Sometimes a fresh warm-up, sometimes the one under way goes on.
						if (!steps || step.units % 2 === 0) steps = index.warmUp(step.units);
						for (let i = 0; i < step.warm && !steps.next().done; i++);
					}
				}
				if (finish && steps) while (!steps.next().done);
				const fresh = new TalkIndex({ keywordsPerTalk: cap });
				for (const extract of [...final.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) fresh.upsert(extract);
				expect(snapshot(index)).toEqual(snapshot(fresh));
			}),
			{ seed: 20240101, numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
		);
	});

	it('ends once every view is ready, and a fresh warm-up of a ready index costs only a few steps', () => {
		const index = new TalkIndex({ keywordsPerTalk: 2 });
		const talks = Array.from({ length: 40 }, (_, i) => ({ title: `Talk ${i}`, speakers: [SPEAKERS[i % SPEAKERS.length]], topics: [TOPICS[i % 4]], keywords: { Kafka: 2, Zig: 1 + (i % 3) } }));
		index.upsert(note('2024-01-01.md', { conference: 'RustConf', talks }));
		let steps = 0;
		for (const it = index.warmUp(3); !it.next().done; ) steps++;
		expect(steps).toBeGreaterThan(20);
		let again = 0;
		for (const it = index.warmUp(3); !it.next().done; ) again++;
		// One step per view (topic table, topic list, conferences, speakers, type-ahead, diagnostics, talks), each finding its view ready.
		expect(again).toBe(7);
	});
});
