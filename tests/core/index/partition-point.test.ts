import fc from 'fast-check';
import { compareTalkPlaces, partitionPoint, talkPlaceBound } from '../../../src/core/index/compare';
import type { Talk } from '../../../src/core/model';

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

describe('talkPlaceBound', () => {
	const place = (date: string, file: string, line: number) => ({ date, file, line }) as Talk;
	const at = (list: readonly Talk[], index: number) => list[index];

	it('finds where a talk goes in a list filed by place, before or after its equals, as a linear scan does', () => {
		const arbitraryPlace = fc.record({ date: fc.constantFrom('', '2023-10-18', '2024-01-01'), file: fc.constantFrom('a.md', 'b.md'), line: fc.integer({ min: 1, max: 4 }) });
		fc.assert(
			fc.property(fc.array(arbitraryPlace), arbitraryPlace, fc.boolean(), (places, probe, pastEqual) => {
				const list = places.map((p) => place(p.date, p.file, p.line)).sort(compareTalkPlaces);
				const talk = place(probe.date, probe.file, probe.line);
				const linear = list.findIndex((other) => (pastEqual ? compareTalkPlaces(other, talk) > 0 : compareTalkPlaces(other, talk) >= 0));
				expect(talkPlaceBound(list, list.length, at, talk, pastEqual)).toBe(linear < 0 ? list.length : linear);
			}),
		);
	});
});
