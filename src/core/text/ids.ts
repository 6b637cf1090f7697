import { slug } from './fold';

/** Longest slug part of a derived talk id; keeps links short and ids cheap. */
const MAX_TITLE_SLUG = 60;

/**
 * The id of a talk without a block id: `<date>-<slug of title>`, e.g.
 * `2023-10-18-ingesting-in-rust`. Documented for users (links use it), so it
 * must never change for the same date and title. Notes without a date use `undated`.
 */
export function derivedTalkId(date: string, title: string): string {
	return `${date || 'undated'}-${titleSlug(title)}`;
}

/** Most title slugs remembered at once; the memo starts over when full. */
const SLUG_MEMO_LIMIT = 4096;
let titleSlugs = new Map<string, string>();

/**
 * The slug part of a derived talk id, remembered by title: a note is parsed again on every
 * edit, and each of its talks needs its id again. Keys are copies, so that a title sliced
 * out of a note does not keep the note's text alive in the memo.
 */
function titleSlug(title: string): string {
	let known = titleSlugs.get(title);
	if (known === undefined) {
		if (titleSlugs.size >= SLUG_MEMO_LIMIT) titleSlugs = new Map();
		known = slug(title).slice(0, MAX_TITLE_SLUG).replace(/-+$/, '') || 'talk';
		titleSlugs.set(title.length < 13 ? title : (' ' + title).slice(1), known);
	}
	return known;
}

/** Id of a speaker, topic or conference: the slug of its folded name. */
export function entityId(name: string): string {
	return slug(name) || 'unnamed';
}
