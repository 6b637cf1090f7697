/**
 * What the topic registry reads of one talk, besides its folded topics and keywords:
 * which keyword counts are usable and which words never become its automatic topics.
 * Pure functions of the talk, so removing a talk reads exactly what adding it counted.
 */

/** A keyword count the registry counts: a positive finite number (a cache may hold anything). */
export function usableCount(count: unknown): count is number {
	return typeof count === 'number' && Number.isFinite(count) && count > 0;
}

/**
 * Whether a folded keyword never becomes this talk's automatic topic: it is one of its
 * explicit topics, its conference or a word of one of its speakers' names (all folded).
 * Checked in place, a few compares: a list or a set of those words per talk cost more
 * to build than the lookups it saved. Only the first `speakerCount` of `speakers` are read
 * (a reused list's).
 */
export function isSkippedWord(folded: string, explicit: readonly string[], conference: string, speakers: readonly string[], speakerCount = speakers.length): boolean {
	if (folded === conference || explicit.includes(folded)) return true;
	for (let i = 0; i < speakerCount; i++) if (hasWord(speakers[i], folded)) return true;
	return false;
}

/** Whether `word` (not empty) is one of the space-separated words of `text`: `text.split(' ').includes(word)` without the list. */
export function hasWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		const end = at + word.length;
		// A word with a space in it (`glauber costa`) is never one word of the name.
		if ((at === 0 || text.charCodeAt(at - 1) === 32) && (end === text.length || text.charCodeAt(end) === 32)) return !word.includes(' ');
	}
	return false;
}
