/** Most entries a reused list keeps between uses; a bigger buffer (a huge note) is let go. */
const KEEP_ENTRIES = 1 << 16;

/**
 * `[start, end)` offset pairs in one growing typed array, reused from one use to the next:
 * a scan that records a pair per word allocates nothing once the buffer fits its text.
 */
export class OffsetPairs {
	private data = new Int32Array(256);
	/** Entries in use (two per pair). */
	length = 0;

	/** Empties the list, letting go of a buffer grown past {@link KEEP_ENTRIES}. */
	reset(): void {
		this.length = 0;
		if (this.data.length > KEEP_ENTRIES) this.data = new Int32Array(256);
	}

	push(start: number, end: number): void {
		if (this.length + 2 > this.data.length) {
			const grown = new Int32Array(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		this.data[this.length++] = start;
		this.data[this.length++] = end;
	}

	/** The entry at `k`: even `k` are starts, odd are ends. */
	at(k: number): number {
		return this.data[k];
	}
}
