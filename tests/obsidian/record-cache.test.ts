/**
 * @jest-environment jsdom
 */
import { PARSER_SCHEMA_VERSION } from '../../src/core/parse/schema-version';
import { openRecordCache, type RecordCacheApi } from '../../src/obsidian/record-cache';
import { dailyNote, harness, settled, started, titles, type HarnessOptions } from './helpers';
import { cacheTestFiles, useCacheFixture } from './cache-fixture';

const DB = 'conference-talks-records/test';

const files = cacheTestFiles;
const { current, withCache } = useCacheFixture(DB);
let factory: IDBFactory;
let warn: jest.SpyInstance;
beforeEach(() => {
	({ factory, warn } = current());
});

/** One plugin session over the given files: start, settle, unload (which flushes and closes the cache). */
async function session(vault: Record<string, string>, options: HarnessOptions = withCache(), edit?: (h: ReturnType<typeof harness>) => Promise<void>) {
	const h = harness(vault, options);
	if (edit) await edit(h);
	await started(h);
	await settled(h);
	const result = { titles: titles(h.index), reads: h.app.vault.readStats.count, status: h.indexer.status };
	h.indexer.unload();
	await new Promise((r) => window.setTimeout(r, 20));
	return result;
}

async function storedPaths(): Promise<string[]> {
	const cache = await openRecordCache(DB, factory, () => {});
	const all = await cache.loadAll();
	await cache.close();
	return [...all.keys()].sort();
}

async function putRaw(value: unknown): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		const req = factory.open(DB, 1);
		req.onsuccess = () => {
			const tx = req.result.transaction('records', 'readwrite');
			tx.objectStore('records').put(value);
			tx.oncomplete = () => {
				req.result.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error ?? new Error('put failed'));
		};
		req.onerror = () => reject(req.error ?? new Error('open failed'));
	});
}

test('a second start takes every unchanged note from the cache without reading it', async () => {
	const first = await session(files());
	expect(first.reads).toBe(3);
	const second = await session(files());
	expect(second.reads).toBe(0);
	expect(second.titles).toEqual(first.titles);
	expect(second.status).toMatchObject({ state: 'ready', cached: 3, parsed: 0, talks: 3 });
	expect(await storedPaths()).toEqual(['2023-10-18.md', '2023-10-19.md', 'Notes.md']);
});

test('a note changed while Obsidian was closed is read again; the others stay cached', async () => {
	await session(files());
	const second = await session(files(), withCache(), async (h) => {
		await h.app.vault.modify(h.app.vault.getFileByPath('2023-10-19.md')!, dailyNote('RustConf 2024', 'Async Drop ~ Ada Byron'));
		// Its metadata events pass before the plugin starts listening, as for an edit made while closed.
		await h.app.flush();
	});
	expect(second.reads).toBe(1);
	expect(second.titles).toEqual(['Async Drop', 'Fast Queues', 'Why Tests Flake']);
});

test('a settings change between sessions re-parses the notes it affects', async () => {
	await session(files());
	const second = await session(files(), { ...withCache(), settings: { topicList: 'queues => Queues' } });
	expect(second.reads).toBe(3);
});

test('deleted notes are dropped from the cache', async () => {
	await session(files());
	const { 'Notes.md': _gone, ...rest } = files();
	await session(rest);
	expect(await storedPaths()).toEqual(['2023-10-18.md', '2023-10-19.md']);
});

test('a corrupt entry or an old schema only costs a re-parse of that note', async () => {
	await session(files());
	await putRaw({ path: '2023-10-18.md', mtime: 1, size: 1, schema: PARSER_SCHEMA_VERSION, key: 'x', people: '', extract: { talks: 'nope' } });
	await putRaw({ path: 'Notes.md', mtime: 1_600_000_000_000, size: 11, schema: PARSER_SCHEMA_VERSION - 1, key: 'x', people: '', extract: { path: 'Notes.md', date: '', conferences: [], talks: [], diagnostics: [] } });
	await putRaw({ path: 42 });
	const second = await session(files());
	expect(second.reads).toBe(2);
	expect(second.titles).toEqual(['Fast Queues', 'Why Tests Flake', 'Zero-copy Parsing']);
	expect(second.status).toMatchObject({ state: 'ready', warning: undefined });
	const third = await session(files());
	expect(third.reads).toBe(0);
});

