import { fold } from '../text/fold';

/** Most texts a memo remembers before it starts over (a vault's distinct names and keywords stay far below). */
const MEMO_LIMIT = 50_000;

/**
 * `fold` remembered per text, for the registries. They fold the same few thousand names,
 * topics and keywords over and over (on the stress vault 30,000 talks name 900
 * conferences, 48 topics and 300 keyword candidates 210,000 times), and the memo hands
 * back the same folded string each time: no new string per talk, and a map keyed by it
 * finds the hash already computed. The texts it is asked about are the index's own
 * (interned names, property keys), so remembering them keeps no note text alive.
 */
export class FoldMemo {
	private folded = new Map<string, string>();

	/** `fold(text)`. */
	of(text: string): string {
		let folded = this.folded.get(text);
		if (folded === undefined) {
			// Edits leave texts no note uses any more: start over rather than grow without bound.
			if (this.folded.size >= MEMO_LIMIT) this.folded = new Map();
			folded = fold(text);
			this.folded.set(text, folded);
		}
		return folded;
	}

	clear(): void {
		this.folded = new Map();
	}
}
