import { pauseMsWithin, slowSamples } from '../../src/bench/gc-log';

describe('slowSamples', () => {
	it('counts samples over the limit and those of them a collection pause overlapped', () => {
		const samples = [
			{ start: 0, end: 1 }, // fast
			{ start: 10, end: 15 }, // slow, a pause inside
			{ start: 20, end: 24 }, // slow, a pause that began before it and ran into it
			{ start: 30, end: 33 }, // slow, no pause
			{ start: 40, end: 40.5 }, // fast, during a pause: not counted at all
		];
		const pauses = [
			{ start: 11, end: 12 },
			{ start: 19, end: 21 },
			{ start: 40, end: 41 },
			{ start: 33, end: 35 }, // starts as the slow sample ends: no overlap
		];
		expect(slowSamples(samples, pauses, 2)).toEqual({ over: 3, duringGc: 2 });
		expect(slowSamples(samples, [], 2)).toEqual({ over: 3, duringGc: 0 });
		expect(slowSamples(samples, pauses, 10)).toEqual({ over: 0, duringGc: 0 });
	});
});

describe('pauseMsWithin', () => {
	it('adds up the part of each pause that falls inside the slice', () => {
		const slice = { start: 100, end: 130 };
		const pauses = [
			{ start: 90, end: 104 }, // began before the slice: 4 ms inside
			{ start: 110, end: 118 }, // inside: 8 ms
			{ start: 128, end: 140 }, // ran past its end: 2 ms inside
			{ start: 130, end: 135 }, // starts as it ends: none
			{ start: 50, end: 60 }, // long before: none
		];
		expect(pauseMsWithin(slice, pauses)).toBe(14);
		expect(pauseMsWithin(slice, [])).toBe(0);
		// A pause longer than the slice counts for the slice's length only.
		expect(pauseMsWithin(slice, [{ start: 0, end: 1000 }])).toBe(30);
	});
});
