import type { ConferenceMention, Diagnostic, NoteExtract, PersonNote, Talk } from '../model';

/**
 * What the parser makes of a note: a class, not an object literal, for the reason
 * `TalkDraft` gives (talks.ts). The index keeps every extract, so V8 would pretenure a
 * literal's site and make each later extract in the old generation, where one that nobody
 * keeps costs a full collection to reclaim. Measured (CPU profile of the realistic vault's
 * parse passes): the literal return was 309 of 6,304 samples, about 0.7 us per plain daily
 * note; with the constructor it no longer shows.
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
