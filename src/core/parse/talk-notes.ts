import { dedent, TAB_STOP } from './indent';
import { isTrimSpace, type OutlineLine } from './outline';

/**
 * A talk's notes (section 4): its subtree as markdown, nesting and markers
 * kept, dedented so the first child level sits at column 0.
 */

/**
 * The lines after the talk line up to `end`, dedented by the first one's
 * indentation; a `firstNote` from the talk line itself goes first.
 */
export function talkNotes(outline: readonly OutlineLine[], index: number, end: number, firstNote?: string): string {
	const out: string[] = [];
	const lead = firstNote?.trim();
	if (lead) out.push(lead);
	let first = index + 1;
	while (first <= end && !outline[first].substantive) first++;
	if (first > end) return out.join('\n');
	const columns = outline[first].kind === 'inner' ? 0 : outline[first].indent;
	for (let j = first; j <= end; j++) out.push(noteLine(outline[j].raw, columns));
	return out.join('\n');
}

/**
 * `dedent(raw, columns).trimEnd()`, '' for a line of white space only: its bounds found by hand
 * so that the one string cut from the line is the one kept (no trimmed or dedented copies).
 */
function noteLine(raw: string, columns: number): string {
	let end = raw.length;
	while (end > 0 && isTrimSpace(raw.charCodeAt(end - 1))) end--;
	if (end === 0) return '';
	let column = 0;
	let i = 0;
	while (i < end && column < columns) {
		const code = raw.charCodeAt(i);
		if (code === 32) column++;
		else if (code === 9) column += TAB_STOP - (column % TAB_STOP);
		else break;
		i++;
	}
	// A tab that straddles the cut: the plain path says what it leaves (rare).
	if (column > columns) return dedent(raw, columns).trimEnd();
	return i === 0 && end === raw.length ? raw : raw.slice(i, end);
}
