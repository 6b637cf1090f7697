/**
 * The live talk index inside Obsidian.
 *
 * Start (called from `workspace.onLayoutReady`, never from onload): read the daily-note
 * settings, open the record cache, put every still-valid cached record into the index at once
 * (in time slices), then read and parse the other notes in the background: at most
 * `maxReads` reads in flight, parsing in slices of a few ms with a yield to the host between
 * slices. Talk notes parsed before all person notes were known are parsed again at the end.
 * Then the index builds its vault-wide views (topics, sorted lists, type-ahead) in the same
 * kind of slices before the status says `ready`, so the first render after indexing finds
 * them made instead of freezing to make them; after a burst of live changes it does so again.
 * The scans themselves are `VaultScan`'s; the status and its counts are `StatusTracker`'s.
 *
 * Event table (handlers are registered in `start`, after layout ready, so the vault's
 * start-up `create` storm is not seen):
 *
 * | event                                 | what happens                                                        |
 * |---------------------------------------|---------------------------------------------------------------------|
 * | metadataCache `changed (file, data)`  | debounced per file; parse `data` (no read); upsert; cache           |
 * | vault `create (file)`                 | debounced per file; read, parse, upsert (a later `changed` wins)    |
 * | vault `modify`                        | ignored: `changed` follows with the content                         |
 * | vault `delete (file or folder)`       | remove the notes from index and cache; cancel pending updates       |
 * | vault `rename (file or folder, old)`  | remove the old paths; re-scope and re-parse at the new paths        |
 * |                                       | (moving into or out of the daily folder changes scope and date)     |
 * | settings change                       | rebuild the index if the keyword cap changed; re-read daily-note    |
 * |                                       | settings; re-parse the notes whose scope or parse inputs changed    |
 * | a person note appears/changes/goes    | talk notes (notes with a conference context) are parsed again       |
 *
 * Every failure is reported (status, console) and costs at most that note or the cache.
 */
import { Component, type App, type TAbstractFile, TFile, TFolder } from 'obsidian';
import type { TalksSettings } from '../core/settings';
import { DebouncedPaths } from './debounced-paths';
import { obsidianDateParser, readDailyNoteFormat } from './daily-notes-settings';
import type { IndexStatus } from './index-status';
import type { TalkIndex } from '../core/index/talk-index';
import { NoteRecorder } from './note-recorder';
import { buildParseSetup, type ParseSetup } from './parse-setup';
import { StatusTracker } from './status-tracker';
import type { RecordCacheApi } from './record-cache';
import type { SettingsStore } from './settings-store';
import { defaultSliceClock, type SliceClock } from './time-slicer';
import { markdownUnder, pathsUnder } from './vault-files';
import { VaultScan } from './vault-scan';
import { ViewWarmer } from './view-warmer';

/** What the indexer needs. */
export interface IndexerDeps {
	readonly app: Pick<App, 'vault' | 'metadataCache'>;
	readonly index: TalkIndex;
	readonly settings: SettingsStore;
	/** Opens the record cache; it reports its own problems through `onProblem`. */
	readonly openCache: (onProblem: (message: string) => void) => Promise<RecordCacheApi>;
	readonly clock?: SliceClock;
	/** Most file reads in flight at once (default 4). */
	readonly maxReads?: number;
	/** Quiet time before a live change is indexed (default 300 ms). */
	readonly debounceMs?: number;
}

/** Keeps the index in step with the vault. */
export class Indexer extends Component {
	private readonly tracker = new StatusTracker();
	private readonly notes: NoteRecorder;
	private readonly generation = new Map<string, number>();
	private readonly updates: DebouncedPaths;
	private readonly clock: SliceClock;
	/** Quiet time after a change: before a live update, a people re-scan, a new warm-up. */
	private readonly quietMs: number;
	private setup: ParseSetup | null = null;
	private started = false;
	private cancelled = false;
	private peopleTimer: number | null = null;
	private readonly warmer: ViewWarmer;
	private readonly scan: VaultScan;
	private liveInFlight = 0;
	private starting: Promise<void> | null = null;
	/** Async work whenIdle waits for besides scans and live updates (settings being applied). */
	private readonly tracked = new Set<Promise<void>>();

