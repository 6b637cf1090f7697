/**
 * Per-file record cache in IndexedDB, one database per vault, keyed by path. A record is
 * reusable when the file's mtime and size, the parser's schema version and the parse key
 * (settings and scope that shaped it) all still match; the indexer checks that.
 *
 * The cache can only ever cost a cold start: a corrupt entry is dropped, an old schema is
 * dropped, and if IndexedDB is missing, blocked, full or failing, the cache switches itself
 * off, reports the reason once through `onProblem`, and every call becomes a no-op.
 */
import { checkExtract } from '../core/index/extract-check';
import type { NoteExtract } from '../core/model';
import { PARSER_SCHEMA_VERSION } from '../core/parse/schema-version';

/** One cached parse. */
export interface CachedRecord {
	readonly path: string;
	readonly mtime: number;
	readonly size: number;
	/** PARSER_SCHEMA_VERSION when it was written. */
	readonly schema: number;
	/** Fingerprint of the settings and scope the note was parsed with. */
	readonly key: string;
	/** Fingerprint of the people directory it was parsed with ('' when it has no conference context). */
	readonly people: string;
	readonly extract: NoteExtract;
}

/** The database layout version (object stores), not the parser's. */
const DB_VERSION = 1;
const STORE = 'records';
/** Writes are batched into one transaction this long after the first queued change. */
const WRITE_DELAY_MS = 500;
/** An open that neither succeeds nor fails (blocked by another window) is given up after this. */
const OPEN_TIMEOUT_MS = 5000;

/** The cache's interface, as the indexer uses it. */
export interface RecordCacheApi {
	/** Every valid record by path. Invalid and old-schema entries are dropped from the database. */
	loadAll(): Promise<Map<string, CachedRecord>>;
	/** Queues a write. */
	put(record: CachedRecord): void;
	/** Queues a removal. */
	delete(path: string): void;
	/** Writes what is queued now. */
	flush(): Promise<void>;
	/** Drops every record (and every queued write). */
	clear(): Promise<void>;
	/** Flushes, then closes the database. */
	close(): Promise<void>;
	/** Why the cache is off, when it is. */
	readonly problem: string | undefined;
}

/** The database name for a vault. */
export function cacheDatabaseName(vaultId: string): string {
	return `conference-talks-records/${vaultId}`;
}

/** Opens (or creates) the vault's cache. Never rejects: a failure gives a disabled cache. */
export async function openRecordCache(name: string, factory: IDBFactory | undefined, onProblem: (message: string) => void): Promise<RecordCacheApi> {
	const cache = new IdbRecordCache(onProblem);
	if (!factory) {
		cache.disable('IndexedDB is not available');
		return cache;
	}
	try {
		cache.attach(await openDatabase(factory, name));
	} catch (error) {
		cache.disable(`could not open IndexedDB (${describe(error)})`);
	}
	return cache;
}

class IdbRecordCache implements RecordCacheApi {
	problem: string | undefined;
	private db: IDBDatabase | null = null;
	private readonly queue = new Map<string, CachedRecord | null>();
	private timer: number | null = null;
	private writing: Promise<void> = Promise.resolve();

	constructor(private readonly onProblem: (message: string) => void) {}

	attach(db: IDBDatabase): void {
		this.db = db;
		// Another window upgrading the database must not be blocked by this one.
		db.onversionchange = () => this.disable('the database was upgraded by another window');
	}

	disable(reason: string): void {
		if (this.problem !== undefined) return;
		this.problem = reason;
		this.queue.clear();
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		try {
			this.db?.close();
		} catch {
			// Already closed.
		}
		this.db = null;
		this.onProblem(reason);
	}

