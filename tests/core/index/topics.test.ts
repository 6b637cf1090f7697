import { TalkIndex } from '../../../src/core/index/talk-index';
import { keywordRecord, note, person } from '../../helpers/extract-builder';
import { seedExtract } from './seed-extract';

const titlesOf = (index: TalkIndex, ids: readonly string[]) => ids.map((id) => index.talk(id)?.title);

describe('topics: explicit and automatic', () => {
	it('makes Rust a topic of exactly the four seed talks that name it', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		const rust = index.topicByName('rust');
		expect(rust?.name).toBe('Rust');
		expect(titlesOf(index, rust?.talkIds ?? [])).toEqual([
			'High-Level Rust for Backend Programming',
			'A Case for Rust Higher Up the Stack',
			'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???',
			'Ingesting in Rust',
		]);
		expect(index.topics()[0]).toBe(rust);
		expect(index.topic('rust')).toBe(rust);
	});

	it('never makes a speaker\'s name, or a word of the talk\'s own speakers\' names, a topic', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		const panel = index.talks().find((t) => t.kind === 'panel');
		// `Carl` is a capitalised word in the panel's notes: the candidate is there, the topic is not.
		expect(panel && keywordRecord(panel.keywords).Carl).toBe(1);
		expect(index.topicsOf(panel?.id ?? '')).toEqual(['Zig', 'Rust', 'Bun', 'JavaScript', 'C++']);
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Scaling', keywords: { 'Glauber Costa': 3, carllerche: 3, 'RustConf': 3, Kafka: 2 } }], conference: 'RustConf' }));
		index.upsert(person('People/Carl Lerche.md', 'Carl Lerche', ['carllerche']));
		expect(index.topicsOf('2024-01-01-scaling')).toEqual(['Kafka']);
	});

	it('merges explicit topics by folded name and keeps them uncapped, first in the talk\'s order', () => {
		const index = new TalkIndex({ keywordsPerTalk: 1 });
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'A', topics: ['rust', 'Databases', 'Kubernetes'], keywords: { Tokio: 2, Axum: 1 } }] }));
		index.upsert(note('2024-02-01.md', { talks: [{ title: 'B', topics: ['Rust'], keywords: { Rust: 4 } }] }));
		index.upsert(note('2024-03-01.md', { talks: [{ title: 'C', topics: ['Rust'] }] }));
		expect(index.topicsOf('2024-01-01-a')).toEqual(['Rust', 'Databases', 'Kubernetes', 'Tokio']);
		// The keyword `Rust` is an explicit topic of B already: it does not take B's one automatic slot.
		expect(index.topicsOf('2024-02-01-b')).toEqual(['Rust']);
		expect(index.topicByName('RUST')?.talkIds).toEqual(['2024-03-01-c', '2024-02-01-b', '2024-01-01-a']);
		expect(index.topics().map((t) => [t.name, t.talkIds.length])).toEqual([
			['Rust', 3],
			['Databases', 1],
			['Kubernetes', 1],
			['Tokio', 1],
		]);
	});

	it('ignores a term named once in one talk of the whole vault', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Queues', keywords: { Kafka: 2, Pulsar: 1, Redis: 1 } }] }));
		expect(index.topicsOf('2024-01-01-queues')).toEqual(['Kafka']);
		index.upsert(note('2024-01-02.md', { talks: [{ title: 'Caches', keywords: { Redis: 1 } }] }));
		expect(index.topicsOf('2024-01-01-queues')).toEqual(['Kafka', 'Redis']);
	});

	it('adds up the counts of written forms that fold alike, in short and long keyword lists', () => {
		const alike = { Kafka: 2, zig: 1, Zig: 1, ZIG: 1 };
		const filler = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Filler${i}`, 1]));
		for (const keywords of [alike, { ...filler, ...alike }]) {
			const index = new TalkIndex();
			index.upsert(note('2024-01-01.md', { talks: [{ title: 'Queues', keywords }] }));
			// zig is named three times (three spellings) and so outranks Kafka (twice).
			expect(index.topicsOf('2024-01-01-queues')).toEqual(['ZIG', 'Kafka']);
		}
	});

	it('caps automatic topics per talk and turns them off at 0', () => {
		const keywords = { Alpha: 7, Beta: 6, Gamma: 5, Delta: 4, Epsilon: 3, Zeta: 2, Eta: 2 };
		const extract = note('2024-01-01.md', { talks: [{ title: 'Greek', keywords, topics: ['Letters'] }] });
		const defaults = new TalkIndex();
		defaults.upsert(extract);
		expect(defaults.topicsOf('2024-01-01-greek')).toEqual(['Letters', 'Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon']);
		const two = new TalkIndex({ keywordsPerTalk: 2 });
		two.upsert(extract);
		expect(two.topicsOf('2024-01-01-greek')).toEqual(['Letters', 'Alpha', 'Beta']);
		const off = new TalkIndex({ keywordsPerTalk: 0 });
		off.upsert(extract);
		expect(off.topicsOf('2024-01-01-greek')).toEqual(['Letters']);
		expect(off.topics().map((t) => t.name)).toEqual(['Letters']);
	});

	it('weighs candidates against the whole vault: a term every talk names loses to one that stands out', () => {
		const index = new TalkIndex({ keywordsPerTalk: 1 });
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Streams', keywords: { Data: 3, Kafka: 2 } }] }));
		// Alone in the vault, the most frequent term wins.
		expect(index.topicsOf('2024-01-01-streams')).toEqual(['Data']);
		index.upsert(note('2024-02-01.md', { talks: [{ title: 'Lakes', keywords: { Data: 3 } }] }));
		index.upsert(note('2024-03-01.md', { talks: [{ title: 'Marts', keywords: { Data: 3 } }] }));
		// Now `Data` is in every talk and `Kafka` stands out: 2 ln(1 + 3/1) > 3 ln(1 + 3/3).
		expect(index.topicsOf('2024-01-01-streams')).toEqual(['Kafka']);
		expect(index.topicByName('Kafka')?.talkIds).toEqual(['2024-01-01-streams']);
		index.remove('2024-03-01.md');
		index.remove('2024-02-01.md');
		expect(index.topicsOf('2024-01-01-streams')).toEqual(['Data']);
		expect(index.topicByName('Kafka')).toBeUndefined();
	});

	it('gives topics whose names share a slug distinct ids (C, C# and C++ are three topics)', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Langs', topics: ['C++', 'C', 'C#'] }] }));
		expect(index.topics().map((t) => [t.name, t.id])).toEqual([
			['C', 'c'],
			['C#', 'c~2'],
			['C++', 'c~3'],
		]);
	});

	it('has no topics for an unknown talk id', () => {
		const index = new TalkIndex();
		expect(index.topicsOf('nope')).toEqual([]);
		expect(index.topic('nope')).toBeUndefined();
	});

	it('changes the cap in place: one change event, same topics as a fresh index with that cap', () => {
		const index = new TalkIndex();
		index.upsert(seedExtract());
		const listener = jest.fn();
		index.onChange(listener);
		index.setKeywordsPerTalk(1);
		index.setKeywordsPerTalk(1);
		expect(listener).toHaveBeenCalledTimes(1);
		const fresh = new TalkIndex({ keywordsPerTalk: 1 });
		fresh.upsert(seedExtract());
		expect(index.topics()).toEqual(fresh.topics());
		// With one slot, SQL wins the High-Level Rust talk and Zig the panel.
		expect(titlesOf(index, index.topicByName('Rust')?.talkIds ?? [])).toEqual(['A Case for Rust Higher Up the Stack', 'Ingesting in Rust']);
		index.setKeywordsPerTalk(Number.NaN);
		expect(index.topicByName('Rust')?.talkIds).toHaveLength(4);
	});
});
