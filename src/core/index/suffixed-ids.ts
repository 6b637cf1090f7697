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
	/** Base id to its keys, kept sorted by `compare`. */
	private readonly groups = new Map<string, K[]>();
	private readonly bases = new Map<K, string>();
	private readonly idToKey = new Map<string, K>();
	private readonly keyToId = new Map<K, string>();

	constructor(private readonly compare: (a: K, b: K) => number) {}

	/** Number of keys. */
	get size(): number {
		return this.bases.size;
	}

	/** Adds a key; returns the keys whose id changed, the new key included. Costs the size of its group. */
	add(key: K, base: string): K[] {
		if (this.bases.has(key)) return [];
		this.bases.set(key, base);
		const group = this.groups.get(base);
		if (group === undefined) {
			// Most ids never collide: a one-element literal, not an empty list grown by
			// insertion (which keeps room for 16 more keys, per talk, on every vault).
			const alone = [key];
			this.groups.set(base, alone);
			return this.renumber(base, alone, 0);
		}
		const at = insertionPoint(group, key, this.compare);
		group.splice(at, 0, key);
		return this.renumber(base, group, at);
	}

	/** Removes a key; returns the keys whose id changed (not the removed one). */
	remove(key: K): K[] {
		const base = this.bases.get(key);
		if (base === undefined) return [];
		this.bases.delete(key);
		const id = this.keyToId.get(key);
		if (id !== undefined) this.idToKey.delete(id);
		this.keyToId.delete(key);
		const group = this.groups.get(base) ?? [];
		const at = group.indexOf(key);
		if (at < 0) return [];
		group.splice(at, 1);
		if (group.length === 0) {
			this.groups.delete(base);
			return [];
		}
		const changed = this.renumber(base, group, at);
		// Everyone after `at` moved up one id, so the group's old last id is nobody's now.
		const lastId = idAt(base, group.length);
		const holder = this.idToKey.get(lastId);
		if (holder !== undefined && this.keyToId.get(holder) !== lastId) this.idToKey.delete(lastId);
		return changed;
	}

	idOf(key: K): string | undefined {
		return this.keyToId.get(key);
	}

	keyOf(id: string): K | undefined {
		return this.idToKey.get(id);
	}

	clear(): void {
		this.groups.clear();
		this.bases.clear();
		this.idToKey.clear();
		this.keyToId.clear();
	}

	/** Gives every key from position `from` on the id of its position. */
	private renumber(base: string, group: K[], from: number): K[] {
		const changed: K[] = [];
		for (let i = from; i < group.length; i++) {
			const key = group[i];
			const id = idAt(base, i);
			if (this.keyToId.get(key) === id) continue;
			this.keyToId.set(key, id);
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

/** Where `key` goes in a sorted array (binary search). */
function insertionPoint<K>(sorted: readonly K[], key: K, compare: (a: K, b: K) => number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compare(sorted[mid], key) < 0) low = mid + 1;
		else high = mid;
	}
	return low;
}
