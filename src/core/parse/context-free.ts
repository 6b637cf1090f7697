import { contextName, countWords, MAX_OTHER_WORDS } from './context-line';
import { indentWidth } from './indent';
import { isTrimSpace, itemReaders } from './outline';
import { NO_PEOPLE } from './parse-context';

/**
 * A cheap, exact-when-true test that no line of a note can be a conference context
 * (section 2), so the outline and the talk scan can be skipped. Most daily notes name
 * no conference: their links sit in sentences or on childless bullets, which can never
 * be contexts. It reads the text itself, jumping from one `[[` to the next, so a note
 * without a candidate line costs a few substring searches and no line array.
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

/** A line the outline reads as paragraph text whatever follows: no heading, rule, quote or item marker first. */
function startsPlainText(line: string): boolean {
	const first = firstVisible(line);
	return !(first === 35 || first === 45 || first === 42 || first === 43 || first === 95 || first === 62 || (first >= 48 && first <= 57));
}

/** The first code unit of `line[from, to)` that `trim` would keep (-1 for white space only), found without a trimmed copy. */
function firstVisible(line: string, from = 0, to = line.length): number {
	let i = from;
	while (i < to && isTrimSpace(line.charCodeAt(i))) i++;
	return i < to ? line.charCodeAt(i) : -1;
}

function isBreak(code: number): boolean {
	return code === 10 || code === 13;
}

/** Offset where the line holding `at` starts (lines end at LF, CRLF or a lone CR, as in toLines). */
function lineStart(text: string, at: number, lfOnly: boolean): number {
	// Text without CR (nearly every note) has one break character: the native search finds it.
	if (lfOnly) return text.lastIndexOf('\n', at - 1) + 1;
	let i = at;
	while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
	return i;
}

/** Offset of the line break ending the line that holds `at` (the text's length on the last line). */
function lineEnd(text: string, at: number, lfOnly = false): number {
	if (lfOnly) {
		const end = text.indexOf('\n', at);
		return end < 0 ? text.length : end;
	}
	let i = at;
	while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
	return i;
}

/** Offset just past the line break at `at` (CRLF is one break). */
function pastBreak(text: string, at: number): number {
	return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** Offset of line `line` (0-based): where the body starts after `line` frontmatter lines. */
export function lineOffset(text: string, line: number): number {
	let at = 0;
	for (let k = 0; k < line && at < text.length; k++) at = pastBreak(text, lineEnd(text, at));
	return at;
}

/** Whether the first non-blank line after the break at `end` is indented deeper than `indent` (read in place). */
function deeperLineFollows(text: string, end: number, indent: number, lfOnly: boolean): boolean {
	let at = end;
	while (at < text.length) {
		at = pastBreak(text, at);
		const close = lineEnd(text, at, lfOnly);
		if (firstVisible(text, at, close) >= 0) return indentWidth(text, at, close) > indent;
		at = close;
	}
	return false;
}

/**
 * True only when no line from offset `bodyFrom` on can be a context line: none holds a
 * tag `#conference`, no comment could rejoin one, and every line holding `[[` either does
 * not have a context's shape (one link, at most three other words) or is a list item with
 * no deeper line after it (a context item needs children). Headings with a link make this
 * answer false, leaving them to the full scan; quotes are never contexts. `text` has no BOM.
 */
export function cannotHoldContext(text: string, bodyFrom: number): boolean {
	// Comments can join text across a cut (`[<!-- -->[`): such notes take the full scan.
	if (text.includes('<!--') || text.includes('%%') || hasConferenceTag(text)) return false;
	let at = text.indexOf('[[', bodyFrom);
	const lfOnly = at >= 0 && !text.includes('\r');
	// Asked once per note rather than of every linked line: most notes have no fence at all.
	const fences = at >= 0 && (text.includes('```') || text.includes('~~~'));
	while (at >= 0) {
		const start = lineStart(text, at, lfOnly);
		const end = lineEnd(text, at, lfOnly);
		if (!candidateLineIsFree(text, start, end, lfOnly, fences)) return false;
		at = text.indexOf('[[', end);
	}
	return true;
}

/** Most words around the link of a context line, plus one that a trailing block id (` ^id`) may take. */
const MOST_WORDS_AROUND = MAX_OTHER_WORDS + 1;

/**
 * A quick, exact-when-true test that `content` has too many words around its first link to
 * be a context line, without contextName's regex and string building. Exact because the
 * first `[[` opens the link contextName reads whenever no `[`, `]` or line break comes
 * before its `]]`, and the words before and after it are the words contextName counts
 * around it (counted by the same function); one more is allowed for a block id.
 */
function tooManyWordsAroundLink(content: string): boolean {
	const open = content.indexOf('[[');
	if (open < 0) return false;
	const close = content.indexOf(']]', open + 2);
	if (close < 0) return false;
	for (let i = open + 2; i < close; i++) {
		const c = content.charCodeAt(i);
		if (c === 91 || c === 93 || c === 10 || c === 13) return false;
	}
	// Counted in place: no slice of the text on either side of the link.
	const before = countWords(content, MOST_WORDS_AROUND, 0, open);
	return before + countWords(content, MOST_WORDS_AROUND - before, close + 2) > MOST_WORDS_AROUND;
}

/**
 * Whether the line `text[start, end)`, which holds a link, can be ruled out as a context.
 * `lfOnly`: the note has no CR; `fences`: it has a fence opener somewhere.
 */
function candidateLineIsFree(text: string, start: number, end: number, lfOnly: boolean, fences: boolean): boolean {
	const line = text.slice(start, end);
	// A `>` quote is never a context, whatever it links to.
	if (firstVisible(line) === 62) return true;
	// A bullet that opens a fence keeps the code as its children.
	if (fences && (line.includes('```') || line.includes('~~~'))) return false;
	const content = itemReaders.itemContent(line);
	if (content === null) {
		// A paragraph: its text is the trimmed line; other shapes (headings, rules) take the full scan.
		return startsPlainText(line) && contextName(line.trim(), NO_PEOPLE) === undefined;
	}
	// A context item needs children: an item with no deeper line after it is ruled out by
	// looking at the next line alone, the cheapest test, so it goes first.
	if (!deeperLineFollows(text, end, indentWidth(line), lfOnly)) return true;
	// Text around the link rules most other items out (`spent the day on [[Billing v2]] code`).
	// With no people known, contextName rejects a subset of what it rejects with them: exact.
	return tooManyWordsAroundLink(content) || contextName(content, NO_PEOPLE) === undefined;
}
