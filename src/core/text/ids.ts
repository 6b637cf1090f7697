import { slug } from './fold';

/** Longest slug part of a derived talk id; keeps links short and ids cheap. */
const MAX_TITLE_SLUG = 60;

/**
 * The id of a talk without a block id: `<date>-<slug of title>`, e.g.
 * `2023-10-18-ingesting-in-rust`. Documented for users (links use it), so it
 * must never change for the same date and title. Notes without a date use `undated`.
 */
export function derivedTalkId(date: string, title: string): string {
	return talkIdFrom(date, titleSlug(title));
}

/** The slug part of a derived talk id. */
export function titleSlug(title: string): string {
	return slug(title).slice(0, MAX_TITLE_SLUG).replace(/-+$/, '') || 'talk';
}

/** A derived talk id from its date and the {@link titleSlug} of its title. */
export function talkIdFrom(date: string, slugOfTitle: string): string {
	return `${date || 'undated'}-${slugOfTitle}`;
}

/** Id of a speaker, topic or conference: the slug of its folded name. */
export function entityId(name: string): string {
	return slug(name) || 'unnamed';
}
