/**
 * Per-path debouncing for live updates: a burst of events for one note becomes one update,
 * with the newest content an event carried (metadata `changed` passes it; `create` does not).
 */
export class DebouncedPaths {
	private readonly pending = new Map<string, { timer: number; data?: string }>();

	/** @param run called once per path after `delayMs` of quiet, with the newest content seen, if any. */
	constructor(private readonly delayMs: number, private readonly run: (path: string, data: string | undefined) => void) {}

	/** (Re)starts the path's timer; content given now replaces content given before. */
	schedule(path: string, data?: string): void {
		const prev = this.pending.get(path);
		if (prev) window.clearTimeout(prev.timer);
		const entry = { data: data ?? prev?.data, timer: 0 };
		entry.timer = window.setTimeout(() => {
			this.pending.delete(path);
			this.run(path, entry.data);
		}, this.delayMs);
		this.pending.set(path, entry);
	}

	/** Drops a path's pending update (the note was deleted or moved). */
	cancel(path: string): void {
		const prev = this.pending.get(path);
		if (prev) window.clearTimeout(prev.timer);
		this.pending.delete(path);
	}

	/** Number of paths waiting. */
	get size(): number {
		return this.pending.size;
	}

	/** True while an update for the path is waiting. */
	has(path: string): boolean {
		return this.pending.has(path);
	}

	/** Drops everything (unload). */
	clear(): void {
		for (const { timer } of this.pending.values()) window.clearTimeout(timer);
		this.pending.clear();
	}
}
