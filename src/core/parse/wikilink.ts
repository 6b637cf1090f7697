/** The one place that knows how a wikilink's inside reads: `target#heading|display`. */

/**
 * The note a wikilink points to: `[[RustConf 2024|RustConf]]` and
 * `[[RustConf 2024#Day 2]]` both give `RustConf 2024`. Takes the text between
 * the brackets; a trailing `.md` is dropped because Obsidian resolves without it.
 */
export function wikilinkTarget(inner: string): string {
	let target = inner;
	const pipe = target.indexOf('|');
	if (pipe >= 0) target = target.slice(0, pipe);
	const hash = target.indexOf('#');
	if (hash >= 0) target = target.slice(0, hash);
	target = target.trim();
	return target.toLowerCase().endsWith('.md') ? target.slice(0, -3).trim() : target;
}

/**
 * The target of a value that is exactly one wikilink (`[[X]]`, as frontmatter
 * often holds), or the trimmed text itself when it is not a link.
 */
export function linkOrText(value: string): string {
	const match = /^\s*\[\[([^[\]]*)\]\]\s*$/.exec(value);
	return match ? wikilinkTarget(match[1]) : value.trim();
}
