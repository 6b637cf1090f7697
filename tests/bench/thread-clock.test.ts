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
	(onLinux ? it : it.skip)('counts time this thread spends working, no more than its process does', () => {
		const before = readThreadClock();
		const cpuStart = process.cpuUsage();
		// Spun until the thread's own clock says 30 ms (or 5 s of wall time go by): a process
		// CPU budget would also count the engine's compiler and collector threads, and a
		// wall-clock one the time this thread waits for a core on a loaded machine.
		const deadline = performance.now() + 5000;
		let spent = threadClockBetween(before, readThreadClock());
		while ((spent?.onCpuMs ?? 0) < 30 && performance.now() < deadline) spent = threadClockBetween(before, readThreadClock());
		const cpu = process.cpuUsage(cpuStart);
		const processMs = (cpu.user + cpu.system) / 1000;
		// A clock that does not move fails here; the kernel brings it up to date at its ticks (4 ms at 250 Hz).
		expect(spent?.onCpuMs ?? 0).toBeGreaterThan(20);
		// One thread of the process cannot have run longer than the whole process (a unit misread would).
		expect(spent?.onCpuMs ?? 0).toBeLessThanOrEqual(processMs + 5);
	});
});
