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
const MAX_OTHER_WORDS = 3;
const BLOCK_ID = /\s+\^[A-Za-z0-9-]+\s*$/;
const TAG = /(^|\s)#conference(?=$|[\s.,;:!?)])/i;
const WIKILINK = /(!?)\[\[([^[\]\n]*)\]\]/g;
/** Links to other daily notes (`[[2023-10-17]]`) are navigation, not conferences. */
const DATE_TARGET = /^\d{4}-\d{2}-\d{2}/;

/** The conference a line names, or undefined when the line is not a context line. */
export function contextName(text: string, people: PeopleDirectory): string | undefined {
	const line = text.replace(BLOCK_ID, '');
	const tag = TAG.exec(line);
	if (tag) {
		const rest = (line.slice(0, tag.index) + tag[1] + line.slice(tag.index + tag[0].length)).trim();
		const linked = soleLink(rest);
		if (linked !== undefined && linked.target !== '') return linked.target;
		return plainName(rest);
	}
	const linked = soleLink(line);
	if (!linked || linked.target === '' || countWords(linked.rest) > MAX_OTHER_WORDS) return undefined;
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

/** Words that carry a letter or digit; `@`, `-` and `(` alone are not words. */
function countWords(text: string): number {
	let count = 0;
	for (const word of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) count++;
	return count;
}

/** `**Local Rust meetup**:` reads as `Local Rust meetup`. */
function plainName(text: string): string | undefined {
	const name = text
		.replace(/[*_=~`]+/g, '')
		.replace(/^[\s:;,|—–-]+|[\s:;,|—–-]+$/g, '')
		.replace(/\s+/g, ' ');
	return name === '' ? undefined : name;
}
