import fc from 'fast-check';
import { MAX_KEY, Postings } from '../../../src/core/index/postings';

/** What the postings should say, as plain maps. */
function listed(postings: Postings, id: number): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	const entries = postings.entries(id);
	for (let i = 0; i < postings.count(id); i++) out.push([(entries as Int32Array)[i] >>> 8, (entries as Int32Array)[i] & 0xff]);
	return out;
}

describe('Postings', () => {
	it('agree with a plain map of maps through any sequence of adds and removes', () => {
		const step = fc.record({ add: fc.boolean(), id: fc.nat(6), key: fc.nat(40), frequency: fc.integer({ min: 1, max: 300 }) });
		fc.assert(
			fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
				const postings = new Postings();
				const model = new Map<number, Map<number, number>>();
				for (const { add, id, key, frequency } of steps) {
					const docs = model.get(id) ?? new Map<number, number>();
					model.set(id, docs);
					if (add && !docs.has(key)) {
						postings.add(id, key, frequency);
						docs.set(key, Math.min(frequency, 255));
					} else if (!add) {
						postings.remove(id, key);
						docs.delete(key);
					}
				}
				for (const [id, docs] of model) {
					expect(postings.count(id)).toBe(docs.size);
					expect(listed(postings, id).sort((a, b) => a[0] - b[0])).toEqual([...docs].sort((a, b) => a[0] - b[0]));
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('keeps the largest key it accepts and caps frequencies at 255', () => {
		const postings = new Postings();
		postings.add(3, MAX_KEY - 1, 1000);
		expect(listed(postings, 3)).toEqual([[MAX_KEY - 1, 255]]);
		expect(postings.count(99)).toBe(0);
	});
});
