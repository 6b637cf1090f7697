/**
 * Per ASCII first character of a key, the key lengths present (bit `min(length, 31)`): most
 * names a caller excludes share no first letter and length with any term of the talk, and are
 * ruled out without being hashed.
 */
export class KeyShapes {
	private readonly bits = new Int32Array(128);

	/** Notes a key by its first code unit and length (a non-ASCII first character is not noted: {@link mayHold} says true for it). */
	add(first: number, length: number): void {
		if (first < 128) this.bits[first] |= 1 << (length < 31 ? length : 31);
	}

	/** False when no noted key can be `key` (same first character and length); true says nothing. */
	mayHold(key: string): boolean {
		const first = key.charCodeAt(0);
		if (!(first < 128)) return true;
		return (this.bits[first] & (1 << (key.length < 31 ? key.length : 31))) !== 0;
	}

	/** Forgets every key. */
	clear(): void {
		this.bits.fill(0);
	}
}
