import { hash, personKey } from './parse-setup';
import type { NoteExtract } from '../core/model';

/**
 * Which notes are person notes, and one fingerprint of them all. A talk note parsed under
 * another fingerprint may split its speakers differently, so it is due for a re-parse.
 */
export class PeopleTracker {
	private readonly persons = new Map<string, string>();
	private cached: string | null = null;

	/** Records a note's extract; true when the people directory changed. */
	set(path: string, extract: NoteExtract | undefined): boolean {
		const next = personKey(extract);
		const prev = this.persons.get(path) ?? '';
		if (next === prev) return false;
		if (next) this.persons.set(path, next);
		else this.persons.delete(path);
		this.cached = null;
		return true;
	}

	/** Forgets every person note (the index is rebuilt from scratch). */
	clear(): void {
		this.persons.clear();
		this.cached = null;
	}

	/** Fingerprint of the current person notes (names and aliases, by path). */
	fingerprint(): string {
		if (this.cached === null) {
			const entries = [...this.persons].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
			this.cached = `p${hash(JSON.stringify(entries))}`;
		}
		return this.cached;
	}
}
