import type { Quote, SpeakerMention } from '../model';
import type { OutlineLine } from './outline';
import { attributeBullet } from './quote-attribution';

/**
 * Most speakers a talk may have for its bullets to be attributed. A stage holds a handful
 * of people, and initials and first names stop telling them apart long before this; the
 * bound also keeps the work per bullet constant on a note that lists thousands of names.
 */
const MAX_PANEL_SPEAKERS = 16;

/**
 * Panel bullets attributed to a speaker (section 8): `G: wish Zig had ...` is
 * a quote of Glauber Costa wherever it sits in the panel's subtree, and a bare
 * `carl` bullet makes each of its child bullets a quote of Carl Lerche. Only
 * talks with two to {@link MAX_PANEL_SPEAKERS} speakers have quotes.
 */
export function panelQuotes(
	outline: readonly OutlineLine[],
	index: number,
	end: number,
	speakers: readonly SpeakerMention[],
	/** Lines that named the speakers: not quotes (a handful at most, so a list). */
	speakerLines: readonly number[],
): Quote[] {
	if (speakers.length < 2 || speakers.length > MAX_PANEL_SPEAKERS) return [];
	const quotes: Quote[] = [];
	/** Bare-name bullets (`carl`) by line index, with the speaker they name. */
	let heads: Map<number, string> | null = null;
	for (let j = index + 1; j <= end; j++) {
		const line = outline[j];
		if (line.kind !== 'item' || !line.substantive || speakerLines.includes(j)) continue;
		const attributed = attributeBullet(line.text, speakers);
		if (attributed) {
			const text = attributed.text.trim();
			if (text) quotes.push({ speaker: attributed.speaker, line: j + 1, text });
			else (heads ??= new Map()).set(j, attributed.speaker);
			continue;
		}
		const head = heads?.get(line.parent);
		if (head !== undefined) quotes.push({ speaker: head, line: j + 1, text: line.text });
	}
	return quotes;
}
