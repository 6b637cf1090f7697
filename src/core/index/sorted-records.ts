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
 * Nothing is kept until the list is first asked for.
 */
export class SortedRecords<R, E extends SortEntry<R>> {
	private entries?: E[];
	private readonly byKey = new Map<string, E>();
	private readonly changed = new Set<string>();
	private cached?: R[];

	constructor(
		/** Makes the entry of a record (with its sort keys). */
		private readonly entryOf: (key: string, record: R) => E,
		/** Total order of entries (ends with a unique tie-breaker). */
		private readonly compare: (a: E, b: E) => number,
	) {}

	/** The record under `key` changed, appeared or went away. */
	touch(key: string): void {
		if (!this.entries) return;
		this.changed.add(key);
		this.cached = undefined;
	}

	clear(): void {
		this.entries = undefined;
		this.byKey.clear();
		this.changed.clear();
		this.cached = undefined;
	}

	/**
	 * Every record in order. `keys` lists every key (read on the first call only),
	 * `recordOf` gives a key's current record (undefined once it is gone).
	 * Returns the same array until something changes: callers must not modify it.
	 */
	list(keys: () => Iterable<string>, recordOf: (key: string) => R | undefined): readonly R[] {
		if (this.cached) return this.cached;
		if (!this.entries) {
			const entries: E[] = [];
			for (const key of keys()) {
				const record = recordOf(key);
				if (record === undefined) continue;
				const entry = this.entryOf(key, record);
				entries.push(entry);
				this.byKey.set(key, entry);
			}
			this.entries = entries.sort(this.compare);
		} else {
			for (const key of this.changed) this.update(this.entries, key, recordOf(key));
		}
		this.changed.clear();
		this.cached = this.entries.map((entry) => entry.record);
		return this.cached;
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
		let low = 0;
		let high = entries.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (this.compare(entries[mid], entry) < 0) low = mid + 1;
			else high = mid;
		}
		return low;
	}
}
