import type { IndexStatus } from './index-status';
import { StatusSignal } from './status-signal';

/** Where `ready` takes its totals from (the talk index). */
export interface NoteTotals {
	overview(): { readonly notes: number; readonly talks: number };
}

/**
 * The indexer's status and the bookkeeping behind it: how many notes came from the record
 * cache, the cache warning every later status repeats, and the last parsed count, which a
 * `ready` after a live edit keeps. `ready` never replaces an error; a new scan's progress does.
 */
export class StatusTracker {
	private readonly signal = new StatusSignal();
	private warning: string | undefined;
	/** Notes taken from the record cache by the last start (0 after a rebuild). */
	cached = 0;

	/** The status now. */
	get(): IndexStatus {
		return this.signal.get();
	}

	/** Calls `listener` on every change; returns the unsubscribe function. */
	on(listener: (status: IndexStatus) => void): () => void {
		return this.signal.on(listener);
	}

	/** The first scan has begun: nothing counted yet, not even the cache. */
	begin(): void {
		this.signal.set({ state: 'indexing', done: 0, total: 0, cached: 0 });
	}

	/** A scan has parsed `done` of the `total` notes it found due. */
	indexing(done: number, total: number): void {
		this.signal.set({ state: 'indexing', done, total, cached: this.cached, warning: this.warning });
	}

	/** Announces `ready` with fresh totals; without `parsed`, the last parsed count stays. */
	ready(totals: NoteTotals, parsed?: number): void {
		const current = this.signal.get();
		if (current.state === 'error') return;
		const last = current.state === 'ready' ? current.parsed : 0;
		// Counts in O(1): this runs after every live edit, and `paths()` sorts every path.
		const overview = totals.overview();
		this.signal.set({ state: 'ready', notes: overview.notes, talks: overview.talks, cached: this.cached, parsed: parsed ?? last, warning: this.warning });
	}

	/** The record cache is off: every later status says so, and the console once. */
	cacheOff(message: string): void {
		this.warning = `Record cache off (${message}): notes are read again at every start`;
		console.warn(`Conference talks: ${this.warning}.`);
	}

	/** The scan failed: reported on the console and as the status. */
	fail(error: unknown): void {
		console.error('Conference talks: indexing failed', error);
		this.signal.set({ state: 'error', message: error instanceof Error ? error.message : String(error) });
	}
}
