/**
 * The fake's stand-in for Obsidian's background work (the metadata worker, deferred UI work):
 * jobs run on a later macrotask, in order, or at once when a test or the demo calls `flush()`.
 */
export class TaskQueue {
	private jobs: (() => unknown)[] = [];
	private timer: number | null = null;

	/** Queues a job; it runs on a later macrotask (or on `flush`). */
	schedule(job: () => unknown): void {
		this.jobs.push(job);
		if (this.timer === null) this.timer = window.setTimeout(() => void this.drain(), 0);
	}

	/** Jobs not yet run. */
	get pending(): number {
		return this.jobs.length;
	}

	/** Runs queued jobs (and jobs they queue) until none are left, letting promises settle in between. */
	async flush(): Promise<void> {
		for (let round = 0; round < 1000; round++) {
			await settle();
			if (this.jobs.length === 0) {
				await settle();
				if (this.jobs.length === 0) return;
			}
			await this.drain();
		}
	}

	private async drain(): Promise<void> {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		while (this.jobs.length > 0) {
			const job = this.jobs.shift()!;
			try {
				await job();
			} catch (e) {
				console.error(e);
			}
		}
	}
}

/** Lets every already-resolved promise chain run (several microtask turns). */
export async function settle(): Promise<void> {
	for (let i = 0; i < 20; i++) await Promise.resolve();
}
