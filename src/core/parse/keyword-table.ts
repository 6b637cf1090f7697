import { fnvString, lowerAscii } from '../text/fnv';
import { bytesAre, moreCommonForm, returnedForm } from './keyword-forms';
import { home } from './keyword-hash';
import { KeyShapes } from './keyword-shapes';

/**
 * The keyword scan's term table: open addressing over typed arrays, reused from one talk to
 * the next, keyed by a token's lower-cased characters read in place (from the scan's byte
 * copy of the text). A talk has thousands of capitalised tokens but a few dozen terms, so
 * slicing and lower-casing every token (and an object per term) cost more than the scan;
 * here a string is made only for a written form that is returned, or a rare non-ASCII token.
 */

/** Where an entry's first written form lives: in the body, the title, or a string of its own (a non-ASCII token). */
export const BODY = 0;
export const TITLE = 1;
const STRING = 2;

/** Entry flags. */
export const STRONG = 1;
/** Excluded by the caller or a stop word. */
export const DROPPED = 2;
/** A weak kept term the lower-case check asks about. */
export const WANTED = 4;
/** The body also writes the term in lower case. */
export const LOWER_SEEN = 8;
const HAS_FORMS = 16;

const FIRST_SLOTS = 256;
/** Most slots a table keeps between talks; one grown past this by a huge talk is let go. */
const KEEP_SLOTS = 1 << 14;

const NO_CODES = new Uint8Array(0);

/** Folded terms with counts, flags and written forms, in first-seen order (entry `e` is the e-th term seen). */
export class TermTable {
	/** The texts that entries point into, by source ({@link BODY}, {@link TITLE}). */
	private readonly texts = ['', ''];
	/**
	 * The same texts as the scan's byte copies: entries that point into a text are ASCII tokens,
	 * exact there, and bytes compare and hash faster than charCodeAt on either string layout.
	 */
	private readonly codes: Uint8Array[] = [NO_CODES, NO_CODES];
	/** Entries in use. */
	size = 0;
	private mask = FIRST_SLOTS - 1;
	/** Entry + 1 per slot, 0 when free. */
	private slots = new Int32Array(FIRST_SLOTS);
	// Per entry (at most half the slots, so probes stay short).
	private slotOf = new Int32Array(FIRST_SLOTS / 2);
	private hashes = new Int32Array(FIRST_SLOTS / 2);
	private keyLengths = new Int32Array(FIRST_SLOTS / 2);
	private sources = new Int32Array(FIRST_SLOTS / 2);
	private starts = new Int32Array(FIRST_SLOTS / 2);
	private ends = new Int32Array(FIRST_SLOTS / 2);
	/** Weighted sightings (the title counts double). */
	counts = new Int32Array(FIRST_SLOTS / 2);
	/** Sightings of the first written form. */
	private formCounts = new Int32Array(FIRST_SLOTS / 2);
	flags = new Int32Array(FIRST_SLOTS / 2);
	/** Key and first form of entries from non-ASCII tokens. */
	private keys: (string | undefined)[] = [];
	private forms: (string | undefined)[] = [];
	/** Written forms other than the first, in first-seen order (rare: `Rust` and `RUST`). */
	private extraForms: (Map<string, number> | undefined)[] = [];
	/** First characters and lengths of the keys, to rule out excluded names without hashing them. */
	private readonly shapes = new KeyShapes();

	/** Empties the table for a new talk. */
	reset(body: string, title: string): void {
		if (this.slots.length > KEEP_SLOTS) {
			this.allocate(FIRST_SLOTS);
			this.keys = [];
			this.forms = [];
			this.extraForms = [];
		} else {
			// Only the slots in use are cleared: a talk touches a few dozen of them.
			for (let e = 0; e < this.size; e++) {
				this.slots[this.slotOf[e]] = 0;
				if (this.sources[e] === STRING) this.keys[e] = this.forms[e] = undefined;
				if ((this.flags[e] & HAS_FORMS) !== 0) this.extraForms[e] = undefined;
			}
		}
		if (this.size > 0) this.shapes.clear();
		this.size = 0;
		this.texts[BODY] = body;
		this.texts[TITLE] = title;
	}

