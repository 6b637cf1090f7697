import { partitionPoint } from './compare';
import { ShardedStringMap } from './sharded-map';

/** A key's base id and its current id. */
export interface IdEntry {
	readonly base: string;
	id: string | undefined;
}

/** Where the entries of keys are kept: a map by default; talk slots keep theirs in a slot table. */
export interface IdEntries<K> {
	readonly size: number;
	get(key: K): IdEntry | undefined;
	has(key: K): boolean;
	set(key: K, entry: IdEntry): void;
	delete(key: K): void;
	clear(): void;
}

/**
 * Unique ids for keys whose natural ids may collide (two notes with the same date
 * and title, the same block id, or two names with the same slug).
 *
 * Rule, documented for users because links use it: among the keys sharing a base
 * id, the first in the key order keeps the base, the next gets `<base>~2`, then
 * `<base>~3`, ... Slugs and Obsidian block ids never contain `~`, so a suffixed id
 * never equals another key's base. The order is a property of the keys, not of
 * insertion, so any sequence of updates gives the ids a fresh build gives.
 */
export class SuffixedIds<K> {
	/**
	 * Base id to its keys, kept sorted by `compare`, for bases two or more keys share. A
	 * base only one key has (nearly all) is found through `idToKey`, since that key's id is
	 * the base itself: no list and no entry per key here.
	 */
	private readonly groups = new Map<string, K[]>();
	/** Current id to its key; sharded, as one map of every talk's id stalls indexing when it doubles (sharded-map.ts). */
	private readonly idToKey = new ShardedStringMap<K>();

	constructor(
		private readonly compare: (a: K, b: K) => number,
		/**
		 * Per key: its base and its id, in one entry. One map per kind of lookup, each with an
		 * entry per key, and on a large vault every one of them rehashes at the same talk when
		 * they double: fewer maps, a shorter pause.
		 */
		private readonly entries: IdEntries<K> = new Map<K, IdEntry>(),
	) {}

	/** Number of keys. */
	get size(): number {
		return this.entries.size;
	}

	/** Adds a key; returns the keys whose id changed, the new key included. Costs the size of its group. */
	add(key: K, base: string): K[] {
		if (this.entries.has(key)) return [];
		this.entries.set(key, { base, id: undefined });
		let group = this.groups.get(base);
		if (group === undefined) {
			const alone = this.idToKey.get(base);
			if (alone === undefined) return this.renumber(base, [key], 0);
			group = [alone];
			this.groups.set(base, group);
		}
		const at = insertionPoint(group, key, this.compare);
		group.splice(at, 0, key);
		return this.renumber(base, group, at);
	}

	/** Removes a key; returns the keys whose id changed (not the removed one). */
	remove(key: K): K[] {
		const entry = this.entries.get(key);
		if (entry === undefined) return [];
		this.entries.delete(key);
		const { base, id } = entry;
		if (id !== undefined) this.idToKey.delete(id);
		const group = this.groups.get(base);
		if (group === undefined) return [];
		const at = group.indexOf(key);
		if (at < 0) return [];
		group.splice(at, 1);
		// A base back to one key is found through its id again.
		if (group.length === 1) this.groups.delete(base);
		const changed = this.renumber(base, group, at);
		// Everyone after `at` moved up one id, so the group's old last id is nobody's now.
		const lastId = idAt(base, group.length);
		const holder = this.idToKey.get(lastId);
		if (holder !== undefined && this.idOf(holder) !== lastId) this.idToKey.delete(lastId);
		return changed;
	}

	idOf(key: K): string | undefined {
		return this.entries.get(key)?.id;
	}

	keyOf(id: string): K | undefined {
		return this.idToKey.get(id);
	}

	clear(): void {
		this.groups.clear();
		this.entries.clear();
		this.idToKey.clear();
	}

	/** Gives every key from position `from` on the id of its position. */
	private renumber(base: string, group: K[], from: number): K[] {
		const changed: K[] = [];
		for (let i = from; i < group.length; i++) {
			const key = group[i];
			const id = idAt(base, i);
			const entry = this.entries.get(key);
			if (!entry || entry.id === id) continue;
			entry.id = id;
			this.idToKey.set(id, key);
			changed.push(key);
		}
		return changed;
	}
}

/** The id of position `i` (0-based) in a group: the base, then `~2`, `~3`, ... */
function idAt(base: string, i: number): string {
	return i === 0 ? base : `${base}~${i + 1}`;
}

/** Where `key` goes in a sorted array. */
function insertionPoint<K>(sorted: readonly K[], key: K, compare: (a: K, b: K) => number): number {
	return partitionPoint(sorted.length, (i) => compare(sorted[i], key) < 0);
}
