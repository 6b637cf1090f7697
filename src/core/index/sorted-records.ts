import { ChunkedSort } from './chunked-sort';
import { partitionPoint } from './compare';

/** A record with what sorts it, computed once per record (folding a name per comparison is what made sorts slow). */
export interface SortEntry<R> {
	readonly key: string;
	readonly record: R;
}

/**
 * A registry's records in display order, kept sorted across changes: the registry
 * says which keys changed (`touch`), and the next `list` takes out just those and
 * puts back their new records by binary search. So after an edit that touches two
 * speakers, the speaker list costs two searches and two splices, not a sort.
 * Nothing is kept until the list is first asked for, or until `prepare` has built it
 * step by step (a warm-up in time slices); any change drops a half-made list.
 */
export class SortedRecords<R, E extends SortEntry<R>> {
	private entries?: E[];
	private readonly byKey = new Map<string, E>();
	private readonly changed = new Set<string>();
	private cached?: R[];
	/** A first build under way (`prepare`): valid until the next `touch` or `clear`. */
	private pending?: PendingBuild<R, E>;

	private readonly entryOf: (key: string, record: R) => E;
	private readonly compare: (a: E, b: E) => number;
	private readonly keys: () => Iterable<string>;
	private readonly recordOf: (key: string) => R | undefined;
	private readonly weight: (record: R) => number;

	constructor(source: RecordSource<R, E>) {
		this.entryOf = source.entryOf;
		this.compare = source.compare;
		this.keys = source.keys;
		this.recordOf = source.recordOf;
		this.weight = source.weight ?? (() => 0);
	}

	/** The record under `key` changed, appeared or went away. */
	touch(key: string): void {
		this.pending = undefined;
		if (!this.entries) return;
		this.changed.add(key);
		this.cached = undefined;
	}

	clear(): void {
		this.pending = undefined;
		this.entries = undefined;
		this.byKey.clear();
		this.changed.clear();
		this.cached = undefined;
	}

	/** Every record in order; the same array until something changes: callers must not modify it. */
	list(): readonly R[] {
		if (this.cached) return this.cached;
		if (!this.entries) {
			if (this.pending) {
				// A warm-up got part of the way with nothing changed since: finish it (that caches the list).
				while (!this.prepare(Infinity));
				return this.list();
			}
			const entries: E[] = [];
			this.byKey.clear();
			for (const key of this.keys()) {
				const entry = this.entryFor(key);
				if (entry) entries.push(entry);
			}
			this.entries = entries.sort(this.compare);
		} else {
			for (const key of this.changed) this.update(this.entries, key, this.recordOf(key));
		}
		this.changed.clear();
		this.cached = this.entries.map((entry) => entry.record);
		return this.cached;
	}

	/**
	 * One bounded step towards `list`'s result: makes records (each costs 1 + `weight`) or
	 * sorts, about `units` worth, and returns true once `list` is ready to answer without
	 * work (after a change it catches up in one step: that costs the changed keys only).
	 */
	prepare(units: number): boolean {
		if (this.cached) return true;
		if (this.entries) {
			this.list();
			return true;
		}
		if (!this.pending) {
			this.byKey.clear();
			this.pending = { keys: [...this.keys()], at: 0, entries: [] };
		}
		const pending = this.pending;
		let spent = 0;
		while (pending.at < pending.keys.length && spent < units) {
			const entry = this.entryFor(pending.keys[pending.at++]);
			if (!entry) continue;
			pending.entries.push(entry);
			spent += 1 + this.weight(entry.record);
		}
		if (pending.at < pending.keys.length) return false;
		pending.sort ??= new ChunkedSort(pending.entries, this.compare);
		if (spent < units) pending.sort.step(units - spent);
		if (!pending.sort.done) return false;
		this.entries = pending.sort.sorted();
		this.pending = undefined;
		this.changed.clear();
		this.cached = this.entries.map((entry) => entry.record);
		return true;
	}

	/** The entry of a key's current record (filed under the key), or undefined when it has none. */
	private entryFor(key: string): E | undefined {
		const record = this.recordOf(key);
		if (record === undefined) return undefined;
		const entry = this.entryOf(key, record);
		this.byKey.set(key, entry);
		return entry;
	}

	private update(entries: E[], key: string, record: R | undefined): void {
		const old = this.byKey.get(key);
		if (old) {
			if (old.record === record) return;
			const at = this.search(entries, old);
			if (entries[at] === old) entries.splice(at, 1);
			this.byKey.delete(key);
		}
		if (record === undefined) return;
		const entry = this.entryOf(key, record);
		entries.splice(this.search(entries, entry), 0, entry);
		this.byKey.set(key, entry);
	}

	/** First place whose entry sorts at or after `entry`. */
	private search(entries: readonly E[], entry: E): number {
		return partitionPoint(entries.length, (i) => this.compare(entries[i], entry) < 0);
	}
}

/** What a sorted list is made of: a registry's keys and records, and how entries sort. */
export interface RecordSource<R, E extends SortEntry<R>> {
	/** Makes the entry of a record (with its sort keys). */
	readonly entryOf: (key: string, record: R) => E;
	/** Total order of entries (ends with a unique tie-breaker). */
	readonly compare: (a: E, b: E) => number;
	/** Every key (read when a list is first built). */
	readonly keys: () => Iterable<string>;
	/** A key's current record (undefined once it is gone). */
	readonly recordOf: (key: string) => R | undefined;
	/** Work units to make a record, besides one (the warm-up's step budget). */
	readonly weight?: (record: R) => number;
}

/** A first build in progress: the keys to visit, the entries made so far, then their sort. */
interface PendingBuild<R, E extends SortEntry<R>> {
	readonly keys: string[];
	at: number;
	readonly entries: E[];
	sort?: ChunkedSort<E>;
}
