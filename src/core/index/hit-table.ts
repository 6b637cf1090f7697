import { grownTo } from './typed-arrays';

/**
 * One query word's hits while the engines score it: a score per engine key in typed
 * arrays, and the matched terms per key as linked lists in two flat arrays. A query
 * that matches thousands of talks then costs numbers written into arrays, not an
 * object, a map entry and a list for every talk; lists of terms are only made for the
 * hits that are returned. Tables are reused from query to query (an epoch stamp tells
 * this query's entries from the last one's).
 */
export class HitTable {
	private scores = new Float64Array(256);
	private stamps = new Uint32Array(256);
	/** 1 when the key matched the word as typed (whole or as a prefix), not only through a typo allowance. */
	private directs = new Uint8Array(256);
	/** Per key: the newest node of its term list, -1 for none. */
	private heads = new Int32Array(256);
	/**
	 * The term lists' nodes (the first `nodeCount`) and the keys hit (the first `keyCount`), in
	 * arrays that are overwritten, never emptied: an array emptied by `length = 0` lets go of
	 * its storage, so each query matching thousands of talks grew all three again from nothing.
	 */
	private termOf: string[] = [];
	private nextOf = new Int32Array(256);
	private nodeCount = 0;
	private keyList = new Int32Array(256);
	private keyCount = 0;
	private epoch = 1;
	/** Reused while one key's terms are listed. */
	private readonly scratch: string[] = [];

	/** Number of keys hit in this query. */
	get size(): number {
		return this.keyCount;
	}

	/** Keys hit in this query, in order of their first hit: a view of the table's own array, valid until the next `reset`. */
	keys(): Int32Array {
		return this.keyList.subarray(0, this.keyCount);
	}

	/** Empties the table for a new query over keys below `capacity`. */
	reset(capacity: number): void {
		if (capacity > this.scores.length) this.grow(capacity);
		this.keyCount = 0;
		this.nodeCount = 0;
		this.epoch++;
		if (this.epoch === 0xffffffff) {
			this.stamps.fill(0);
			this.epoch = 1;
		}
	}

	/** Adds `value` to `key`'s score, noting the indexed `term` that matched and whether it matched as typed. */
	add(key: number, value: number, term: string, direct: boolean): void {
		if (key >= this.scores.length) this.grow(key + 1);
		if (this.stamps[key] !== this.epoch) {
			this.stamps[key] = this.epoch;
			this.scores[key] = value;
			this.directs[key] = direct ? 1 : 0;
			this.heads[key] = -1;
			this.keyList = grownTo(this.keyList, this.keyCount + 1);
			this.keyList[this.keyCount++] = key;
		} else {
			this.scores[key] += value;
			if (direct) this.directs[key] = 1;
		}
		const head = this.heads[key];
		// The same term in the next field or engine is listed once.
		if (head >= 0 && this.termOf[head] === term) return;
		const node = this.nodeCount++;
		this.nextOf = grownTo(this.nextOf, node + 1);
		this.termOf[node] = term;
		this.nextOf[node] = head;
		this.heads[key] = node;
	}

	has(key: number): boolean {
		return key < this.stamps.length && this.stamps[key] === this.epoch;
	}

	score(key: number): number {
		return this.has(key) ? this.scores[key] : 0;
	}

	direct(key: number): boolean {
		return this.has(key) && this.directs[key] === 1;
	}

	/** `key`'s matched term when it matched exactly one, else undefined. */
	soleTerm(key: number): string | undefined {
		if (!this.has(key)) return undefined;
		const head = this.heads[key];
		if (head < 0 || this.nextOf[head] >= 0) return undefined;
		return this.termOf[head];
	}

	/** Appends `key`'s matched terms to `into`, in the order they matched, each once. */
	termsOf(key: number, into: string[]): void {
		if (!this.has(key)) return;
		const newestFirst = this.scratch;
		newestFirst.length = 0;
		for (let node = this.heads[key]; node >= 0; node = this.nextOf[node]) newestFirst.push(this.termOf[node]);
		for (let i = newestFirst.length - 1; i >= 0; i--) if (!into.includes(newestFirst[i])) into.push(newestFirst[i]);
	}

	private grow(capacity: number): void {
		this.scores = grownTo(this.scores, capacity);
		this.stamps = grownTo(this.stamps, capacity);
		this.directs = grownTo(this.directs, capacity);
		this.heads = grownTo(this.heads, capacity);
	}
}

/** One talk's match for a query word in one engine. */
export interface EngineHit {
	readonly key: number;
	readonly score: number;
	/** Indexed terms that matched, in the order they matched. */
	readonly terms: readonly string[];
}

/** Runs `fill` on a fresh table and lists its hits: the engines' simple `search`, which allocates per hit. */
export function listHits(fill: (table: HitTable) => void): EngineHit[] {
	const table = new HitTable();
	table.reset(0);
	fill(table);
	return Array.from(table.keys(), (key) => {
		const terms: string[] = [];
		table.termsOf(key, terms);
		return { key, score: table.score(key), terms };
	});
}
