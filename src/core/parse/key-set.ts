/** Up to this many keys are searched in a plain array; past it, a map takes over. */
const LIST_LIMIT = 16;

/**
 * Strings in the order they were added, for the parser's per-talk bookkeeping (speaker keys,
 * topics seen, speakers merged). Nearly every talk has a few: a short array searched in place
 * costs less to make and to ask than a hash map. A hostile note can give one talk thousands,
 * so past {@link LIST_LIMIT} keys a map from key to position takes over and the work stays linear.
 */
export class KeySet {
	private readonly list: string[] = [];
	private positions: Map<string, number> | undefined;

	/** Where `key` was added (0 for the first key added), or -1. */
	indexOf(key: string): number {
		return this.positions ? (this.positions.get(key) ?? -1) : this.list.indexOf(key);
	}

	has(key: string): boolean {
		return this.indexOf(key) >= 0;
	}

	/** Adds `key` at the next position; false when it was there already. */
	add(key: string): boolean {
		if (this.indexOf(key) >= 0) return false;
		if (this.positions) this.positions.set(key, this.positions.size);
		else {
			this.list.push(key);
			if (this.list.length > LIST_LIMIT) this.positions = new Map(this.list.map((listed, at) => [listed, at]));
		}
		return true;
	}
}
