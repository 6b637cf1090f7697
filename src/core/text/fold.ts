/**
 * Folding for identity: two names are the same person, topic or conference when
 * their folded forms are equal. Case, accents (NFD marks) and runs of white space
 * do not count.
 */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A url- and id-safe slug: folded, every run of other characters turned into one `-`.
 * Letters of any script are kept, so non-Latin titles still give distinct slugs.
 */
export function slug(text: string): string {
	return fold(text)
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}