	/** The byte copy of a source text, which its scan hands over before counting anything in it. */
	useCodes(source: number, codes: Uint8Array): void {
		this.codes[source] = codes;
	}

	/** The byte copy of a source text. */
	codesOf(source: number): Uint8Array {
		return this.codes[source];
	}

	/** Lets go of the texts (the table outlives the talk). */
	release(): void {
		this.texts[BODY] = this.texts[TITLE] = '';
	}

	/** Counts a sighting of the ASCII token `[start, end)` of a source text, hashed by {@link hashAscii}. */
	countAscii(source: number, start: number, end: number, h: number, weight: number, strong: boolean): void {
		const codes = this.codes[source];
		for (let slot = home(h, this.mask); ; slot = (slot + 1) & this.mask) {
			const e = this.slots[slot] - 1;
			if (e < 0) {
				this.add(slot, h, end - start, source, start, end, weight, strong);
				this.shapes.add(lowerAscii(codes[start]), end - start);
				return;
			}
			if (this.hashes[e] !== h || this.keyLengths[e] !== end - start) continue;
			const same = this.sameAscii(e, codes, start, end);
			if (same === 0) continue;
			this.sighted(e, weight, strong);
			if (same === 2) this.formCounts[e]++;
			else this.addForm(e, this.texts[source].slice(start, end));
			return;
		}
	}

	/** Counts a sighting of a non-ASCII token by its folded key and written form. */
	countString(key: string, form: string, weight: number, strong: boolean): void {
		const h = fnvString(key);
		const e = this.findString(key, h);
		if (e < 0) {
			let slot = home(h, this.mask);
			while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
			const added = this.add(slot, h, key.length, STRING, 0, 0, weight, strong);
			this.keys[added] = key;
			this.forms[added] = form;
			this.shapes.add(key.charCodeAt(0), key.length);
			return;
		}
		this.sighted(e, weight, strong);
		if (this.firstFormIs(e, form)) this.formCounts[e]++;
		else this.addForm(e, form);
	}

	/** The entry whose key is the ASCII token `[start, end)` of a source text, lower-cased, or -1. */
	findAscii(source: number, start: number, end: number, h: number): number {
		const codes = this.codes[source];
		for (let slot = home(h, this.mask); ; slot = (slot + 1) & this.mask) {
			const e = this.slots[slot] - 1;
			if (e < 0) return -1;
			if (this.hashes[e] === h && this.keyLengths[e] === end - start && this.sameAscii(e, codes, start, end) !== 0) return e;
		}
	}

	/** The entry whose key is `key` (hashed by {@link fnvString}), or -1. */
	findString(key: string, h: number): number {
		for (let slot = home(h, this.mask); ; slot = (slot + 1) & this.mask) {
			const e = this.slots[slot] - 1;
			if (e < 0) return -1;
			if (this.hashes[e] === h && this.keyLengths[e] === key.length && this.keyIs(e, key)) return e;
		}
	}

	/** False when no key can be `key` (same first character and length); true says nothing. */
	mayHold(key: string): boolean {
		return this.shapes.mayHold(key);
	}

	/** Whether entry `e`'s key is `key`, a string of the key's length. */
	keyIs(e: number, key: string): boolean {
		const source = this.sources[e];
		if (source === STRING) return this.keys[e] === key;
		const codes = this.codes[source];
		const start = this.starts[e];
		for (let j = 0; j < key.length; j++) if (lowerAscii(codes[start + j]) !== key.charCodeAt(j)) return false;
		return true;
	}

	/** The hash of entry `e`'s key. */
	hashOf(e: number): number {
		return this.hashes[e];
	}

	/** The length of entry `e`'s key. */
	keyLength(e: number): number {
		return this.keyLengths[e];
	}

	/** The first code unit of entry `e`'s key (the lower-case check's prefilter). */
	firstKeyChar(e: number): number {
		const source = this.sources[e];
		if (source === STRING) return (this.keys[e] as string).charCodeAt(0);
		return lowerAscii(this.codes[source][this.starts[e]]);
	}

