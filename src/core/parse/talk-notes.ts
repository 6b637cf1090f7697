import { dedent } from './indent';
import type { OutlineLine } from './outline';

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
	for (let j = first; j <= end; j++) {
		const raw = outline[j].raw;
		out.push(raw.trim() === '' ? '' : dedent(raw, columns).trimEnd());
	}
	return out.join('\n');
}
