/**
 * Maps and weak sets split over a fixed number of smaller ones, for the index's tables that
 * hold an entry per name, id or talk of a whole vault.
 *
 * Why: a `Map` (or `WeakSet`) rehashes every entry in one go each time it doubles. On the
 * stress vault (30,046 talks) that stalled single note updates in the middle of background
 * indexing: the string pool's map 12 ms, the set of compacted talks 9 ms, the talk id map
 * 6.6 ms (harness `ups2.ts`: upserts over 2 ms with no collection in them, by stack), against a
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
 * A `Map` in {@link SHARDS} maps, sharded by a number the caller derives from each key, which
 * must not change while the key is in the map (a string's own characters, a talk slot's
 * serial). Keys are still told apart by identity, as in a `Map`; the number only picks the
 * shard. Entries come back shard by shard, not in the order they were set.
 */
export class ShardedMap<K, V> {
	private readonly shards: Map<K, V>[] = Array.from({ length: SHARDS }, () => new Map<K, V>());
	private count = 0;

	constructor(private readonly numberOf: (key: K) => number) {}

	/** Entries in all shards. */
	get size(): number {
		return this.count;
	}

	get(key: K): V | undefined {
		return this.shardOf(key).get(key);
	}

	has(key: K): boolean {
		return this.shardOf(key).has(key);
	}

	set(key: K, value: V): void {
		const shard = this.shardOf(key);
		const before = shard.size;
		shard.set(key, value);
		this.count += shard.size - before;
	}

	delete(key: K): void {
		if (this.shardOf(key).delete(key)) this.count--;
	}

	/** Every key, in no particular order. */
	*keys(): IterableIterator<K> {
		for (const shard of this.shards) yield* shard.keys();
	}

	/** Every value, in no particular order. */
	*values(): IterableIterator<V> {
		for (const shard of this.shards) yield* shard.values();
	}

	/** Every entry, in no particular order. */
	*entries(): IterableIterator<[K, V]> {
		for (const shard of this.shards) yield* shard.entries();
	}

	/** Entries in the shard `key` goes to. */
	shardSize(key: K): number {
		return this.shardOf(key).size;
	}

	/** Empties the shard `key` goes to (a bounded cache starting over a part at a time). */
	clearShard(key: K): void {
		const shard = this.shardOf(key);
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

	private shardOf(key: K): Map<K, V> {
		return this.shards[this.numberOf(key) & (SHARDS - 1)];
	}
}

/** A {@link ShardedMap} from strings, sharded by {@link shardOfText}. */
export class ShardedStringMap<V> extends ShardedMap<string, V> {
	constructor() {
		super(shardOfText);
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
		return this.shardOf(item).has(item);
	}

	add(item: T): void {
		this.shardOf(item).add(item);
	}

	private shardOf(item: T): WeakSet<T> {
		return this.shards[this.numberOf(item) & (SHARDS - 1)];
	}
}
