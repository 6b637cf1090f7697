/**
 * A warm-up builds the vault-wide views ahead of time in steps, while notes keep changing:
 * whatever the interleaving of upserts, removes, reads and partial warm-ups, every view
 * must equal what a fresh index of the final notes shows without any warm-up.
 */
import fc from 'fast-check';
import { buildExplorerModel } from '../../../src/core/index/explorer-model';
import { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract } from '../../../src/core/model';
import { note } from '../../helpers/extract-builder';
import { extract, PATHS, pick, snapshot } from './index-snapshot';

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
	else buildExplorerModel(index, { query: '', group: 'topic', filters: {} }).groups.forEach((group) => group.take(1));
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
		const speakers = ['Ada Byron', 'ada byron', 'Bo Linde', 'carllerche', 'Carl Lerche', "Mary O'Neil"];
		const topics = ['Rust', 'rust', 'C++', 'Databases'];
		const talks = Array.from({ length: 40 }, (_, i) => ({ title: `Talk ${i}`, speakers: [speakers[i % speakers.length]], topics: [topics[i % 4]], keywords: { Kafka: 2, Zig: 1 + (i % 3) } }));
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
