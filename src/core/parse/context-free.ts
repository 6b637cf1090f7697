import { indentWidth } from './indent';
import { itemReaders } from './outline';

/**
 * A cheap, exact-when-true test that no line of a note can be a conference context
 * (section 2), so the outline and the talk scan can be skipped. Most daily notes name
 * no conference: their links sit on childless bullets, which can never be contexts.
 */

const TAG = 'conference';

/** `#conference` in any ASCII case (what the context tag matches), found without a regex over the whole note. */
function hasConferenceTag(text: string): boolean {
	for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
		let k = 0;
		// `| 32` lowers an ASCII capital and leaves the lowercase letter: only the letter's two cases match.
		while (k < TAG.length && (text.charCodeAt(at + 1 + k) | 32) === TAG.charCodeAt(k)) k++;
		if (k === TAG.length) return true;
	}
	return false;
}

/**
 * True only when no line from `bodyStart` on can be a context line: none holds a tag
 * `#conference`, no comment could rejoin one, and every line holding `[[` is a list item
 * with no deeper line after it (a context item needs children; headings and paragraphs
 * with a link make this answer false, leaving them to the full scan; quotes are never contexts).
 */
export function cannotHoldContext(text: string, lines: readonly string[], bodyStart: number): boolean {
	// Comments can join text across a cut (`[<!-- -->[`): such notes take the full scan.
	if (text.includes('<!--') || text.includes('%%') || hasConferenceTag(text)) return false;
	if (!text.includes('[[')) return true;
	for (let i = bodyStart; i < lines.length; i++) {
		const line = lines[i];
		if (!line.includes('[[')) continue;
		// A `>` quote is never a context, whatever it links to.
		if (line.trimStart().charCodeAt(0) === 62) continue;
		// A bullet that opens a fence keeps the code as its children.
		if (line.includes('```') || line.includes('~~~') || itemReaders.itemContent(line) === null) return false;
		const indent = indentWidth(line);
		let next = i + 1;
		while (next < lines.length && lines[next].trim() === '') next++;
		if (next < lines.length && indentWidth(lines[next]) > indent) return false;
	}
	return true;
}
