import fc from 'fast-check';
import { partitionPoint } from '../../../src/core/index/compare';

describe('partitionPoint', () => {
	it('finds the first index where a prefix predicate turns false, as a linear scan does', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: -1, max: 21 }), (values, pivot) => {
				const sorted = [...values].sort((a, b) => a - b);
				const linear = sorted.findIndex((value) => value >= pivot);
				expect(partitionPoint(sorted.length, (i) => sorted[i] < pivot)).toBe(linear < 0 ? sorted.length : linear);
			}),
		);
	});
});
