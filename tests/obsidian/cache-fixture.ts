/** Shared set-up of the record-cache suites: a small vault, a fresh fake IndexedDB per test, console.warn captured. */
import { IDBFactory } from 'fake-indexeddb';
import { openRecordCache } from '../../src/obsidian/record-cache';
import { dailyNote, type HarnessOptions } from './helpers';

/** Two daily notes with three talks, and one ordinary note. */
export const cacheTestFiles = (): Record<string, string> => ({
	'2023-10-18.md': dailyNote('RustConf 2024', 'Fast Queues ~ Ada Byron', 'Why Tests Flake ~ Bo Linde'),
	'2023-10-19.md': dailyNote('RustConf 2024', 'Zero-copy Parsing ~ Carl Lerche'),
	'Notes.md': 'just a note',
});

/** The current test's IndexedDB and captured warnings. */
export interface CacheFixture {
	readonly factory: IDBFactory;
	readonly warn: jest.SpyInstance;
}

/** Registers the per-test hooks; returns the current fixture, and harness options that cache in `db` (null: no IndexedDB). */
export function useCacheFixture(db: string): { current: () => CacheFixture; withCache: (f?: IDBFactory | null) => HarnessOptions } {
	let fixture: CacheFixture | null = null;
	beforeEach(() => {
		fixture = { factory: new IDBFactory(), warn: jest.spyOn(console, 'warn').mockImplementation(() => {}) };
	});
	afterEach(() => fixture?.warn.mockRestore());
	const current = (): CacheFixture => {
		if (!fixture) throw new Error('useCacheFixture: used outside a test');
		return fixture;
	};
	const withCache = (f: IDBFactory | null = current().factory): HarnessOptions => ({ openCache: (onProblem) => openRecordCache(db, f ?? undefined, onProblem) });
	return { current, withCache };
}
