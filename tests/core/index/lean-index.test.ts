import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { boundedDistance, mayBeWithin, unitMask } from '../../../src/core/index/edit-distance';
import { LEAN_FIELDS, LeanIndex } from '../../../src/core/index/lean-index';
import { searchTerm, tokenize } from '../../../src/core/index/search-tokens';

const DOCS: ReadonlyArray<readonly string[]> = [
	['rust in production', 'ada byron', 'rustconf', 'rust'],
	['postgres at scale', 'bo linde', 'pgconf', 'postgres databases'],
	['posting lists explained', 'cy dunn', 'rustconf', 'search'],
	['observability for everyone', 'di eve', 'srecon', 'observability tracing'],
	['zig for rustaceans', 'ada byron', 'ziggit', 'zig rust'],
	['kubernetes operators', 'kafka franz', 'kubecon', 'kubernetes'],
];

function leanOf(docs: ReadonlyArray<readonly string[]>): LeanIndex {
	const index = new LeanIndex();
	docs.forEach((fields, key) => index.add(key, fields));
	return index;
}

function levenshtein(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

describe('boundedDistance', () => {
	it('is the Levenshtein distance when within the bound, and bound + 1 beyond it', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 9 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
				const exact = levenshtein(a, b);
				expect(boundedDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('the unit mask prefilter', () => {
	it('never rules out two texts within the allowance (units 32 apart share a bit)', () => {
		// `a` and `A` are 32 apart, as are `@` and `` ` ``: their shared bits must not hide an edit.
		const word = fc.string({ unit: fc.constantFrom('a', 'A', 'b', '@', '`', 'é', 'z', '0'), maxLength: 9 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
				if (levenshtein(a, b) <= max) expect(mayBeWithin(unitMask(a), unitMask(b), max)).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	});

	it('rules out words with too many units of their own', () => {
		expect(mayBeWithin(unitMask('kafka'), unitMask('kubernetes'), 1)).toBe(false);
		expect(mayBeWithin(unitMask('postgres'), unitMask('postgers'), 1)).toBe(true);
	});
});

describe('LeanIndex', () => {
	it('finds whole words, prefixes from two letters and typos from four, like minisearch and with its scores', () => {
		const index = leanOf(DOCS);
		type Doc = { key: number; title: string; speakers: string; conference: string; topics: string };
		const engine = new MiniSearch<Doc>({ idField: 'key', fields: [...LEAN_FIELDS], storeFields: [], tokenize, processTerm: searchTerm });
		DOCS.forEach(([title, speakers, conference, topics], key) => engine.add({ key, title, speakers, conference, topics }));
		const options = { boost: { title: 3, speakers: 3, topics: 2, conference: 1.5 }, prefix: (t: string) => t.length >= 2, fuzzy: (t: string) => (t.length <= 3 ? false : 0.2) };
		for (const word of ['rust', 'ru', 'pos', 'postgers', 'obsevability', 'zig', 'zag', 'kubernets', 'ada', 'r']) {
			const ours = new Map(index.search(word).map((hit) => [hit.key, hit.score]));
			const theirs = engine.search(word, options);
			expect([...ours.keys()].sort()).toEqual(theirs.map((hit) => hit.id as number).sort());
			for (const hit of theirs) expect(ours.get(hit.id as number)).toBeCloseTo(hit.score, 9);
		}
	});

	it('reports the matched terms for highlighting: the word, its prefix matches, its near misses', () => {
		const index = leanOf(DOCS);
		expect(index.search('pos').find((hit) => hit.key === 2)?.terms).toEqual(['posting']);
		expect(index.search('postgers').find((hit) => hit.key === 1)?.terms).toEqual(['postgres']);
		expect(index.search('rust').find((hit) => hit.key === 4)?.terms).toEqual(['rust', 'rustaceans']);
	});

	it('forgets a removed talk, and an index built by updates scores exactly like a fresh one', () => {
		const updated = leanOf(DOCS);
		updated.remove(1);
		updated.remove(4);
		updated.add(9, ['postgres for rustaceans', 'bo linde', 'pgconf', 'postgres']);
		expect(updated.search('zig')).toEqual([]);
		const fresh = new LeanIndex();
		[0, 2, 3, 5].forEach((key) => fresh.add(key, DOCS[key]));
		fresh.add(9, ['postgres for rustaceans', 'bo linde', 'pgconf', 'postgres']);
		for (const word of ['rust', 'pos', 'postgers', 'ada', 'linde']) {
			const a = new Map(updated.search(word).map((hit) => [hit.key, hit.score]));
			const b = new Map(fresh.search(word).map((hit) => [hit.key, hit.score]));
			expect(a).toEqual(b);
		}
		expect(updated.size).toBe(5);
	});

	it('reads a field given as a list of names exactly as the names joined by line breaks', () => {
		const name = fc.string({ unit: fc.constantFrom('ada', 'Byron', 'zoë', ' ', ',', '-', 'o\'neil'), maxLength: 5 });
		fc.assert(
			fc.property(fc.array(name, { maxLength: 4 }), fc.array(name, { maxLength: 3 }), (speakers, topics) => {
				const listed = new LeanIndex();
				listed.add(1, ['rust in production', speakers, 'rustconf', topics]);
				listed.add(2, ['zig', ['Ada Byron'], 'ziggit', ['zig']]);
				const joined = new LeanIndex();
				joined.add(1, ['rust in production', speakers.join(' \n '), 'rustconf', topics.join(' \n ')]);
				joined.add(2, ['zig', 'Ada Byron', 'ziggit', 'zig']);
				for (const word of ['ada', 'by', 'zoe', 'neil', 'rust', 'zig']) expect(listed.search(word)).toEqual(joined.search(word));
			}),
			{ seed: 11, numRuns: 300 },
		);
	});
});
