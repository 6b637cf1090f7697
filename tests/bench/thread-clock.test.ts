import { parseSchedstat, readThreadClock, threadClockBetween } from '../../src/bench/thread-clock';

describe('parseSchedstat', () => {
	it('reads nanoseconds on a CPU and waiting for one as milliseconds', () => {
		expect(parseSchedstat('2103396569 3845120 26\n')).toEqual({ onCpuMs: 2103.396569, waitingMs: 3.84512 });
	});

	it('answers nothing for text that is not the kernel format', () => {
		expect(parseSchedstat('')).toBeUndefined();
		expect(parseSchedstat('12')).toBeUndefined();
		expect(parseSchedstat('abc def 1')).toBeUndefined();
	});
});

describe('threadClockBetween', () => {
	it('gives what the thread did between two readings', () => {
		expect(threadClockBetween({ onCpuMs: 10, waitingMs: 1 }, { onCpuMs: 25.5, waitingMs: 4 })).toEqual({ onCpuMs: 15.5, waitingMs: 3 });
	});

	it('gives nothing when a reading is missing', () => {
		expect(threadClockBetween(undefined, { onCpuMs: 1, waitingMs: 0 })).toBeUndefined();
		expect(threadClockBetween({ onCpuMs: 1, waitingMs: 0 }, undefined)).toBeUndefined();
	});
});

describe('readThreadClock', () => {
	// Off Linux the file is missing and the benchmark leaves the row out: the test shows as skipped, not passed.
	const onLinux = readThreadClock() !== undefined;
	(onLinux ? it : it.skip)('counts time this thread spends working, as the process CPU clock does', () => {
		const before = readThreadClock();
		// Spun until the process has used 30 ms of CPU, not 30 ms of wall time: on a loaded
		// machine the thread may wait for a core for most of a wall-clock spin.
		const cpuStart = process.cpuUsage();
		let spins = 0;
		while (process.cpuUsage(cpuStart).user < 30_000) spins++;
		const spent = threadClockBetween(before, readThreadClock());
		expect(spins).toBeGreaterThan(0);
		// The kernel updates the thread's time on a CPU at its ticks (4 ms at 250 Hz).
		expect(spent?.onCpuMs ?? 0).toBeGreaterThan(20);
	});
});
