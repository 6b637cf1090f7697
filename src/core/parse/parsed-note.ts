import type { ConferenceMention, Diagnostic, NoteExtract, PersonNote, Talk } from '../model';

/**
 * What the parser makes of a note: a class, not an object literal, for the reason
 * `TalkDraft` gives (talks.ts). The index keeps every extract, so V8 would pretenure a
 * literal's site and make each later extract in the old generation, where one that nobody
 * keeps costs a full collection to reclaim. Measured on the realistic vault's plain daily
 * notes: the literal return took 0.7 us a note, a fifth of such a note's whole parse.
 * Fields keep the order the literals had (`person` only when there is one), which is the
 * order the cache and the command-line tool write them in.
 */
export class ParsedNote implements NoteExtract {
	readonly path: string;
	readonly date: string;
	readonly person?: PersonNote;
	readonly conferences: readonly ConferenceMention[];
	readonly talks: readonly Talk[];
	readonly diagnostics: readonly Diagnostic[];

	constructor(
		path: string,
		date: string,
		person: PersonNote | undefined,
		conferences: readonly ConferenceMention[],
		talks: readonly Talk[],
		diagnostics: readonly Diagnostic[],
	) {
		this.path = path;
		this.date = date;
		if (person) this.person = person;
		this.conferences = conferences;
		this.talks = talks;
		this.diagnostics = diagnostics;
	}
}
