/**
 * The page's longest task while the background indexing ran, read from a Chromium trace: its
 * wall time and the renderer main thread's own time in it (`tdur`). Chromium runs beside the
 * machine's other processes; where the two differ, the thread was waiting for a core, which the
 * page's own clock cannot tell from work.
 */

/** The fields of a trace event this reads (Chromium's JSON trace format, times in µs). */
export interface TraceEvent {
	readonly name?: string;
	readonly ph?: string;
	readonly ts?: number;
	readonly dur?: number;
	readonly tdur?: number;
	readonly pid?: number;
	readonly tid?: number;
}

/** One task: how long it took, and how much of that its thread ran. */
export interface TraceTask {
	readonly wallMs: number;
	readonly threadMs: number;
}

/** The user-timing measure the page puts around its background indexing (browser-slices.ts). */
export const SLICE_PHASE_MEASURE = 'background indexing in slices';

/**
 * The longest timer task (`TimerFire`: one slice and the microtasks it resumes) on the thread
 * that recorded `measure`, inside it; undefined when the trace holds no such measure or task.
 */
export function longestTaskWithin(events: readonly TraceEvent[], measure: string): TraceTask | undefined {
	const begin = events.find((e) => e.name === measure && e.ph === 'b');
	const end = events.find((e) => e.name === measure && e.ph === 'e');
	if (begin?.ts === undefined || end?.ts === undefined) return undefined;
	let longest: TraceEvent | undefined;
	for (const e of events) {
		if (e.name !== 'TimerFire' || e.ph !== 'X' || e.pid !== begin.pid || e.tid !== begin.tid) continue;
		if (e.ts === undefined || e.dur === undefined || e.ts < begin.ts || e.ts + e.dur > end.ts) continue;
		if (!longest || e.dur > (longest.dur ?? 0)) longest = e;
	}
	if (longest?.dur === undefined) return undefined;
	return { wallMs: longest.dur / 1000, threadMs: (longest.tdur ?? longest.dur) / 1000 };
}
