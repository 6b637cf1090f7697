/**
 * @jest-environment jsdom
 */
/**
 * The record cache can only ever cost a cold start. Beyond what the indexer's own tests
 * cover (corrupt entries, an old schema, no IndexedDB, a failing open, a put that throws),
 * the ways browsers really fail: a quota error when the transaction commits, a read that
 * fails, a database left with another layout, an open blocked by another window, a record
 * broken deep inside. Each falls back to parsing, says so once, does not block start-up,
 * and does not loop.
 */
import { PARSER_SCHEMA_VERSION } from '../../src/core/parse/schema-version';
import { dailyNote, harness, settled, started, titles, type HarnessOptions } from '../obsidian/helpers';
import { cacheTestFiles, useCacheFixture } from '../obsidian/cache-fixture';

const DB = 'conference-talks-records/heal';
const TITLES = ['Fast Queues', 'Why Tests Flake', 'Zero-copy Parsing'];

const files = cacheTestFiles;
const { current, withCache } = useCacheFixture(DB);
let factory: IDBFactory;
let warn: jest.SpyInstance;
beforeEach(() => {
	({ factory, warn } = current());
});

/** One session: start, settle, unload; what it ended with. */
async function session(options: HarnessOptions = withCache(), during?: (h: ReturnType<typeof harness>) => Promise<void>) {
	const h = harness(files(), options);
	await started(h);
	if (during) await during(h);
	await settled(h);
	const result = { titles: titles(h.index), reads: h.app.vault.readStats.count, status: h.indexer.status };
	h.indexer.unload();
	await new Promise((r) => window.setTimeout(r, 20));
	return result;
}

/** A factory whose databases' transactions are changed by `patch` (to inject browser failures). */
function patched(patch: (tx: IDBTransaction, mode: IDBTransactionMode | undefined) => void): IDBFactory {
	const inner = factory;
	return {
		open: (name: string, version?: number) => {
			const req = inner.open(name, version);
			req.addEventListener('success', () => {
				const db = req.result;
				const transaction = db.transaction.bind(db);
				db.transaction = ((stores: string | string[], mode?: IDBTransactionMode) => {
					const tx = transaction(stores, mode);
					patch(tx, mode);
					return tx;
				}) as IDBDatabase['transaction'];
			});
			return req;
		},
		deleteDatabase: (name: string) => inner.deleteDatabase(name),
		cmp: (a: unknown, b: unknown) => inner.cmp(a, b),
		databases: () => inner.databases(),
	};
}

test('a quota error when a write commits switches the cache off once; live updates go on without retrying', async () => {
	let writes = 0;
	const full = patched((tx, mode) => {
		if (mode !== 'readwrite') return;
		writes++;
		// Browsers report a full disk by aborting the transaction with a QuotaExceededError.
		Object.defineProperty(tx, 'error', { get: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
		window.setTimeout(() => tx.abort(), 0);
	});
	const result = await session(withCache(full), async (h) => {
		await h.indexer.whenIdle();
		await new Promise((r) => window.setTimeout(r, 600));
		for (const n of [1, 2, 3]) {
			await h.app.vault.create(`2023-10-2${n}.md`, dailyNote('RustConf 2024', `Late Talk ${n} ~ Dana Roe`));
			await settled(h);
		}
		await new Promise((r) => window.setTimeout(r, 600));
	});
	expect(result.titles).toEqual([...TITLES.slice(0, 2), 'Late Talk 1', 'Late Talk 2', 'Late Talk 3', TITLES[2]].sort());
	expect(result.status).toMatchObject({ state: 'ready', warning: expect.stringContaining('full') });
	expect(writes).toBe(1);
	expect(warn).toHaveBeenCalledTimes(1);
});

test('a cache that cannot be read costs a cold start and one warning', async () => {
	await session();
	const unreadable = patched((tx, mode) => {
		if (mode === 'readwrite') return;
		const objectStore = tx.objectStore.bind(tx);
		tx.objectStore = (name: string) => {
			const store = objectStore(name);
			store.getAll = () => {
				throw new DOMException('The disk is unreadable.', 'UnknownError');
			};
			return store;
		};
	});
	const result = await session(withCache(unreadable));
	expect(result.titles).toEqual(TITLES);
	expect(result.reads).toBe(3);
	expect(result.status).toMatchObject({ state: 'ready', warning: expect.stringContaining('could not read the cache') });
	expect(warn).toHaveBeenCalledTimes(1);
});

test('a database left with another layout at the same version falls back to parsing, once', async () => {
	await new Promise<void>((resolve, reject) => {
		const req = factory.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore('old-records');
		req.onsuccess = () => {
			req.result.close();
			resolve();
		};
		req.onerror = () => reject(req.error ?? new Error('open failed'));
	});
	const result = await session();
	expect(result.titles).toEqual(TITLES);
	expect(result.status).toMatchObject({ state: 'ready', talks: 3 });
	expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
	// Every later start falls back the same way, with one warning each (the cache does not yet
	// rebuild a foreign layout; see the report of issue 6).
	const second = await session();
	expect(second.titles).toEqual(TITLES);
	expect(warn.mock.calls.length).toBeLessThanOrEqual(2);
});

test('an open blocked by another window costs a cold start right away, not a wait', async () => {
	const blocked = {
		open: () => {
			const req = {} as IDBOpenDBRequest;
			window.setTimeout(() => (req.onblocked as ((this: IDBOpenDBRequest, ev: Event) => void) | null)?.call(req, new Event('blocked')), 0);
			return req;
		},
	} as unknown as IDBFactory;
	const startedAt = Date.now();
	const result = await session(withCache(blocked));
	expect(Date.now() - startedAt).toBeLessThan(4000);
	expect(result.titles).toEqual(TITLES);
	expect(result.status).toMatchObject({ state: 'ready', warning: expect.stringContaining('blocked') });
	expect(warn).toHaveBeenCalledTimes(1);
});

test('a record broken deep inside is parsed again; the others stay cached', async () => {
	await session();
	await new Promise<void>((resolve, reject) => {
		const req = factory.open(DB, 1);
		req.onsuccess = () => {
			const tx = req.result.transaction('records', 'readwrite');
			const store = tx.objectStore('records');
			const get = store.get('2023-10-18.md');
			get.onsuccess = () => {
				const record = get.result as { extract: { talks: { line: unknown }[] } };
				record.extract.talks[0].line = 'seven';
				store.put(record);
			};
			tx.oncomplete = () => {
				req.result.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error ?? new Error('put failed'));
		};
	});
	const result = await session();
	expect(result.titles).toEqual(TITLES);
	expect(result.reads).toBe(1);
	expect(result.status).toMatchObject({ state: 'ready', warning: undefined, cached: 2 });
	expect(PARSER_SCHEMA_VERSION).toBeGreaterThan(0);
});
