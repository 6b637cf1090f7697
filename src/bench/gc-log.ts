/**
 * Garbage-collection pauses while latencies are timed, so the report can say how many of
 * the samples over a target fell on a collection: on a shared two-core machine a p99 of a
 * sub-millisecond operation is set by a few pauses, and the reader should see which.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';

/** A stretch of time on `performance.now()`'s clock. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** Records every collection pause from `start()` to `stop()`. */
export class GcLog {
	private readonly pauses: Span[] = [];
	private readonly observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) this.pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
	});

	start(): this {
		this.observer.observe({ entryTypes: ['gc'] });
		return this;
	}

	/** The pauses seen; waits a moment first, as entries are delivered after the work that saw them. */
	async stop(): Promise<readonly Span[]> {
		await delay(20);
		this.observer.disconnect();
		return this.pauses;
	}
}

/** How many samples took longer than `limit` ms, and how many of those overlapped a pause. */
export interface SlowSamples {
	readonly over: number;
	readonly duringGc: number;
}

/** Counts the samples over `limit` and those of them that overlap one of `pauses`. */
export function slowSamples(samples: readonly Span[], pauses: readonly Span[], limit: number): SlowSamples {
	let over = 0;
	let duringGc = 0;
	for (const sample of samples) {
		if (sample.end - sample.start <= limit) continue;
		over++;
		if (pauses.some((pause) => pause.start < sample.end && pause.end > sample.start)) duringGc++;
	}
	return { over, duringGc };
}

/**
 * Milliseconds of `pauses` inside `span` (each clipped to it): how much of a long slice a
 * collection took, so the report can tell a slice the code made long from one a pause did.
 */
export function pauseMsWithin(span: Span, pauses: readonly Span[]): number {
	let ms = 0;
	for (const pause of pauses) ms += Math.max(0, Math.min(span.end, pause.end) - Math.max(span.start, pause.start));
	return ms;
}
