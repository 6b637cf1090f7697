/**
 * The plugin's services, wired once in main.ts and handed to the view, commands, links and
 * editor code: narrow dependencies instead of the plugin object.
 */
import type { App } from 'obsidian';
import type { IndexStatus } from './index-status';
import { Indexer } from './indexer';
import { TalkIndex } from '../core/index/talk-index';
import { cacheDatabaseName, openRecordCache, type RecordCacheApi } from './record-cache';
import type { SettingsStore } from './settings-store';

/** What the indexer offers to the UI. */
export interface IndexerHandle {
	readonly status: IndexStatus;
	onStatusChange(listener: (status: IndexStatus) => void): () => void;
	/** Re-reads the daily-note settings and re-parses what they move. */
	rescan(): Promise<void>;
	/** Clears the record cache and indexes the whole vault again. */
	rebuild(): Promise<void>;
	/** Resolves once no scan or live update is pending. */
	whenIdle(): Promise<void>;
}

/** Everything the UI layers need. */
export interface TalksServices {
	readonly app: App;
	/** The single source of truth: talks, speakers, topics, conferences, search. */
	readonly index: TalkIndex;
	readonly indexer: IndexerHandle;
	readonly settings: SettingsStore;
}

/** Test seams for the services. */
export interface ServicesOptions {
	readonly openCache?: (onProblem: (message: string) => void) => Promise<RecordCacheApi>;
	readonly debounceMs?: number;
}

/** The services plus the indexer component, which the plugin adds as a child. */
export interface BuiltServices {
	readonly services: TalksServices;
	readonly indexer: Indexer;
}

/** Builds the index, the indexer and the services object. Reads nothing yet. */
export function createServices(app: App, settings: SettingsStore, options: ServicesOptions = {}): BuiltServices {
	const initial = settings.get();
	const index = new TalkIndex({ keywordsPerTalk: initial.autoKeywords ? initial.keywordsPerTalk : 0 });
	const openCache = options.openCache ?? ((onProblem: (message: string) => void) => openRecordCache(cacheDatabaseName(vaultId(app)), indexedDbFactory(), onProblem));
	const indexer = new Indexer({ app, index, settings, openCache, debounceMs: options.debounceMs });
	return { services: { app, index, indexer, settings }, indexer };
}

/** Obsidian's internal per-vault id when present (stable across vault renames), else the vault name. */
function vaultId(app: App): string {
	const id = (app as unknown as { appId?: unknown }).appId;
	return typeof id === 'string' && id !== '' ? id : app.vault.getName();
}

function indexedDbFactory(): IDBFactory | undefined {
	try {
		return typeof indexedDB === 'undefined' ? undefined : indexedDB;
	} catch {
		// Some sandboxes throw on mere access.
		return undefined;
	}
}
