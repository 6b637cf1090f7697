import type { PeopleDirectory } from './parse-context';
import { wikilinkTarget } from './wikilink';

/**
 * The shape of a conference context line (section 2): a single wikilink with
 * up to three other words around it (`at [[X]]`, `Day 2 of [[X]]`,
 * `[[X]] (day 2)`), or any text tagged `#conference`. Whether the line stands
 * where a context may stand (a paragraph of its own, a list item with
 * children, a heading) is the caller's business.
 */

/** Most words allowed around the link: `Day 2 of [[X]]`. */
export const MAX_OTHER_WORDS = 3;
const TAG = /(^|\s)#conference(?=$|[\s.,;:!?)])/i;
const WIKILINK = /(!?)\[\[([^[\]\n]*)\]\]/g;
/** Links to other daily notes (`[[2023-10-17]]`) are navigation, not conferences. */
const DATE_TARGET = /^\d{4}-\d{2}-\d{2}/;

/** The conference a line names, or undefined when the line is not a context line. */
export function contextName(text: string, people: PeopleDirectory): string | undefined {
	// Every context line holds a link or a tag: most lines are ruled out without a regex.
	if (!text.includes('[[') && !text.includes('#')) return undefined;
	const line = withoutBlockId(text);
	const tag = TAG.exec(line);
	if (tag) {
		const rest = (line.slice(0, tag.index) + tag[1] + line.slice(tag.index + tag[0].length)).trim();
		const linked = soleLink(rest);
		if (linked !== undefined && linked.target !== '') return linked.target;
		return plainName(rest);
	}
	const linked = soleLink(line);
	if (!linked || linked.target === '' || countWords(linked.rest, MAX_OTHER_WORDS) > MAX_OTHER_WORDS) return undefined;
	if (/\]\(|https?:\/\//.test(linked.rest)) return undefined;
	if (DATE_TARGET.test(linked.target) || people.canonical(linked.target) !== undefined) return undefined;
	return linked.target;
}

/** The one wikilink on a line (embeds do not count as links and spoil the shape). */
function soleLink(line: string): { target: string; rest: string } | undefined {
	let found: { target: string; rest: string } | undefined;
	WIKILINK.lastIndex = 0;
	for (let match = WIKILINK.exec(line); match; match = WIKILINK.exec(line)) {
		if (match[1] === '!' || found) return undefined;
		found = { target: wikilinkTarget(match[2]), rest: line.slice(0, match.index) + ' ' + line.slice(match.index + match[0].length) };
	}
	return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITE_SPACE = /\s/;

/**
 * Words that carry a letter or digit; `@`, `-` and `(` alone are not words. Counted by
 * hand up to `limit + 1` (all the caller needs to know is whether there are more than
 * `limit`): this runs on every linked line of every daily note.
 */
export function countWords(text: string, limit: number, from = 0, to = text.length): number {
	let count = 0;
	let counted = false;
	for (let i = from; i < to && count <= limit; i++) {
		const c = text.charCodeAt(i);
		if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE_SPACE.test(text.charAt(i))) {
			counted = false;
			continue;
		}
		if (counted) continue;
		// A letter outside the BMP (`𝐀`) is a surrogate pair: test both halves together.
		const pair = c >= 0xd800 && c <= 0xdbff;
		const alnum = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(text.slice(i, pair ? i + 2 : i + 1));
		if (alnum) {
			count++;
			counted = true;
		}
	}
	return count;
}

/** `**Local Rust meetup**:` reads as `Local Rust meetup`. */
function plainName(text: string): string | undefined {
	const name = trimSeparators(text.replace(/[*_=~`]+/g, '')).replace(/\s+/g, ' ');
	return name === '' ? undefined : name;
}

const WHITE = /\s/;
const SEPARATOR = /[\s:;,|—–-]/;

/**
 * Separators and white space cut from both ends. Scanned from each end, not with a regex:
 * an unanchored `[...]+$` retries every start inside a long run of separators (quadratic).
 */
function trimSeparators(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && SEPARATOR.test(text.charAt(start))) start++;
	while (end > start && SEPARATOR.test(text.charAt(end - 1))) end--;
	return text.slice(start, end);
}

/** The line without a trailing ` ^block-id` (and the white space before it). Scanned from the end, for the same reason. */
function withoutBlockId(text: string): string {
	let end = text.length;
	while (end > 0 && WHITE.test(text.charAt(end - 1))) end--;
	let id = end;
	while (id > 0 && isIdChar(text.charCodeAt(id - 1))) id--;
	const caret = id - 1;
	if (id === end || caret < 1 || text.charCodeAt(caret) !== 94 || !WHITE.test(text.charAt(caret - 1))) return text;
	let cut = caret;
	while (cut > 0 && WHITE.test(text.charAt(cut - 1))) cut--;
	return text.slice(0, cut);
}

/** `A-Z`, `a-z`, `0-9` and `-`: what a block id is made of. */
function isIdChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}