	async loadAll(): Promise<Map<string, CachedRecord>> {
		const records = new Map<string, CachedRecord>();
		const db = this.db;
		if (!db) return records;
		let raw: unknown[];
		try {
			raw = await request<unknown[]>(db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
		} catch (error) {
			this.disable(`could not read the cache (${describe(error)})`);
			return records;
		}
		const stale: string[] = [];
		for (const entry of raw) {
			const record = validRecord(entry);
			if (record) records.set(record.path, record);
			else if (entry && typeof entry === 'object' && typeof (entry as { path?: unknown }).path === 'string') stale.push((entry as { path: string }).path);
		}
		for (const path of stale) this.delete(path);
		return records;
	}

	put(record: CachedRecord): void {
		this.enqueue(record.path, record);
	}

	delete(path: string): void {
		this.enqueue(path, null);
	}

	async flush(): Promise<void> {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		const db = this.db;
		if (!db || this.queue.size === 0) return this.writing;
		const batch = [...this.queue];
		this.queue.clear();
		this.writing = this.writing.then(() => this.write(db, batch));
		return this.writing;
	}

	async clear(): Promise<void> {
		this.queue.clear();
		const db = this.db;
		if (!db) return;
		this.writing = this.writing.then(async () => {
			try {
				const tx = db.transaction(STORE, 'readwrite');
				tx.objectStore(STORE).clear();
				await done(tx);
			} catch (error) {
				this.disable(`could not clear the cache (${describe(error)})`);
			}
		});
		return this.writing;
	}

	async close(): Promise<void> {
		await this.flush();
		this.db?.close();
		this.db = null;
	}

	private enqueue(path: string, record: CachedRecord | null): void {
		if (!this.db) return;
		this.queue.set(path, record);
		if (this.timer === null) this.timer = window.setTimeout(() => void this.flush(), WRITE_DELAY_MS);
	}

	private async write(db: IDBDatabase, batch: [string, CachedRecord | null][]): Promise<void> {
		try {
			const tx = db.transaction(STORE, 'readwrite');
			const store = tx.objectStore(STORE);
			for (const [path, record] of batch) {
				if (record) store.put(record);
				else store.delete(path);
			}
			await done(tx);
		} catch (error) {
			const full = error instanceof DOMException && error.name === 'QuotaExceededError';
			this.disable(full ? 'the browser storage for the cache is full' : `could not write the cache (${describe(error)})`);
		}
	}
}

function validRecord(entry: unknown): CachedRecord | undefined {
	if (!entry || typeof entry !== 'object') return undefined;
	const r = entry as Record<string, unknown>;
	if (typeof r.path !== 'string' || typeof r.mtime !== 'number' || typeof r.size !== 'number') return undefined;
	if (r.schema !== PARSER_SCHEMA_VERSION || typeof r.key !== 'string' || typeof r.people !== 'string') return undefined;
	// checkExtract returns the very same object only when the extract is intact.
	const extract = checkExtract(r.extract);
	if (extract === undefined || extract !== r.extract || extract.path !== r.path) return undefined;
	return entry as CachedRecord;
}

/**
 * Opens the database at DB_VERSION. A database that lacks the store (left half-made by an
 * older build or another tool) would never get an upgrade at the same version, so it is
 * reopened once at its version + 1, which recreates the store. A database healed that way sits
 * above DB_VERSION: opening it at DB_VERSION is a VersionError, so it is opened at its own version.
 */
function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const timer = window.setTimeout(() => reject(new Error('timed out (blocked by another window?)')), OPEN_TIMEOUT_MS);
		const finish = (fn: () => void) => {
			window.clearTimeout(timer);
			fn();
		};
		let healed = false;
		let atOwnVersion = false;
		const attempt = (version: number | undefined) => {
			let req: IDBOpenDBRequest;
			try {
				req = version === undefined ? factory.open(name) : factory.open(name, version);
			} catch (error) {
				finish(() => reject(error instanceof Error ? error : new Error(String(error))));
				return;
			}
			req.onupgradeneeded = () => {
				const db = req.result;
				if (db.objectStoreNames.contains(STORE)) db.deleteObjectStore(STORE);
				db.createObjectStore(STORE, { keyPath: 'path' });
			};
			req.onsuccess = () => {
				const db = req.result;
				if (db.objectStoreNames.contains(STORE) || healed) {
					finish(() => resolve(db));
					return;
				}
				// Once only: if the upgrade still leaves no store, loadAll fails and disables the cache.
				healed = true;
				const next = db.version + 1;
				db.close();
				attempt(next);
			};
			req.onerror = () => {
				if (req.error?.name === 'VersionError' && !atOwnVersion) {
					atOwnVersion = true;
					attempt(undefined);
					return;
				}
				finish(() => reject(req.error ?? new Error('open failed')));
			};
			req.onblocked = () => finish(() => reject(new Error('blocked by another window')));
		};
		attempt(DB_VERSION);
	});
}

function request<T>(req: IDBRequest): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result as T);
		req.onerror = () => reject(req.error ?? new Error('request failed'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
		tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

function describe(error: unknown): string {
	if (error instanceof Error || error instanceof DOMException) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
	return String(error);
}
