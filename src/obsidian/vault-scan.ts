/**
 * The indexer's bulk work: adopting the record cache at start, then parsing every note whose
 * inputs changed, round after round until none is left, then warming the vault-wide views.
 * Live events, settings and the lifecycle stay in the indexer; this only reads its state.
 */
import type { App, TFile } from 'obsidian';
import { runInSlices } from '../core/index/sliced-runner';
import { cachedRecordWeight, type NoteRecorder } from './note-recorder';
import { planFile, type ParseSetup } from './parse-setup';
import type { CachedRecord } from './record-cache';
import { personNotesFirst, reusableRecords } from './scan-plan';
import type { SettingsStore } from './settings-store';
import type { StatusTracker } from './status-tracker';
import { forEachLimit, TimeSlicer, type SliceClock } from './time-slicer';
import { likelyPersonNote } from './vault-files';
import type { ViewWarmer } from './view-warmer';

/** What a scan shares with the indexer. */
export interface VaultScanDeps {
	readonly app: Pick<App, 'vault' | 'metadataCache'>;
	readonly settings: SettingsStore;
	readonly notes: NoteRecorder;
	readonly tracker: StatusTracker;
	readonly warmer: ViewWarmer;
	readonly clock: SliceClock;
	/** Most file reads in flight at once. */
	readonly maxReads: number;
	/** Per path, bumped by every event on it: a read that saw another value is stale. */
	readonly generation: ReadonlyMap<string, number>;
	/** The parse setup now: settings may replace it mid-scan, and later notes use the new one. */
	readonly setup: () => ParseSetup;
	/** Whether a live update is pending for the path (that update parses it, not the scan). */
	readonly pending: (path: string) => boolean;
	readonly isCancelled: () => boolean;
	/** Called at the end of each run, views warmed, with how many notes it parsed. */
	readonly finished: (parsed: number) => void;
}

/** Runs the indexer's scans, one at a time. */
export class VaultScan {
	private current: Promise<void> | null = null;
	private again = false;

	constructor(private readonly deps: VaultScanDeps) {}

	/** The run under way, or null. */
	get running(): Promise<void> | null {
		return this.current;
	}

	/** Puts every still-valid cached record into the index (in time slices); drops the records of files that are gone. */
	async adopt(records: Map<string, CachedRecord>): Promise<void> {
		const { app, notes, tracker, clock, isCancelled } = this.deps;
		const setup = this.deps.setup();
		const { hits, gone } = reusableRecords(app.vault.getMarkdownFiles(), records, (path) => planFile(setup, path).key);
		for (const path of gone) notes.cache?.delete(path);
		await runInSlices(
			hits,
			(record) => notes.adopt(record),
			{ ...clock, weight: cachedRecordWeight, isCancelled, onError: (record, error) => console.error('Conference talks: a cached record failed', record, error) },
		);
		tracker.cached = hits.length;
	}

	/** Parses every note whose inputs changed since it was parsed, until none is left. A call during a run adds a round to it. */
	run(): Promise<void> {
		if (this.current) {
			this.again = true;
			return this.current;
		}
		// This run warms the views up when it ends: one waiting for a quiet time would only come first.
		this.deps.warmer.cancel();
		this.current = (async () => {
			let parsedTotal = 0;
			// Rounds converge: person notes do not depend on the people directory, so the second
			// round only re-parses talk notes; later rounds only run for changes made meanwhile.
			for (let round = 0; round < 10 && !this.deps.isCancelled(); round++) {
				this.again = false;
				const todo = this.dueFiles();
				if (todo.length > 0) parsedTotal += await this.parseAll(todo);
				else await this.deps.notes.cache?.flush();
				if (todo.length === 0 && !this.again) break;
			}
			// Inside the run: `ready` (and whenIdle) come once the views are made.
			if (!this.deps.isCancelled()) await this.deps.warmer.run();
			this.deps.finished(parsedTotal);
		})().finally(() => {
			this.current = null;
		});
		return this.current;
	}

	private dueFiles(): TFile[] {
		const { app, notes, pending } = this.deps;
		const setup = this.deps.setup();
		const due = app.vault.getMarkdownFiles().filter((file) => !pending(file.path) && notes.isDue(file.path, setup));
		return personNotesFirst(due, likelyPersonNote(this.deps.settings.get().peopleFolder, app.metadataCache));
	}

	private async parseAll(files: TFile[]): Promise<number> {
		const { app, notes, tracker, generation, isCancelled } = this.deps;
		const slicer = new TimeSlicer(this.deps.clock);
		let done = 0;
		const total = files.length;
		tracker.indexing(done, total);
		await forEachLimit(
			files,
			this.deps.maxReads,
			async (file) => {
				const gen = generation.get(file.path) ?? 0;
				let text: string;
				try {
					text = await app.vault.cachedRead(file);
				} catch {
					return; // Deleted or moved while queued: its own event handles it.
				}
				if (isCancelled() || gen !== (generation.get(file.path) ?? 0)) return;
				// Parse cost grows with the note's length: the slicer predicts from it.
				await slicer.run(() => {
					notes.record(file, text, this.deps.setup());
					done++;
				}, text.length);
				if (done % 25 === 0 || done === total) tracker.indexing(done, total);
			},
			isCancelled,
		);
		return done;
	}
}
