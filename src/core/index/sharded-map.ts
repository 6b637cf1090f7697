/**
 * Maps and weak sets split over a fixed number of smaller ones, for the index's tables that
 * hold an entry per name, id or talk of a whole vault.
 *
 * Why: a `Map` (or `WeakSet`) rehashes every entry in one go each time it doubles. On the
 * stress vault (30,046 talks) that stalled single note updates in the middle of background
 * indexing: the string pool's map 12 ms, the set of compacted talks 9 ms, the talk id map
 * 7 ms (harness `ups2.ts`: upserts over 2 ms with no collection in them, by stack), against a
 * 6 ms slice budget. Split 32 ways, one doubling moves a 32nd of the entries, and the shards
 * double at different notes.
 */

/** How many shards; a power of two, so a hash picks one with a mask. */
export const SHARDS = 32;

/**
 * The shard of a string key, from three of its code units and its length: cheap (no pass over
 * the key; the shard's own map hashes it in full) and spread enough for names, ids and paths,
 * whose last and middle characters vary.
 */
export function shardOfText(key: string): number {
	const n = key.length;
	if (n === 0) return 0;
	return (key.charCodeAt(n - 1) + 31 * key.charCodeAt(n >> 1) + 7 * key.charCodeAt(0) + n) & (SHARDS - 1);
}

/**
 * A `Map` from strings in {@link SHARDS} maps. Its keys and values come back shard by shard,
 * not in the order they were set.
 */
export class ShardedStringMap<V> {
	private readonly shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());
	private count = 0;

	/** Entries in all shards. */
	get size(): number {
		return this.count;
	}

	get(key: string): V | undefined {
		return this.shards[shardOfText(key)].get(key);
	}

	has(key: string): boolean {
		return this.shards[shardOfText(key)].has(key);
	}

	set(key: string, value: V): void {
		const shard = this.shards[shardOfText(key)];
		const before = shard.size;
		shard.set(key, value);
		this.count += shard.size - before;
	}

	delete(key: string): void {
		const shard = this.shards[shardOfText(key)];
		if (shard.delete(key)) this.count--;
	}

	/** Every key, in no particular order. */
	*keys(): IterableIterator<string> {
		for (const shard of this.shards) yield* shard.keys();
	}

	/** Every value, in no particular order. */
	*values(): IterableIterator<V> {
		for (const shard of this.shards) yield* shard.values();
	}

	/** Entries in the shard `key` goes to. */
	shardSize(key: string): number {
		return this.shards[shardOfText(key)].size;
	}

	/** Empties the shard `key` goes to (a bounded cache starting over a part at a time). */
	clearShard(key: string): void {
		const shard = this.shards[shardOfText(key)];
		this.count -= shard.size;
		shard.clear();
	}

	/** Entries in the largest shard: what one doubling can cost at most. */
	largestShard(): number {
		return this.shards.reduce((max, shard) => Math.max(max, shard.size), 0);
	}

	clear(): void {
		for (const shard of this.shards) shard.clear();
		this.count = 0;
	}
}

/**
 * A `WeakSet` in {@link SHARDS} sets, sharded by a number the caller derives from each object
 * and which must not change while the object is in the set (a talk's line, say).
 */
export class ShardedWeakSet<T extends object> {
	private readonly shards: WeakSet<T>[] = Array.from({ length: SHARDS }, () => new WeakSet<T>());

	constructor(private readonly numberOf: (item: T) => number) {}

	has(item: T): boolean {
		return this.shards[this.numberOf(item) & (SHARDS - 1)].has(item);
	}

	add(item: T): void {
		this.shards[this.numberOf(item) & (SHARDS - 1)].add(item);
	}
}
