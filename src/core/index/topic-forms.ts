import type { Talk } from '../model';
import { fold } from '../text/fold';
import type { TalkSlot } from './talk-slots';

/**
 * What the topic registry reads of one talk: its explicit topics and keyword candidates,
 * folded, and the words that never become its automatic topics. Pure functions of the
 * talk, so removing a talk reads exactly what adding it counted.
 */

/**
 * Words that never become a talk's automatic topics: its explicit topics, its conference
 * and each word of its speakers' names (all folded). A short list, searched linearly:
 * a set per talk cost more to build than the lookups it saved.
 */
export function skippedWords(conference: string, speakers: Talk['speakers'], explicit: readonly string[]): string[] {
	const words = explicit.slice();
	words.push(fold(conference));
	for (const speaker of speakers) for (const word of fold(speaker.name).split(' ')) words.push(word);
	return words;
}

/**
 * Per form: the summed count of every form folding alike when it is the first of them, 0
 * for the later ones. Compared pairwise for the few keywords most talks have (no map per
 * talk); a long list goes through a map, so a huge note never costs quadratic time.
 */
export function foldedTotals(forms: readonly KeywordForm[]): number[] {
	const totals = forms.map((form) => form[2]);
	if (forms.length <= 32) {
		for (let i = 0; i < forms.length; i++) {
			if (totals[i] === 0) continue;
			for (let j = i + 1; j < forms.length; j++) {
				if (totals[j] === 0 || forms[j][0] !== forms[i][0]) continue;
				totals[i] += totals[j];
				totals[j] = 0;
			}
		}
		return totals;
	}
	const first = new Map<string, number>();
	for (let i = 0; i < forms.length; i++) {
		const at = first.get(forms[i][0]);
		if (at === undefined) {
			first.set(forms[i][0], i);
		} else {
			totals[at] += totals[i];
			totals[i] = 0;
		}
	}
	return totals;
}

/** A folded explicit topic and its name as written (trimmed). */
export type ExplicitForm = readonly [folded: string, form: string];
/** A folded keyword candidate, its form as written (trimmed) and its count in the talk. */
export type KeywordForm = readonly [folded: string, form: string, count: number];

/** A talk's explicit topics, folded; repeats (by folded form) count once. Pure, so removal reads the same. */
export function explicitFormsOf(slot: TalkSlot): ExplicitForm[] {
	const forms: ExplicitForm[] = [];
	for (const name of slot.source.topics) {
		const folded = fold(name);
		if (!folded || forms.some(([seen]) => seen === folded)) continue;
		forms.push([folded, name.trim()]);
	}
	return forms;
}

/** A talk's usable keyword candidates, folded (several forms may fold alike). Pure, so removal reads the same. */
export function keywordFormsOf(slot: TalkSlot): KeywordForm[] {
	const forms: KeywordForm[] = [];
	const keywords = slot.source.keywords;
	for (const candidate of Object.keys(keywords)) {
		const count = keywords[candidate];
		const folded = fold(candidate);
		if (!folded || typeof count !== 'number' || !Number.isFinite(count) || count <= 0) continue;
		forms.push([folded, candidate.trim(), count]);
	}
	return forms;
}
