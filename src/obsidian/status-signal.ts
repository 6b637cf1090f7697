import type { IndexStatus } from './index-status';

/** The indexer's current status and its change signal (listeners that throw are reported, not fatal). */
export class StatusSignal {
	private current: IndexStatus = { state: 'idle' };
	private readonly listeners = new Set<(status: IndexStatus) => void>();

	/** The status now. */
	get(): IndexStatus {
		return this.current;
	}

	/** Sets the status and tells every listener. */
	set(status: IndexStatus): void {
		this.current = status;
		for (const listener of [...this.listeners]) {
			try {
				listener(status);
			} catch (error) {
				console.error('Conference talks: a status listener failed', error);
			}
		}
	}

	/** Calls `listener` on every change; returns the unsubscribe function. */
	on(listener: (status: IndexStatus) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}
}
