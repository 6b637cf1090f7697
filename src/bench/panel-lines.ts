/**
 * Speakers named on a talk's first child line (`Panelists: ...`, `moderated by ...`) and
 * panel bullets attributed to a speaker by first name or initial (`carl`, `J: ...`).
 */
import type { TreeNode } from './note-writer';
import type { Random } from './prng';
import type { Person } from './speaker-pool';
import type { ExpectedSpeaker } from './talk-line';
import type { Filler } from './text-filler';

/** Spellings of a speaker child line. */
export const CHILD_LINE_FORMS = ['list', 'speakers', 'panelists', 'with', 'by'] as const;

/** One spelling of a speaker child line. */
export type ChildLineForm = (typeof CHILD_LINE_FORMS)[number];

/** The first child line naming `speakers`, and who the index should find there. */
export function speakerChildLine(speakers: readonly Person[], form: ChildLineForm, variant: number): { text: string; speakers: ExpectedSpeaker[] } {
	const names = speakers.map((p) => p.name);
	const and = (list: string[]) => (list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1] ?? ''}` : (list[0] ?? ''));
	switch (form) {
		case 'list':
			// The seed's form: two or more names, each with an affiliation.
			return {
				text: speakers.map((p) => `${p.name} (${p.affiliation})`).join(', '),
				speakers: speakers.map((p) => ({ name: p.name, affiliation: p.affiliation })),
			};
		case 'speakers':
			return { text: `${variant % 2 ? 'speakers' : speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${names.join(', ')}`, speakers: names.map((name) => ({ name })) };
		case 'panelists':
			return { text: `Panelists: ${and(names)}`, speakers: names.map((name) => ({ name })) };
		case 'with':
			return { text: `${variant % 2 ? 'With' : 'with'} ${and(names)}`, speakers: names.map((name) => ({ name })) };
		case 'by':
			return { text: `by ${and(names)}`, speakers: names.map((name) => ({ name })) };
	}
}

/** A moderator child line (`Moderator: X` or `moderated by X`). */
export function moderatorLine(person: Person, variant: number): { text: string; speaker: ExpectedSpeaker } {
	const text = variant % 2 ? `moderated by ${person.name}` : `Moderator: ${person.name}`;
	return { text, speaker: { name: person.name, role: 'moderator' } };
}

/**
 * Panel bullets attributed to speakers, as in the seed: a lowercase first name with
 * the points below it, or `X: point` with the initial. Returns [] when first names or
 * initials collide, since the attribution would then be ambiguous.
 */
export function panelQuotes(rng: Random, filler: Filler, speakers: readonly Person[]): TreeNode[] {
	const firsts = speakers.map((p) => p.first.toLowerCase());
	const initials = speakers.map((p) => p.first.charAt(0).toUpperCase());
	if (new Set(firsts).size !== firsts.length || new Set(initials).size !== initials.length) return [];
	const direct: TreeNode[] = [];
	const initialled: TreeNode[] = [];
	const rounds = rng.int(2, 5);
	for (let i = 0; i < rounds; i++) {
		const who = rng.int(0, speakers.length - 1);
		if (i % 2 === 0) {
			const points = Array.from({ length: rng.int(1, 3) }, () => ({ text: filler.noteLine(), children: [] }));
			direct.push({ text: firsts[who], children: points });
		} else {
			initialled.push({ text: `${initials[who] ?? 'X'}: ${filler.noteLine()}`, children: [] });
		}
	}
	return [...direct, { text: 'What ideas would you like to see the others borrow?', children: initialled }];
}
