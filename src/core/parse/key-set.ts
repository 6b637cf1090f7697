/** Up to this many keys are searched in a plain array; past it, a set takes over. */
const LIST_LIMIT = 16;

/**
 * A set of strings for the parser's per-talk bookkeeping (speaker keys, topics seen). Nearly
 * every talk has a few speakers and a few topics: a short array searched in place costs less
 * to make and to ask than a hash set. A hostile note can give one talk thousands, so past
 * {@link LIST_LIMIT} keys a real set takes over and the work stays linear.
 */
export class KeySet {
	private readonly list: string[] = [];
	private set: Set<string> | undefined;

	has(key: string): boolean {
		return this.set ? this.set.has(key) : this.list.includes(key);
	}

	/** Adds `key`; false when it was there already. */
	add(key: string): boolean {
		if (this.set) {
			if (this.set.has(key)) return false;
			this.set.add(key);
			return true;
		}
		if (this.list.includes(key)) return false;
		this.list.push(key);
		if (this.list.length > LIST_LIMIT) this.set = new Set(this.list);
		return true;
	}
}
