import fc from 'fast-check';
import { compareStrings } from '../../../src/core/index/compare';
import { SuffixedIds } from '../../../src/core/index/suffixed-ids';

describe('collision-free ids', () => {
	it('numbers colliding keys by key order: the first keeps the base', () => {
		const ids = new SuffixedIds<string>(compareStrings);
		expect(ids.add('c++', 'c')).toEqual(['c++']);
		expect(ids.add('c', 'c')).toEqual(['c', 'c++']);
		expect([ids.idOf('c'), ids.idOf('c++')]).toEqual(['c', 'c~2']);
		expect(ids.remove('c')).toEqual(['c++']);
		expect(ids.idOf('c++')).toBe('c');
		expect(ids.keyOf('c~2')).toBeUndefined();
	});

	it('always agrees with sorting each group from scratch, and never keeps a stale id', () => {
		const BASES = ['x', 'y'];
		const KEYS = ['a', 'b', 'c', 'd', 'e'];
		const step = fc.tuple(fc.boolean(), fc.constantFrom(...KEYS), fc.constantFrom(...BASES));
		fc.assert(
			fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
				const ids = new SuffixedIds<string>(compareStrings);
				const oracle = new Map<string, string>();
				for (const [adding, key, base] of steps) {
					if (adding && !oracle.has(key)) {
						ids.add(key, base);
						oracle.set(key, base);
					} else if (!adding) {
						ids.remove(key);
						oracle.delete(key);
					}
					const expected = new Map<string, string>();
					for (const b of BASES) {
						const group = [...oracle].filter(([, kb]) => kb === b).map(([k]) => k).sort(compareStrings);
						group.forEach((k, i) => expected.set(i === 0 ? b : `${b}~${i + 1}`, k));
					}
					for (const key of KEYS) expect(ids.idOf(key)).toBe([...expected].find(([, k]) => k === key)?.[0]);
					for (const b of BASES) {
						for (const id of [b, `${b}~2`, `${b}~3`, `${b}~4`, `${b}~5`, `${b}~6`]) expect(ids.keyOf(id)).toBe(expected.get(id));
					}
					expect(ids.size).toBe(oracle.size);
				}
			}),
			{ seed: 7, numRuns: 200 },
		);
	});
});
