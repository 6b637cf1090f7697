import type { PeopleDirectory } from './parse-context';

/**
 * Results of a pure per-line reader (a talk line's split, a speaker line's names), remembered
 * by the line's text while the people directory stays at the same version. A note is parsed
 * again on every edit, and all its lines but the one being typed are as they were: their
 * talk and speaker lines are read once, not on every keystroke. Readers that ask a directory
 * without a version are never remembered (its answers could change unseen).
 *
 * A result is shared by every parse that reads the same text: callers must not change it.
 * The text is copied before it is read and kept, so neither the key nor the result's
 * substrings hold a whole note's text alive; and the memo starts over once full.
 */
export class LineMemo<T> {
	private results = new Map<string, T>();
	private people: PeopleDirectory | undefined;
	private version: number | undefined;

	constructor(
		private readonly read: (text: string, people: PeopleDirectory) => T,
		private readonly limit = 4096,
	) {}

	/** `read(text, people)`, remembered. */
	get(text: string, people: PeopleDirectory): T {
		const version = people.version;
		if (version === undefined) return this.read(text, people);
		if (people !== this.people || version !== this.version) {
			this.results = new Map();
			this.people = people;
			this.version = version;
		}
		let result = this.results.get(text);
		if (result === undefined) {
			if (this.results.size >= this.limit) this.results.clear();
			const own = ownCopy(text);
			result = this.read(own, people);
			this.results.set(own, result);
		}
		return result;
	}
}

/** A flat copy: V8 keeps a substring of 13 or more characters as a view into the whole note. */
function ownCopy(text: string): string {
	return text.length < 13 ? text : (' ' + text).slice(1);
}
