import MiniSearch from 'minisearch';
import { NotesIndex } from '../../../src/core/index/notes-index';
import { searchTerm, tokenize } from '../../../src/core/index/search-tokens';

const TEXTS = [
	'serde makes serialization fast and serialization safe',
	'async runtimes and the tokio scheduler',
	'observability with tracing spans',
	'tail latency in distributed systems is about queues',
	'latency budgets and queues and more queues',
];

function indexOf(texts: readonly string[]): NotesIndex {
	const index = new NotesIndex();
	texts.forEach((text, key) => index.add(key, text));
	return index;
}

const byKey = (hits: ReturnType<NotesIndex['search']>) => new Map(hits.map((hit) => [hit.key, hit]));

describe('NotesIndex', () => {
	it('finds whole words, and longer words from a four-letter prefix, never from a shorter one', () => {
		const index = indexOf(TEXTS);
		expect(index.search('queues').map((h) => h.key).sort()).toEqual([3, 4]);
		expect(index.search('seri').map((h) => h.key)).toEqual([0]);
		expect(index.search('seri')[0].terms).toEqual(['serialization']);
		expect(index.search('ser')).toEqual([]);
		expect(index.search('lat').length).toBe(0);
		expect(index.search('late').map((h) => h.key).sort()).toEqual([3, 4]);
	});

	it('scores like minisearch BM25 with the same weights, for whole words and prefixes', () => {
		const index = indexOf(TEXTS);
		const engine = new MiniSearch<{ key: number; notes: string }>({ idField: 'key', fields: ['notes'], storeFields: [], tokenize, processTerm: searchTerm });
		TEXTS.forEach((notes, key) => engine.add({ key, notes }));
		for (const word of ['queues', 'latency', 'late', 'seri', 'tokio']) {
			const ours = byKey(index.search(word, 0.75));
			const theirs = engine.search(word, { boost: { notes: 0.75 }, prefix: (t) => t.length >= 4, fuzzy: false });
			expect(ours.size).toBe(theirs.length);
			for (const hit of theirs) expect(ours.get(hit.id as number)?.score).toBeCloseTo(hit.score, 9);
		}
	});

	it('forgets a removed text: its words stop matching, shared words keep their other documents', () => {
		const index = indexOf(TEXTS);
		const terms = index.termCount;
		index.remove(0, TEXTS[0]);
		expect(index.search('serde')).toEqual([]);
		expect(index.search('seri')).toEqual([]);
		expect(index.search('and').map((h) => h.key).sort()).toEqual([1, 4]);
		expect(index.termCount).toBe(terms - 5); // serde, makes, serialization, fast, safe; `and` stays
		expect(index.size).toBe(4);
	});

	it('scores an index built by updates exactly like a fresh one', () => {
		const updated = indexOf(TEXTS);
		updated.remove(1, TEXTS[1]);
		updated.add(1, 'async queues for latency');
		updated.remove(3, TEXTS[3]);
		const fresh = new NotesIndex();
		[0, 2, 4].forEach((key) => fresh.add(key, TEXTS[key]));
		fresh.add(1, 'async queues for latency');
		for (const word of ['queues', 'late', 'async', 'and']) {
			const a = byKey(updated.search(word));
			const b = byKey(fresh.search(word));
			expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
			for (const [key, hit] of a) expect(hit.score).toBe(b.get(key)?.score);
		}
	});

	it('folds case and accents, and ignores an empty text or a second add of the same key', () => {
		const index = new NotesIndex();
		index.add(1, 'Müller on SQLite');
		index.add(1, 'something else entirely');
		index.add(2, '  ,, ');
		expect(index.size).toBe(1);
		expect(index.search('muller').map((h) => h.key)).toEqual([1]);
		expect(index.search('sqlite').map((h) => h.key)).toEqual([1]);
		expect(index.search('something')).toEqual([]);
	});
});