	constructor(private readonly deps: IndexerDeps) {
		super();
		this.clock = deps.clock ?? defaultSliceClock();
		this.quietMs = deps.debounceMs ?? 300;
		this.updates = new DebouncedPaths(this.quietMs, (path, data) => void this.updateOne(path, data));
		this.notes = new NoteRecorder(deps.index, () => this.peopleChanged());
		this.warmer = new ViewWarmer(deps.index, this.clock, this.quietMs, () => this.cancelled);
		this.scan = new VaultScan({
			app: deps.app,
			settings: deps.settings,
			notes: this.notes,
			tracker: this.tracker,
			warmer: this.warmer,
			clock: this.clock,
			maxReads: deps.maxReads ?? 4,
			generation: this.generation,
			setup: () => this.setup!,
			pending: (path) => this.updates.has(path),
			isCancelled: () => this.cancelled,
			finished: (parsed) => this.refreshReady(parsed),
		});
	}

	/** The current status. */
	get status(): IndexStatus {
		return this.tracker.get();
	}

	/** Calls `listener` on every status change; returns the unsubscribe function. */
	onStatusChange(listener: (status: IndexStatus) => void): () => void {
		return this.tracker.on(listener);
	}

	onload(): void {
		this.register(this.deps.settings.onChange((next, prev) => this.track(this.settingsChanged(next, prev))));
	}

	onunload(): void {
		this.cancelled = true;
		this.updates.clear();
		if (this.peopleTimer !== null) window.clearTimeout(this.peopleTimer);
		this.warmer.cancel();
		void this.notes.cache?.close();
	}

	/** Registers the live events and runs the first scan. Call once the layout is ready. */
	start(): Promise<void> {
		if (!this.starting && !this.cancelled) this.starting = this.firstScan();
		return this.starting ?? Promise.resolve();
	}

	private async firstScan(): Promise<void> {
		this.started = true;
		this.registerEvents();
		try {
			this.tracker.begin();
			this.setup = await this.buildSetup(this.deps.settings.get());
			const cache = await this.deps.openCache((message) => this.tracker.cacheOff(message));
			this.notes.cache = cache;
			if (this.cancelled) return;
			await this.scan.adopt(await cache.loadAll());
			await this.scan.run();
		} catch (error) {
			this.tracker.fail(error);
		}
	}

	/**
	 * Resolves once nothing is pending: no scan, no debounced or running live update. For tests,
	 * the demo and commands that must see the index settled (it polls every few ms).
	 */
	async whenIdle(): Promise<void> {
		await this.starting;
		const busy = () =>
			this.scan.running !== null || this.tracked.size > 0 || this.updates.size > 0 || this.peopleTimer !== null || this.warmer.busy || this.liveInFlight > 0;
		while (busy() && !this.cancelled) {
			const next = this.scan.running ?? this.warmer.current ?? [...this.tracked][0];
			await (next?.catch(() => undefined) ?? new Promise<void>((resolve) => window.setTimeout(resolve, 5)));
		}
	}

	/** Forgets the cache and the index and reads every note again (a "rebuild" command). */
	async rebuild(): Promise<void> {
		if (!this.started || this.cancelled) return;
		await this.whenIdle();
		await this.notes.clear();
		this.tracker.cached = 0;
		this.setup = await this.buildSetup(this.deps.settings.get());
		await this.scan.run();
	}

	/** Re-reads the daily-note settings and re-parses whatever they move (for a "rescan" command). */
	async rescan(): Promise<void> {
		if (!this.started) return;
		this.setup = await this.buildSetup(this.deps.settings.get());
		await this.scan.run();
	}

