import { FNV_OFFSET, fnvStep, fnvString } from '../text/fnv';
import { ownString } from '../text/own-string';
import { searchTerm, tokenize } from './search-tokens';
import { grownTo } from './typed-arrays';

/**
 * Search terms numbered: each distinct term gets a small integer id, so postings and
 * per-document term lists are arrays of numbers instead of maps of strings. ASCII
 * text, nearly all notes, is read in place: a word is hashed and compared character
 * by character (lower-cased on the fly), and only a word never seen before becomes
 * a string. Splitting and folding agree exactly with `tokenize` + `searchTerm`.
 */

/** ASCII characters that end a word: what `tokenize` splits on (line breaks, space, punctuation). */
const SPLITS = new Uint8Array(128);
for (const char of '\n\r !"#%&\'()*,-./:;?@[\\]_{}') SPLITS[char.charCodeAt(0)] = 1;

const EMPTY = -1;

export class TermTable {
	/** Term strings by id. */
	private readonly terms: string[] = [];
	/** Each id's hash, so the table can grow without hashing the strings again. */
	private hashes = new Int32Array(64);
	/** Open addressing: id + 1 per slot, 0 for an empty slot. */
	private slots = new Int32Array(256);
	/**
	 * Every term's code units end to end, term `id` from `starts[id]` to `starts[id + 1]`: a
	 * word of the text is checked against them in place. Measured over the stress vault's
	 * notes: `collect` 12-14% faster (medians of alternating runs, `cc3.ts`) than comparing with
	 * the term strings (`startsWith`, or `charCodeAt` on both), whose cost per word was half of
	 * `collect`'s.
	 */
	private units: Uint16Array = new Uint16Array(1024);
	private starts = new Int32Array(65);
	/** The last `collect`'s term ids (the first `count` entries). */
	ids = new Int32Array(1024);
	private count = 0;

	/** Number of terms numbered so far (ids are `0 .. size - 1`). */
	get size(): number {
		return this.terms.length;
	}

	/** The term with this id. */
	term(id: number): string {
		return this.terms[id];
	}

	/** The id of a search term (already folded, as `searchTerm` gives it), or -1 when never numbered. */
	find(term: string): number {
		return this.lookup(term, 0, term.length, fnvString(term), false);
	}

	/**
	 * The ids of every term of `text`, in order, numbering new ones: the same terms as
	 * `tokenize(text).map(searchTerm)`, without making strings of ASCII words. The ids are
	 * in `ids` from 0 to the returned count, until the next call (the buffer is reused).
	 */
	collect(text: string): number {
		this.count = 0;
		const n = text.length;
		const codes = asciiCodes(text);
		if (codes === null) return this.collectUnicode(text);
		let start = 0;
		let hash = FNV_OFFSET;
		for (let i = 0; i < n; i++) {
			const code = codes[i];
			if (SPLITS[code] === 0) {
				// Two branches, not a conditional expression: with one, `collect` took about 1.6 times
				// as long (harness cc2.ts, Node 20; why was not found).
				if (code >= 65 && code <= 90) hash = fnvStep(hash, code + 32);
				else hash = fnvStep(hash, code);
				continue;
			}
			if (i > start) {
				// Most words are known terms in their home slot: that case without a call.
				const entry = this.slots[hash & (this.slots.length - 1)];
				const id = entry - 1;
				if (entry !== 0 && this.hashes[id] === hash && this.equalsCodes(id, codes, start, i)) this.push(id);
				else this.push(this.lookup(text, start, i, hash, true));
			}
			start = i + 1;
			hash = FNV_OFFSET;
		}
		if (n > start) this.push(this.lookup(text, start, n, hash, true));
		return this.count;
	}

	/** The general path, for text with any non-ASCII character: minisearch's tokenizer and our folding. */
	private collectUnicode(text: string): number {
		this.count = 0;
		for (const token of tokenize(text)) {
			const term = searchTerm(token);
			if (!term) continue;
			const hash = fnvString(term);
			this.push(this.lookup(term, 0, term.length, hash, true));
		}
		return this.count;
	}

	private push(id: number): void {
		if (this.count === this.ids.length) {
			this.ids = grownTo(this.ids, this.count + 1);
		}
		this.ids[this.count++] = id;
	}

