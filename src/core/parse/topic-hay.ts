import { fold } from '../text/fold';

/**
 * The text a topic-term walk reads (topic-terms.ts). The walk lower-cases ASCII and reads a
 * run of ASCII white space as one space by itself, so a talk's text needs folding only where
 * it holds a character that folding changes; and when each such character folds to one other
 * character on its own (`é` to `e`, `К` to `к`), mapping those characters gives what the walk
 * would read in the fully folded text, with one copy instead of fold()'s five.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const EVERY_NON_ASCII = /[\u0080-\uffff]/g;

/** Folding leaves the character as it is (dashes, arrows, quotes, lower-case letters of any script). */
const KEEPS = 1;
/** Folding turns the character into one other character that is not white space (`é`, `É`, `К`). */
const MAPS = 2;
/** Anything else: white space, combining marks, several characters, surrogate halves, `Σ`. */
const OTHER = 3;

/** What folding does to each code unit over 0x7f: 0 until first seen. */
const kinds = new Uint8Array(0x10000);
/** The one code unit a {@link MAPS} unit folds to. */
const mapped = new Uint16Array(0x10000);

/** Capital sigma lower-cases by context (final `ς` or `σ`): only a whole-text fold can say which. */
const CAPITAL_SIGMA = 0x3a3;

function kindOf(unit: number): number {
	let kind = kinds[unit];
	if (kind !== 0) return kind;
	const char = String.fromCharCode(unit);
	const folded = fold(char);
	if (folded === char) kind = KEEPS;
	// A surrogate half is only half a character: folding the pair could change it.
	else if (folded.length !== 1 || (unit >= 0xd800 && unit <= 0xdfff) || unit === CAPITAL_SIGMA) kind = OTHER;
	else {
		kind = MAPS;
		mapped[unit] = folded.charCodeAt(0);
	}
	kinds[unit] = kind;
	return kind;
}

function mapUnit(char: string): string {
	const unit = char.charCodeAt(0);
	return kinds[unit] === MAPS ? String.fromCharCode(mapped[unit]) : char;
}

/**
 * `text` as the walk should read it: itself when folding changes none of its characters
 * beyond ASCII case and white space, its characters mapped one by one when each changed one
 * folds to a single other character, and `fold(text)` otherwise.
 */
export function topicHay(text: string): string {
	const first = text.search(NON_ASCII);
	if (first < 0) return text;
	let maps = false;
	for (let i = first; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x80) continue;
		const kind = kindOf(unit);
		if (kind === OTHER) return fold(text);
		if (kind === MAPS) maps = true;
	}
	return maps ? text.replace(EVERY_NON_ASCII, mapUnit) : text;
}
