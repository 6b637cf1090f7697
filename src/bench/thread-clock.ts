/**
 * The main thread's time on a CPU and time waiting for one, from Linux's per-thread
 * scheduler statistics (`/proc/thread-self/schedstat`). A long slice with run-queue wait
 * in it was partly the machine's (another process had the core); one without it was this
 * thread's own work, the code's or the collector's. Elsewhere the file is missing and the
 * benchmark says nothing about it. The wait is exact (added up when the thread is switched
 * in); the time on a CPU is brought up to date only at the kernel's ticks and switches, so a
 * reading taken by the running thread can lag by a tick (4 ms at 250 Hz).
 */
import { readFileSync } from 'node:fs';

/** Cumulative milliseconds since the thread started. */
export interface ThreadClock {
	readonly onCpuMs: number;
	readonly waitingMs: number;
}

const SCHEDSTAT = '/proc/thread-self/schedstat';

/** Reads schedstat's three fields: nanoseconds on a CPU, nanoseconds runnable but waiting, time slices. */
export function parseSchedstat(text: string): ThreadClock | undefined {
	const fields = text.trim().split(/\s+/);
	if (fields.length < 2) return undefined;
	const onCpuNs = Number(fields[0]);
	const waitingNs = Number(fields[1]);
	if (!Number.isFinite(onCpuNs) || !Number.isFinite(waitingNs)) return undefined;
	return { onCpuMs: onCpuNs / 1e6, waitingMs: waitingNs / 1e6 };
}

/** The calling thread's clock now, or undefined where the kernel does not offer it. */
export function readThreadClock(): ThreadClock | undefined {
	try {
		return parseSchedstat(readFileSync(SCHEDSTAT, 'utf8'));
	} catch {
		return undefined;
	}
}

/** What the thread did between two readings (undefined if either is missing). */
export function threadClockBetween(before: ThreadClock | undefined, after: ThreadClock | undefined): ThreadClock | undefined {
	if (!before || !after) return undefined;
	return { onCpuMs: after.onCpuMs - before.onCpuMs, waitingMs: after.waitingMs - before.waitingMs };
}
