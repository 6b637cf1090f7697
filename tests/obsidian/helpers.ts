/** Shared setup for the Obsidian adapter tests: a fake vault with an indexer over it. */
import { DEFAULT_SETTINGS, type TalksSettings } from '../../src/core/settings';
import { Indexer } from '../../src/obsidian/indexer';
import { TalkIndex } from '../../src/core/index/talk-index';
import type { RecordCacheApi } from '../../src/obsidian/record-cache';
import { PluginSettingsStore } from '../../src/obsidian/settings-store';
import type { SliceClock } from '../../src/obsidian/time-slicer';
import { createFakeApp, type FakeApp } from '../fakes/app';

/** A cache that holds nothing and reports nothing (tests that are not about the cache). */
export const noCache = async (): Promise<RecordCacheApi> =>
	Promise.resolve({
		problem: undefined,
		loadAll: async () => Promise.resolve(new Map()),
		put: () => {},
		delete: () => {},
		flush: async () => Promise.resolve(),
		clear: async () => Promise.resolve(),
		close: async () => Promise.resolve(),
	});

/** What a test gets. */
export interface Harness {
	app: FakeApp;
	index: TalkIndex;
	indexer: Indexer;
	settings: PluginSettingsStore;
	saved: TalksSettings[];
}

/** Options for {@link harness}. */
export interface HarnessOptions {
	settings?: Partial<TalksSettings>;
	config?: Record<string, string>;
	openCache?: (onProblem: (message: string) => void) => Promise<RecordCacheApi>;
	clock?: SliceClock;
	maxReads?: number;
}

/** Builds a fake app and a loaded (not yet started) indexer over it. */
export function harness(files: Record<string, string>, options: HarnessOptions = {}): Harness {
	const app = createFakeApp(files, { config: options.config });
	const saved: TalksSettings[] = [];
	const settings = new PluginSettingsStore({ ...DEFAULT_SETTINGS, ...options.settings }, async (s) => {
		saved.push(s);
		return Promise.resolve();
	});
	const index = new TalkIndex();
	const indexer = new Indexer({ app, index, settings, openCache: options.openCache ?? noCache, clock: options.clock, maxReads: options.maxReads, debounceMs: 0 });
	indexer.load();
	return { app, index, indexer, settings, saved };
}

/** Marks the layout ready, starts the indexer and waits until it is idle. */
export async function started(h: Harness): Promise<Harness> {
	await h.app.layoutReady();
	await h.indexer.start();
	await h.indexer.whenIdle();
	return h;
}

/** Lets metadata events and debounced updates run, then waits for the indexer. */
export async function settled(h: Harness): Promise<void> {
	for (let i = 0; i < 3; i++) {
		await h.app.flush();
		await new Promise((r) => window.setTimeout(r, 2));
		await h.indexer.whenIdle();
	}
}

/** Talk titles in the index, sorted. */
export function titles(index: TalkIndex): string[] {
	return index.talks().map((t) => t.title).sort();
}

/** A daily note holding the given talk lines under one conference. */
export function dailyNote(conference: string, ...talks: string[]): string {
	return `[[${conference}]]\n${talks.map((t) => `- ${t}`).join('\n')}\n`;
}