	/** The most common written form; the first seen wins a tie. */
	bestForm(e: number): string {
		const more = moreCommonForm(this.extraForms[e], this.formCounts[e]);
		if (more !== null) return more;
		const source = this.sources[e];
		if (source === STRING) return this.forms[e] as string;
		return returnedForm(this.hashes[e], this.texts[source], this.codes[source], this.starts[e], this.ends[e]);
	}

	private sighted(e: number, weight: number, strong: boolean): void {
		this.counts[e] += weight;
		if (strong) this.flags[e] |= STRONG;
	}

	/** Counts a written form that is not the entry's first. */
	private addForm(e: number, form: string): void {
		let more = this.extraForms[e];
		if (!more) {
			more = this.extraForms[e] = new Map();
			this.flags[e] |= HAS_FORMS;
		}
		more.set(form, (more.get(form) ?? 0) + 1);
	}

	/**
	 * Compares entry `e`'s key with the ASCII token `[start, end)` of `codes`, of the same
	 * length: 0 another key, 1 the same key written differently, 2 the same written form.
	 */
	private sameAscii(e: number, codes: Uint8Array, start: number, end: number): number {
		const source = this.sources[e];
		if (source === STRING) {
			const key = this.keys[e] as string;
			for (let i = start, j = 0; i < end; i++, j++) if (lowerAscii(codes[i]) !== key.charCodeAt(j)) return 0;
			const form = this.forms[e] as string;
			if (form.length !== end - start) return 1;
			for (let i = start, j = 0; i < end; i++, j++) if (codes[i] !== form.charCodeAt(j)) return 1;
			return 2;
		}
		const other = this.codes[source];
		let same = 2;
		for (let i = start, j = this.starts[e]; i < end; i++, j++) {
			const a = codes[i];
			const b = other[j];
			if (a === b) continue;
			if (lowerAscii(a) !== lowerAscii(b)) return 0;
			same = 1;
		}
		return same;
	}

	private firstFormIs(e: number, form: string): boolean {
		const source = this.sources[e];
		if (source === STRING) return this.forms[e] === form;
		return bytesAre(this.codes[source], this.starts[e], this.ends[e], form);
	}

	private add(slot: number, h: number, keyLength: number, source: number, start: number, end: number, weight: number, strong: boolean): number {
		const e = this.size++;
		this.slots[slot] = e + 1;
		this.slotOf[e] = slot;
		this.hashes[e] = h;
		this.keyLengths[e] = keyLength;
		this.sources[e] = source;
		this.starts[e] = start;
		this.ends[e] = end;
		this.counts[e] = weight;
		this.formCounts[e] = 1;
		this.flags[e] = strong ? STRONG : 0;
		if (this.size * 2 >= this.slots.length) this.grow();
		return e;
	}

	/** Doubles the table and re-seats every entry by its stored hash. */
	private grow(): void {
		const size = this.size;
		const old = [this.hashes, this.keyLengths, this.sources, this.starts, this.ends, this.counts, this.formCounts, this.flags];
		this.allocate(this.slots.length * 2);
		const fresh = [this.hashes, this.keyLengths, this.sources, this.starts, this.ends, this.counts, this.formCounts, this.flags];
		for (let k = 0; k < old.length; k++) fresh[k].set(old[k].subarray(0, size));
		for (let e = 0; e < size; e++) {
			let slot = home(this.hashes[e], this.mask);
			while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
			this.slots[slot] = e + 1;
			this.slotOf[e] = slot;
		}
	}

	private allocate(slots: number): void {
		const entries = slots / 2;
		this.mask = slots - 1;
		this.slots = new Int32Array(slots);
		this.slotOf = new Int32Array(entries);
		this.hashes = new Int32Array(entries);
		this.keyLengths = new Int32Array(entries);
		this.sources = new Int32Array(entries);
		this.starts = new Int32Array(entries);
		this.ends = new Int32Array(entries);
		this.counts = new Int32Array(entries);
		this.formCounts = new Int32Array(entries);
		this.flags = new Int32Array(entries);
	}
}