test('without IndexedDB the plugin still indexes, and says why once', async () => {
	const result = await session(files(), withCache(null));
	expect(result.titles).toEqual(['Fast Queues', 'Why Tests Flake', 'Zero-copy Parsing']);
	expect(result.status).toMatchObject({ state: 'ready', warning: expect.stringContaining('IndexedDB is not available') });
	expect(warn).toHaveBeenCalledTimes(1);
});

test('an IndexedDB that fails to open costs a cold start, not an error', async () => {
	const broken = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
	const result = await session(files(), withCache(broken));
	expect(result.status).toMatchObject({ state: 'ready', talks: 3, warning: expect.stringContaining('SecurityError') });
	expect(warn).toHaveBeenCalledTimes(1);
});

test('a full disk switches the cache off once; indexing and live updates go on', async () => {
	let puts = 0;
	const opts: HarnessOptions = {
		openCache: async (onProblem) => {
			const cache = await openRecordCache(DB, factory, onProblem);
			const db = (cache as unknown as { db: IDBDatabase }).db;
			const transaction = db.transaction.bind(db);
			db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
				const tx = transaction(...args);
				const objectStore = tx.objectStore.bind(tx);
				tx.objectStore = (name: string) => {
					const store = objectStore(name);
					store.put = () => {
						puts++;
						throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					};
					return store;
				};
				return tx;
			}) as IDBDatabase['transaction'];
			return cache;
		},
	};
	const h = harness(files(), opts);
	await started(h);
	await h.app.vault.create('2023-10-20.md', dailyNote('RustConf 2024', 'Closing ~ Dana Roe'));
	await settled(h);
	expect(titles(h.index)).toContain('Closing');
	expect(h.indexer.status).toMatchObject({ state: 'ready', warning: expect.stringContaining('full') });
	expect(puts).toBe(1);
	expect(warn).toHaveBeenCalledTimes(1);
	h.indexer.unload();
});

test('rebuild empties the cache and reads every note again', async () => {
	await session(files());
	const h = harness(files(), withCache());
	await started(h);
	expect(h.app.vault.readStats.count).toBe(0);
	await h.indexer.rebuild();
	expect(h.app.vault.readStats.count).toBe(3);
	expect(titles(h.index)).toEqual(['Fast Queues', 'Why Tests Flake', 'Zero-copy Parsing']);
	expect(h.indexer.status).toMatchObject({ state: 'ready', cached: 0, parsed: 3 });
	h.indexer.unload();
	await new Promise((r) => window.setTimeout(r, 20));
	expect(await storedPaths()).toEqual(['2023-10-18.md', '2023-10-19.md', 'Notes.md']);
});

test('records round-trip through the cache API', async () => {
	const cache: RecordCacheApi = await openRecordCache(DB, factory, () => {});
	const extract = { path: 'a.md', date: '', conferences: [], talks: [], diagnostics: [] };
	cache.put({ path: 'a.md', mtime: 5, size: 6, schema: PARSER_SCHEMA_VERSION, key: 'k', people: '', extract });
	await cache.flush();
	expect((await cache.loadAll()).get('a.md')).toEqual({ path: 'a.md', mtime: 5, size: 6, schema: PARSER_SCHEMA_VERSION, key: 'k', people: '', extract });
	cache.delete('a.md');
	await cache.close();
	expect(await storedPaths()).toEqual([]);
});

test('a database at version 1 without the records store heals itself: one cold start, no warning, then warm', async () => {
	await new Promise<void>((resolve, reject) => {
		// What an interrupted first upgrade or another tool can leave behind: the version, no store.
		const req = factory.open(DB, 1);
		req.onsuccess = () => {
			req.result.close();
			resolve();
		};
		req.onerror = () => reject(req.error ?? new Error('open failed'));
	});
	const first = await session(files());
	expect(first.reads).toBe(3);
	expect(first.status).toMatchObject({ state: 'ready', warning: undefined });
	const second = await session(files());
	expect(second.reads).toBe(0);
	expect(second.status).toMatchObject({ state: 'ready', cached: 3, parsed: 0, warning: undefined });
	expect(warn).not.toHaveBeenCalled();
	expect(await storedPaths()).toEqual(['2023-10-18.md', '2023-10-19.md', 'Notes.md']);
});