	/**
	 * The id of `text[start, end)` lower-cased (ASCII; other text arrives folded already),
	 * numbering it when `create` is set; -1 when absent and not created.
	 */
	private lookup(text: string, start: number, end: number, hash: number, create: boolean): number {
		const mask = this.slots.length - 1;
		for (let at = hash & mask; ; at = (at + 1) & mask) {
			const entry = this.slots[at];
			if (entry === 0) break;
			const id = entry - 1;
			if (this.hashes[id] === hash && this.equals(id, text, start, end)) return id;
		}
		if (!create) return EMPTY;
		const id = this.terms.length;
		// A fresh string of its own (lower-cased), never a view that would keep the notes alive.
		const term = lowerCopy(text, start, end);
		this.terms.push(term);
		const from = this.starts[id];
		this.units = grownUnits(this.units, from + term.length);
		for (let k = 0; k < term.length; k++) this.units[from + k] = term.charCodeAt(k);
		this.starts = grownTo(this.starts, id + 2);
		this.starts[id + 1] = from + term.length;
		this.hashes = grownTo(this.hashes, id + 1);
		this.hashes[id] = hash;
		this.place(id);
		if ((id + 1) * 2 > this.slots.length) this.grow();
		return id;
	}

	/** {@link equals} over the codes {@link asciiCodes} gave. */
	private equalsCodes(id: number, codes: Uint8Array, start: number, end: number): boolean {
		const from = this.starts[id];
		if (this.starts[id + 1] - from !== end - start) return false;
		const units = this.units;
		for (let k = start; k < end; k++) {
			let code = codes[k];
			if (code >= 65 && code <= 90) code |= 32;
			if (units[from + k - start] !== code) return false;
		}
		return true;
	}

	/** Whether term `id` is `text[start, end)` with ASCII capitals lowered. */
	private equals(id: number, text: string, start: number, end: number): boolean {
		const from = this.starts[id];
		if (this.starts[id + 1] - from !== end - start) return false;
		const units = this.units;
		for (let k = start; k < end; k++) {
			// Lowered in place: through `lowerAscii` `collect` took about 1.6 times as long (cc2.ts).
			let code = text.charCodeAt(k);
			if (code >= 65 && code <= 90) code |= 32;
			if (units[from + k - start] !== code) return false;
		}
		return true;
	}

	private place(id: number): void {
		const mask = this.slots.length - 1;
		let at = this.hashes[id] & mask;
		while (this.slots[at] !== 0) at = (at + 1) & mask;
		this.slots[at] = id + 1;
	}

	/** Doubles the slots, keeping the table at most half full. */
	private grow(): void {
		this.slots = new Int32Array(this.slots.length * 2);
		for (let id = 0; id < this.terms.length; id++) this.place(id);
	}
}

const ENCODER = new TextEncoder();
/** The reused buffer of {@link asciiCodes}; one grown past {@link KEEP_CODES} is let go at the next shorter text. */
let codesBuffer = new Uint8Array(4096);
const KEEP_CODES = 1 << 20;

/**
 * The code units of an all-ASCII `text` as bytes in a reused buffer (valid until the next
 * call), or null when it holds any other character. `collect` reads them rather than calling
 * `charCodeAt` per character: encodeInto copies ASCII natively whatever the string's layout
 * (notes are often two-byte strings), and `collect` over the stress vault's notes took
 * 5-10% less time reading bytes (alternating processes). Any other character takes more
 * than one byte, which shows as more bytes written than read.
 */
function asciiCodes(text: string): Uint8Array | null {
	const n = text.length;
	if (codesBuffer.length < n || (codesBuffer.length > KEEP_CODES && n <= KEEP_CODES)) codesBuffer = new Uint8Array(Math.max(n, 4096));
	const copied = ENCODER.encodeInto(text, codesBuffer);
	return copied.read === n && copied.written === n ? codesBuffer : null;
}

/** `text[start, end)` with ASCII capitals lowered, as a flat string of its own. */
function lowerCopy(text: string, start: number, end: number): string {
	return ownString(text.slice(start, end).toLowerCase());
}

/**
 * `units` with room for `size`. Not `grownTo`: a fifth kind of typed array there would make
 * every caller's reads of it megamorphic, the postings' among them.
 */
function grownUnits(units: Uint16Array, size: number): Uint16Array {
	if (units.length >= size) return units;
	const copy = new Uint16Array(Math.max(size, units.length * 2));
	copy.set(units);
	return copy;
}
