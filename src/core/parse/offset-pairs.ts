/** Most entries a reused list keeps between uses; a bigger buffer (a huge note) is let go. */
const KEEP_ENTRIES = 1 << 16;

/**
 * Pairs of integers (`[start, end)` offsets, or an offset and a packed shape) in one growing
 * typed array, reused from one use to the next: a scan that records a pair per word
 * allocates nothing once the buffer fits its text.
 */
export class OffsetPairs {
	/** The buffer; entries `0 .. length - 1` are in use. A hot loop may write it through a local copy (see `reserve`). */
	data = new Int32Array(1024);
	/** Entries in use (two per pair). */
	length = 0;

	/** Empties the list, letting go of a buffer grown past {@link KEEP_ENTRIES}. */
	reset(): void {
		this.length = 0;
		if (this.data.length > KEEP_ENTRIES) this.data = new Int32Array(1024);
	}

	push(first: number, second: number): void {
		if (this.length + 2 > this.data.length) this.reserve(this.length + 2);
		this.data[this.length++] = first;
		this.data[this.length++] = second;
	}

	/** Makes room for `entries` in all (for a loop that appends through a local copy of `data`); returns the buffer. */
	reserve(entries: number): Int32Array {
		if (this.data.length < entries) {
			let size = this.data.length * 2;
			while (size < entries) size *= 2;
			const grown = new Int32Array(size);
			grown.set(this.data);
			this.data = grown;
		}
		return this.data;
	}

	/** The entry at `k`: even `k` are firsts, odd are seconds. */
	at(k: number): number {
		return this.data[k];
	}
}
