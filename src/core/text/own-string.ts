/**
 * A copy of `text` that is no view into a longer string. V8 keeps a substring of 13 or more
 * characters as a view into its parent, so a name or line sliced out of a note and kept in a
 * memo or an index would keep the whole note's text alive. Shorter strings are copies already.
 */
export function ownString(text: string): string {
	return text.length < 13 ? text : (' ' + text).slice(1);
}
