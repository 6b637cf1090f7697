import fc from 'fast-check';
import { SHARDS, ShardedMap, ShardedStringMap, ShardedWeakSet, shardOfText } from '../../../src/core/index/sharded-map';

/** Names, ids and paths shaped like a vault's: what the index's sharded tables hold. */
function vaultLikeKeys(count: number): string[] {
	const first = ['Ada', 'Bo', 'Chen', 'Dana', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
	const last = ['Byron', 'Linde', 'Chalmers', 'Ortiz', 'Müller', 'Fontaine', 'Petrov', 'Sumner'];
	const keys: string[] = [];
	for (let i = 0; i < count; i++) {
		const kind = i % 3;
		if (kind === 0) keys.push(`${first[i % first.length]} ${last[(i >> 3) % last.length]} ${i}`);
		else if (kind === 1) keys.push(`${1950 + (i % 70)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}-talk-${i}`);
		else keys.push(`Daily/${1950 + (i % 70)}/${i}.md`);
	}
	return keys;
}

describe('ShardedStringMap', () => {
	it('answers like a Map through any sequence of sets, deletes and clears', () => {
		const op = fc.oneof(
			fc.record({ kind: fc.constant('set' as const), key: fc.string({ maxLength: 6 }), value: fc.integer() }),
			fc.record({ kind: fc.constant('delete' as const), key: fc.string({ maxLength: 6 }) }),
			fc.record({ kind: fc.constant('clear' as const) }),
		);
		fc.assert(
			fc.property(fc.array(op, { maxLength: 200 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }), (ops, probes) => {
				const map = new Map<string, number>();
				const sharded = new ShardedStringMap<number>();
				for (const o of ops) {
					if (o.kind === 'set') {
						map.set(o.key, o.value);
						sharded.set(o.key, o.value);
					} else if (o.kind === 'delete') {
						map.delete(o.key);
						sharded.delete(o.key);
					} else {
						map.clear();
						sharded.clear();
					}
				}
				expect(sharded.size).toBe(map.size);
				for (const key of [...probes, ...map.keys()]) {
					expect(sharded.get(key)).toBe(map.get(key));
					expect(sharded.has(key)).toBe(map.has(key));
				}
				expect([...sharded.keys()].sort()).toEqual([...map.keys()].sort());
				expect([...sharded.values()].sort()).toEqual([...map.values()].sort());
			}),
		);
	});

	it('spreads a vault\'s names, ids and paths so that no one map holds much more than its share', () => {
		const keys = vaultLikeKeys(30_000);
		const map = new ShardedStringMap<number>();
		keys.forEach((key, i) => map.set(key, i));
		expect(map.size).toBe(keys.length);
		// One map with every entry would rehash all 30,000 at once when it doubles.
		expect(map.largestShard()).toBeLessThan((2 * keys.length) / SHARDS);
	});

	it('starts one shard over without touching the others', () => {
		const map = new ShardedStringMap<number>();
		const keys = vaultLikeKeys(500);
		keys.forEach((key, i) => map.set(key, i));
		const victim = keys[7];
		const inShard = keys.filter((key) => shardOfText(key) === shardOfText(victim));
		map.clearShard(victim);
		expect(map.size).toBe(keys.length - inShard.length);
		for (const key of keys) expect(map.has(key)).toBe(shardOfText(key) !== shardOfText(victim));
	});

	it('puts the empty string and one-character keys in a shard like any other', () => {
		const map = new ShardedStringMap<string>();
		for (const key of ['', 'a', 'é', '\u{1F600}']) map.set(key, key);
		for (const key of ['', 'a', 'é', '\u{1F600}']) expect(map.get(key)).toBe(key);
		expect(map.size).toBe(4);
	});
});

describe('ShardedWeakSet', () => {
	it('knows exactly the objects added, whatever their shard number', () => {
		const set = new ShardedWeakSet<{ line: number }>((item) => item.line);
		const added = Array.from({ length: 100 }, (_, i) => ({ line: i * 7 }));
		const others = Array.from({ length: 100 }, (_, i) => ({ line: i * 7 }));
		for (const item of added) set.add(item);
		for (const item of added) expect(set.has(item)).toBe(true);
		for (const item of others) expect(set.has(item)).toBe(false);
	});
});

describe('ShardedMap', () => {
	it('tells object keys apart by identity, whatever number picks their shard', () => {
		const map = new ShardedMap<{ serial: number }, string>((key) => key.serial);
		const first = { serial: 5 };
		const sameSerial = { serial: 5 };
		map.set(first, 'first');
		expect(map.get(sameSerial)).toBeUndefined();
		map.set(sameSerial, 'second');
		expect(map.get(first)).toBe('first');
		expect(map.size).toBe(2);
		map.delete(first);
		expect(map.get(sameSerial)).toBe('second');
		expect([...map.entries()]).toEqual([[sameSerial, 'second']]);
	});
});
