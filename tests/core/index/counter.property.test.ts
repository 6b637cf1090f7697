import fc from 'fast-check';
import { Counter } from '../../../src/core/index/counter';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** The counter's contract, spelled with a plain insertion-ordered map. */
class MapCounter {
	readonly counts = new Map<string, number>();
	add(value: string, by: number): void {
		this.counts.set(value, (this.counts.get(value) ?? 0) + by);
	}
	remove(value: string, by: number): void {
		const left = (this.counts.get(value) ?? 0) - by;
		if (left > 0) this.counts.set(value, left);
		else this.counts.delete(value);
	}
}

describe('Counter', () => {
	it('answers as an insertion-ordered map of counts through any adds and removes', () => {
		const step = fc.record({ add: fc.boolean(), value: fc.constantFrom('a', 'b', 'c', 'Ada', 'ada'), by: fc.integer({ min: 1, max: 3 }) });
		fc.assert(
			fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
				const counter = new Counter();
				const model = new MapCounter();
				for (const { add, value, by } of steps) {
					if (add) {
						counter.add(value, by);
						model.add(value, by);
					} else {
						counter.remove(value, by);
						model.remove(value, by);
					}
					expect(counter.size).toBe(model.counts.size);
					expect([...counter.entries()]).toEqual([...model.counts.entries()]);
					expect([...counter.keys()]).toEqual([...model.counts.keys()]);
					for (const probe of ['a', 'b', 'c', 'Ada', 'ada', 'zz']) {
						expect(counter.count(probe)).toBe(model.counts.get(probe) ?? 0);
						expect(counter.has(probe)).toBe(model.counts.has(probe));
					}
				}
			}),
			{ numRuns: runs },
		);
	});

	it('counts objects by identity, as the talk counters do', () => {
		const one = { id: 1 };
		const same = { id: 1 };
		const counter = new Counter<object>();
		counter.add(one);
		counter.add(same);
		counter.remove(one);
		expect([...counter.keys()]).toEqual([same]);
		expect(counter.has(one)).toBe(false);
	});
});
