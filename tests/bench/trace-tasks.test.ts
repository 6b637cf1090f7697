import { longestTaskWithin, type TraceEvent } from '../../src/bench/trace-tasks';

const PAGE = { pid: 7, tid: 1 };
const measure = (ts: number, ph: 'b' | 'e'): TraceEvent => ({ name: 'phase', ph, ts, ...PAGE });
const timer = (ts: number, dur: number, tdur: number | undefined, where = PAGE): TraceEvent => ({ name: 'TimerFire', ph: 'X', ts, dur, tdur, ...where });

describe('longestTaskWithin', () => {
	it('gives the longest timer task inside the measure, with its thread time', () => {
		const events = [
			measure(1_000, 'b'),
			timer(2_000, 6_000, 5_900),
			timer(10_000, 25_400, 6_600), // descheduled for most of it
			timer(40_000, 8_000, 8_000),
			measure(50_000, 'e'),
		];
		expect(longestTaskWithin(events, 'phase')).toEqual({ wallMs: 25.4, threadMs: 6.6 });
	});

	it('leaves out tasks before or after the measure, on other threads, and of other kinds', () => {
		const events = [
			timer(0, 90_000, 90_000), // starts before the measure
			measure(1_000, 'b'),
			timer(2_000, 5_000, 5_000),
			timer(3_000, 70_000, 70_000, { pid: 8, tid: 1 }), // another process
			{ name: 'FunctionCall', ph: 'X', ts: 4_000, dur: 60_000, tdur: 60_000, ...PAGE },
			timer(45_000, 9_000, 9_000), // runs past the end
			measure(50_000, 'e'),
		];
		expect(longestTaskWithin(events, 'phase')).toEqual({ wallMs: 5, threadMs: 5 });
	});

	it('answers nothing without the measure or a task, and takes the wall time where no thread time was recorded', () => {
		expect(longestTaskWithin([timer(2_000, 5_000, 5_000)], 'phase')).toBeUndefined();
		expect(longestTaskWithin([measure(0, 'b'), measure(9_000, 'e')], 'phase')).toBeUndefined();
		expect(longestTaskWithin([measure(0, 'b'), timer(1_000, 4_000, undefined), measure(9_000, 'e')], 'phase')).toEqual({ wallMs: 4, threadMs: 4 });
	});
});
