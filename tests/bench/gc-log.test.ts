import { slowSamples } from '../../src/bench/gc-log';

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