	private registerEvents(): void {
		const { vault, metadataCache } = this.deps.app;
		this.registerEvent(metadataCache.on('changed', (file, data) => this.fileChanged(file, data)));
		this.registerEvent(vault.on('create', (file) => this.fileChanged(file)));
		this.registerEvent(vault.on('delete', (file) => this.fileDeleted(file)));
		this.registerEvent(vault.on('rename', (file, oldPath) => this.fileRenamed(file, oldPath)));
	}

	private fileChanged(file: TAbstractFile, data?: string): void {
		if (!(file instanceof TFile) || file.extension !== 'md') return;
		this.bumpGeneration(file.path);
		this.updates.schedule(file.path, data);
	}

	private fileDeleted(file: TAbstractFile): void {
		if (file instanceof TFolder) {
			for (const path of pathsUnder(this.deps.index.paths(), file.path)) this.forget(path);
		} else this.forget(file.path);
	}

	private fileRenamed(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFolder) {
			for (const path of pathsUnder(this.deps.index.paths(), oldPath)) this.forget(path);
			for (const child of markdownUnder(file)) this.fileChanged(child);
			return;
		}
		this.forget(oldPath);
		this.fileChanged(file);
	}

	private forget(path: string): void {
		this.bumpGeneration(path);
		this.updates.cancel(path);
		if (this.notes.forget(path)) {
			this.refreshReady();
			this.warmUpLater();
		}
	}

	/** A debounced live update: parse the content the event carried, or read the file. */
	private async updateOne(path: string, data: string | undefined): Promise<void> {
		if (this.cancelled || !this.setup) return;
		const file = this.deps.app.vault.getFileByPath(path);
		if (!file) return;
		const gen = this.generation.get(path) ?? 0;
		this.liveInFlight++;
		try {
			const text = data ?? (await this.deps.app.vault.cachedRead(file));
			if (this.cancelled || gen !== (this.generation.get(path) ?? 0)) return;
			this.notes.record(file, text, this.setup);
			this.refreshReady();
			this.warmUpLater();
		} catch (error) {
			console.error(`Conference talks: could not index ${path}`, error);
		} finally {
			this.liveInFlight--;
		}
	}

	private async settingsChanged(next: TalksSettings, prev: TalksSettings): Promise<void> {
		if (!this.started || this.cancelled) return;
		if (next.autoKeywords !== prev.autoKeywords || next.keywordsPerTalk !== prev.keywordsPerTalk) {
			// In place: re-adding every note here would freeze a large vault for seconds.
			this.deps.index.setKeywordsPerTalk(next.autoKeywords ? next.keywordsPerTalk : 0);
		}
		try {
			this.setup = await this.buildSetup(next);
			await this.scan.run();
		} catch (error) {
			this.tracker.fail(error);
		}
	}

	private peopleChanged(): void {
		// Batch a burst of edits into one scan run (during a scan it only adds a round).
		if (this.peopleTimer !== null) window.clearTimeout(this.peopleTimer);
		this.peopleTimer = window.setTimeout(() => {
			this.peopleTimer = null;
			void this.scan.run().catch((error) => this.tracker.fail(error));
		}, this.quietMs);
	}

	/** After live changes: warm up again once they quiet down (a scan under way warms up when it ends). */
	private warmUpLater(): void {
		if (!this.scan.running) this.warmer.schedule();
	}

	private async buildSetup(settings: TalksSettings): Promise<ParseSetup> {
		const daily = await readDailyNoteFormat(this.deps.app.vault, settings);
		return buildParseSetup(settings, daily, obsidianDateParser);
	}

	private track(work: Promise<void>): void {
		this.tracked.add(work);
		const done = () => {
			this.tracked.delete(work);
		};
		work.then(done, done);
	}

	private bumpGeneration(path: string): void {
		this.generation.set(path, (this.generation.get(path) ?? 0) + 1);
	}

	/** Re-announces `ready` with fresh totals (not while a scan is running). */
	private refreshReady(parsed?: number): void {
		if ((this.scan.running && parsed === undefined) || !this.started) return;
		this.tracker.ready(this.deps.index, parsed);
	}
}
