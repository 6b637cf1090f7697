/**
 * Runs the index's warm-up (`TalkIndexApi.warmUp`) in time slices: once after a scan, so the
 * first render after indexing finds the vault-wide views made, and again after a burst of
 * live changes (a quiet time after the last one), so the next reads stay cheap too.
 */
import type { TalkIndexApi } from '../core/index/index-api';
import { runStepsInSlices } from '../core/index/sliced-runner';
import type { SliceClock } from './time-slicer';

/** One warm-up at a time, on demand or after a quiet time. */
export class ViewWarmer {
	private timer: number | null = null;
	private warming: Promise<void> | null = null;
	private again = false;

	constructor(
		private readonly index: Pick<TalkIndexApi, 'warmUp'>,
		private readonly clock: SliceClock,
		/** Quiet time after the last change before warming up again. */
		private readonly quietMs: number,
		private readonly isCancelled: () => boolean,
	) {}

	/** The run under way, if any (for whenIdle). */
	get current(): Promise<void> | null {
		return this.warming;
	}

	/** True while a run is under way or waiting for its quiet time. */
	get busy(): boolean {
		return this.timer !== null || this.warming !== null;
	}

	/**
	 * Warms up now, in slices; resolves when done. A change during it makes the index's warm-up
	 * start over by itself; a call during it runs it once more after. A failure only costs speed
	 * (the views are then made when first read), so it is reported, never thrown.
	 */
	run(): Promise<void> {
		if (this.warming) {
			this.again = true;
			return this.warming;
		}
		this.warming = (async () => {
			try {
				do {
					this.again = false;
					await runStepsInSlices(this.index.warmUp(), { ...this.clock, isCancelled: this.isCancelled });
				} while (this.again && !this.isCancelled());
			} catch (error) {
				console.error('Conference talks: preparing the views failed', error);
			}
		})().finally(() => {
			this.warming = null;
		});
		return this.warming;
	}

	/** Warms up after `quietMs` without a further call (a burst of changes warms up once). */
	schedule(): void {
		if (this.isCancelled()) return;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.run();
		}, this.quietMs);
	}

	/** Drops a scheduled warm-up (a run under way stops at its next slice once cancelled). */
	cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}
}
