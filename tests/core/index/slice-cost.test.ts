import { SliceCostModel } from '../../../src/core/index/slice-cost';

describe('SliceCostModel', () => {
	it('predicts nothing before it has measured a weighed item', () => {
		const cost = new SliceCostModel();
		expect(cost.wouldOverrun(7, 1000, 8)).toBe(false);
		cost.learn(5, 0);
		expect(cost.wouldOverrun(7, 1000, 8)).toBe(false);
	});

	it('predicts an overrun from the learned cost per unit, never for an empty slice', () => {
		const cost = new SliceCostModel();
		cost.learn(4, 40); // 0.1 ms per unit
		expect(cost.wouldOverrun(5, 30, 8)).toBe(false); // 5 + 3 = 8: fits exactly
		expect(cost.wouldOverrun(5, 31, 8)).toBe(true);
		expect(cost.wouldOverrun(0, 1000, 8)).toBe(false); // alone it runs, however big
	});

	it('follows a drifting cost without jumping on one sample, and ignores nonsense measurements', () => {
		const cost = new SliceCostModel();
		cost.learn(10, 10); // 1 ms per unit
		cost.learn(20, 10); // one sample of 2 ms per unit: estimate moves to 1.2
		expect(cost.wouldOverrun(1, 5, 7)).toBe(false); // 1 + 6 = 7
		expect(cost.wouldOverrun(1, 6, 7)).toBe(true); // 1 + 7.2
		cost.learn(Number.NaN, 10);
		cost.learn(-5, 10);
		expect(cost.wouldOverrun(1, 5, 7)).toBe(false);
	});
});
