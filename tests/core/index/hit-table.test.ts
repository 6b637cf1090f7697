import { HitTable } from '../../../src/core/index/hit-table';
import { TalkIndex } from '../../../src/core/index/talk-index';
import { seedExtract } from './seed-extract';

/** Every key of the table with its score, whether it matched as typed, and its terms. */
function contents(table: HitTable): Array<{ key: number; score: number; direct: boolean; terms: string[] }> {
	return Array.from(table.keys(), (key) => {
		const terms: string[] = [];
		table.termsOf(key, terms);
		return { key, score: table.score(key), direct: table.direct(key), terms };
	});
}

describe('a query word\'s hit table', () => {
	it('lists keys in order of first hit, adds up their scores and lists each matched term once', () => {
		const table = new HitTable();
		table.reset(10);
		table.add(7, 1, 'rust', false);
		table.add(3, 2, 'rust', true);
		table.add(7, 0.5, 'rust', true);
		table.add(7, 0.25, 'rustc', false);
		expect(contents(table)).toEqual([
			{ key: 7, score: 1.75, direct: true, terms: ['rust', 'rustc'] },
			{ key: 3, score: 2, direct: true, terms: ['rust'] },
		]);
		expect(table.size).toBe(2);
		expect(table.soleTerm(3)).toBe('rust');
		expect(table.soleTerm(7)).toBeUndefined();
	});

	it('holds only the new query\'s hits after a reset, however many the last one had', () => {
		const table = new HitTable();
		table.reset(2000);
		for (let key = 0; key < 2000; key++) {
			table.add(key, 1, 'common', true);
			table.add(key, 1, 'commons', false);
		}
		table.reset(2000);
		table.add(1999, 3, 'rare', false);
		table.add(5, 1, 'rarely', true);
		expect(contents(table)).toEqual([
			{ key: 1999, score: 3, direct: false, terms: ['rare'] },
			{ key: 5, score: 1, direct: true, terms: ['rarely'] },
		]);
		expect(table.has(0)).toBe(false);
		expect(table.score(0)).toBe(0);
	});

	it('grows past its first size as keys and terms keep coming', () => {
		const table = new HitTable();
		table.reset(0);
		for (let key = 0; key < 5000; key++) table.add(key, key, `t${key % 3}`, key % 2 === 0);
		expect(table.size).toBe(5000);
		const all = contents(table);
		expect(all[4999]).toEqual({ key: 4999, score: 4999, direct: false, terms: ['t1'] });
		expect(all.map((hit) => hit.key)).toEqual(Array.from({ length: 5000 }, (_, key) => key));
	});
});

describe('searches in a row', () => {
	it('answer each query as a fresh index would, whatever the query before matched', () => {
		const used = new TalkIndex();
		used.upsert(seedExtract());
		const fresh = () => {
			const index = new TalkIndex();
			index.upsert(seedExtract());
			return index;
		};
		// A broad query first (it fills the reused tables), then narrow and two-word ones.
		for (const query of ['rust', 'zig', 'rust', 'glauber costa', 'serde', 'nothing-matches-this', 'ru']) {
			expect(used.search(query)).toEqual(fresh().search(query));
		}
	});
});
