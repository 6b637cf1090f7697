import type { TalkKind } from '../model';

/**
 * Session kinds on a talk line: a leading `Keynote:`-style prefix (removed from
 * the title), or kind words in a leading segment (`Threads | Live Discussion - ...`,
 * kept in the title).
 */

/** Prefix words, longest first so `Lightning talk:` wins over `Lightning:`. */
const PREFIXES: ReadonlyArray<readonly [string, TalkKind]> = [
	['birds of a feather', 'bof'],
	['panel discussion', 'panel'],
	['lightning talks', 'lightning'],
	['lightning talk', 'lightning'],
	['fireside chat', 'fireside'],
	['lightning', 'lightning'],
	['workshop', 'workshop'],
	['tutorial', 'tutorial'],
	['fireside', 'fireside'],
	['keynote', 'keynote'],
	['panel', 'panel'],
	['ama', 'ama'],
	['bof', 'bof'],
];

/** A kind prefix found at the start of a line. */
export interface KindPrefix {
	readonly kind: TalkKind;
	/** Characters to drop from the start of the line (prefix, colon, emphasis and spaces). */
	readonly length: number;
	/** `**Keynote: Fast Queues**`: the emphasis opened before the prefix closes at the end of the line. */
	readonly openMark?: string;
}

/** `Keynote: ...`, `**Panel:** ...`, `lightning talk: ...` (any case); null when the line has none. */
export function kindPrefix(text: string): KindPrefix | null {
	const mark = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : '';
	const i = mark.length;
	// Every prefix starts with one of these letters: most lines leave here.
	if ('kpwtlfabKPWTLFAB'.indexOf(text.charAt(i)) < 0 || text.indexOf(':', i) < 0) return null;
	const head = text.slice(i, i + 20).toLowerCase();
	for (const [word, kind] of PREFIXES) {
		if (!head.startsWith(word)) continue;
		let j = i + word.length;
		let closed = false;
		if (mark && text.startsWith(mark, j)) { j += mark.length; closed = true; }
		if (text.charAt(j) !== ':') continue;
		j++;
		if (mark && !closed && text.startsWith(mark, j)) { j += mark.length; closed = true; }
		while (j < text.length && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j++;
		return mark && !closed ? { kind, length: j, openMark: mark } : { kind, length: j };
	}
	return null;
}

const KIND_WORDS = /(?:^|[^\p{L}\p{N}])(live discussion|panel|fireside)(?=$|[^\p{L}\p{N}])/iu;

/**
 * The kind named by words in a leading segment: `Live Discussion` and `Panel`
 * give `panel`, `Fireside` gives `fireside`; a segment that is only a kind word
 * (`Keynote - Fast Queues`) gives that kind.
 */
export function kindFromSegment(segment: string): TalkKind | null {
	const words = segment.trim().replace(/^(\*\*|__)|(\*\*|__)$/g, '').trim().toLowerCase();
	if (words.length === 0 || words.length > 200) return null;
	for (const [word, kind] of PREFIXES) if (words === word) return kind;
	const found = KIND_WORDS.exec(words);
	if (!found) return null;
	return found[1] === 'fireside' ? 'fireside' : 'panel';
}
