import { FNV_OFFSET, fnvStep, fnvString, lowerAscii } from '../text/fnv';

/**
 * A quick "no" for `PersonRegistry.canonical`: the FNV hashes of every folded name or alias a
 * person note claims. The parser asks about every speaker candidate and wikilink target of
 * every talk, tens of thousands of distinct texts in a large vault, and nearly all of them name
 * nobody. A tidy ASCII text (no leading, trailing or repeated white space) folds to its ASCII
 * lower case, so its hash can be taken in place, without folding, slicing or a string-keyed
 * lookup; when no claimed name has that hash, no person claims the text.
 */
export class ClaimedNameHashes {
	/** Hash to how many claimed folded names have it (two names may share a hash). */
	private readonly counts = new Map<number, number>();

	/** A folded name is now claimed by some person note. */
	add(folded: string): void {
		const hash = fnvString(folded);
		this.counts.set(hash, (this.counts.get(hash) ?? 0) + 1);
	}

	/** A folded name is no longer claimed by any person note. */
	remove(folded: string): void {
		const hash = fnvString(folded);
		const count = this.counts.get(hash) ?? 0;
		if (count <= 1) this.counts.delete(hash);
		else this.counts.set(hash, count - 1);
	}

	clear(): void {
		this.counts.clear();
	}

	/**
	 * False only when no claimed name can be `fold(text)`; true when one may be, and for any
	 * text this test cannot fold in place (non-ASCII, control characters, untidy spaces).
	 */
	mayClaim(text: string): boolean {
		let hash = FNV_OFFSET;
		let previousSpace = true;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code >= 0x80 || (code <= 0x0d && code >= 0x09)) return true;
			if (code === 0x20) {
				if (previousSpace) return true;
				previousSpace = true;
			} else {
				previousSpace = false;
			}
			hash = fnvStep(hash, lowerAscii(code));
		}
		// A trailing space is trimmed by folding: not a text this test reads.
		if (previousSpace && text.length > 0) return true;
		return this.counts.has(hash);
	}
}
