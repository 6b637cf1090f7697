/**
 * One plugin session over a fake vault: the real indexer and live index, a settings store,
 * and the IndexedDB record cache on a given fake-indexeddb factory. Sessions can start on a
 * fresh app (a full index of some files) or on an app that is still running (a restart,
 * which finds the previous session's cache).
 */
import type { TalksSettings } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { Indexer } from '../../src/obsidian/indexer';
import { TalkIndex } from '../../src/core/index/talk-index';
import { openRecordCache } from '../../src/obsidian/record-cache';
import { PluginSettingsStore } from '../../src/obsidian/settings-store';
import { createFakeApp, type FakeApp } from '../fakes/app';

/** The daily-notes core plugin's settings in every vault here. */
export const DAILY_CONFIG = { 'daily-notes.json': JSON.stringify({ folder: 'Daily', format: 'YYYY-MM-DD' }) };

/** A running session. */
export interface Session {
	readonly app: FakeApp;
	readonly index: TalkIndex;
	readonly indexer: Indexer;
	readonly settings: PluginSettingsStore;
}

/** Starts a session on `app` (layout ready, first scan done). */
export async function startSession(app: FakeApp, settings: Partial<TalksSettings>, factory: IDBFactory | undefined): Promise<Session> {
	const store = new PluginSettingsStore({ ...DEFAULT_SETTINGS, ...settings }, async () => Promise.resolve());
	const initial = store.get();
	const index = new TalkIndex({ keywordsPerTalk: initial.autoKeywords ? initial.keywordsPerTalk : 0 });
	const openCache = (onProblem: (message: string) => void) => openRecordCache('conference-talks-records/property', factory, onProblem);
	const indexer = new Indexer({ app, index, settings: store, openCache, debounceMs: 0 });
	indexer.load();
	await indexer.start();
	const session = { app, index, indexer, settings: store };
	await settle(session);
	return session;
}

/** A full index of `files` on a new app, without any cache. */
export async function freshSession(files: Readonly<Record<string, string>>, settings: Partial<TalksSettings>): Promise<Session> {
	const app = createFakeApp({ ...files }, { config: DAILY_CONFIG });
	await app.layoutReady();
	return startSession(app, settings, undefined);
}

/** Lets metadata events, debounced updates, person-note re-parses and settings work finish. */
export async function settle(session: Session): Promise<void> {
	for (let i = 0; i < 6; i++) {
		await session.app.flush();
		await new Promise((resolve) => window.setTimeout(resolve, 1));
		await session.indexer.whenIdle();
	}
}

/** Ends a session the way Obsidian unloads a plugin; resolves once its cache is written. */
export async function endSession(session: Session): Promise<void> {
	session.indexer.unload();
	await new Promise((resolve) => window.setTimeout(resolve, 5));
}

/** Everything a user can see of an index, as plain data in a stable order. */
export function observe(index: TalkIndex): unknown {
	const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const search = (query: string) => index.search(query).map((hit) => `${hit.id} ${hit.score}`);
	return {
		paths: [...index.paths()].sort(),
		talks: byId(index.talks()).map((talk) => ({ ...talk, topics: index.topicsOf(talk.id) })),
		speakers: byId(index.speakers()),
		topics: byId(index.topics()),
		conferences: byId(index.conferences()),
		diagnostics: [...index.diagnostics()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.message < b.message ? -1 : 1))),
		search: Object.fromEntries(['rust', 'ada', 'queues', 'kubernetes', 'tokio byron', 'conf'].map((q) => [q, search(q)])),
	};
}
