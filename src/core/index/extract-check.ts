import type { Diagnostic, NoteExtract, Talk } from '../model';

/**
 * Guards the index against records that are not what the types promise (an old
 * cache, a parser bug): a malformed talk is dropped with a diagnostic, never
 * thrown on. A well-formed extract comes back as the very same object.
 * Returns undefined only when there is not even a path to file the problem under.
 */
export function checkExtract(extract: unknown): NoteExtract | undefined {
	if (!isObject(extract) || typeof extract.path !== 'string') return undefined;
	const path = extract.path;
	const talks = Array.isArray(extract.talks) ? extract.talks : [];
	const conferences = Array.isArray(extract.conferences) ? extract.conferences : [];
	const diagnostics = Array.isArray(extract.diagnostics) ? extract.diagnostics : [];
	const goodTalks = talks.filter(isTalk);
	const goodConferences = conferences.filter(
		(c) => isObject(c) && typeof c.name === 'string' && typeof c.line === 'number' && typeof c.date === 'string',
	);
	const goodDiagnostics = diagnostics.filter(isDiagnostic);
	const person = extract.person;
	const personOk = person === undefined || (isObject(person) && typeof person.name === 'string' && typeof person.file === 'string' && isStrings(person.aliases));
	const intact =
		typeof extract.date === 'string' &&
		goodTalks.length === talks.length &&
		goodConferences.length === conferences.length &&
		goodDiagnostics.length === diagnostics.length &&
		personOk &&
		Array.isArray(extract.talks) &&
		Array.isArray(extract.conferences) &&
		Array.isArray(extract.diagnostics);
	if (intact) return extract as unknown as NoteExtract;
	const dropped = talks.length - goodTalks.length;
	const problems: Diagnostic[] = [];
	if (dropped > 0) problems.push({ file: path, line: 0, message: `Skipped ${dropped} malformed talk record(s).` });
	if (!personOk) problems.push({ file: path, line: 0, message: 'Skipped a malformed person record.' });
	return {
		path,
		date: typeof extract.date === 'string' ? extract.date : '',
		conferences: goodConferences as NoteExtract['conferences'],
		talks: goodTalks,
		person: personOk ? (person as NoteExtract['person']) : undefined,
		diagnostics: [...(goodDiagnostics as Diagnostic[]), ...problems],
	};
}

/** Structural equality of two extracts: re-indexing an unchanged note must not bump the revision. */
export function sameExtract(a: NoteExtract, b: NoteExtract): boolean {
	return a === b || sameValue(a, b);
}

function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
	if (!isObject(a) || !isObject(b) || Array.isArray(b)) return false;
	const keys = Object.keys(a).filter((key) => a[key] !== undefined);
	const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
	return keys.length === otherKeys.length && keys.every((key) => sameValue(a[key], b[key]));
}

/** String fields every talk has. */
const TALK_STRINGS = ['id', 'title', 'conference', 'date', 'file', 'notes', 'kind'] as const;

// Indexed loops, no callbacks or iterators: every talk of a warm start (30,000 on a large
// vault) and of every edit is checked, and an iterator costs an object a step wherever the
// engine does not optimise it away.
function isTalk(value: unknown): value is Talk {
	if (!isObject(value)) return false;
	for (let k = 0; k < TALK_STRINGS.length; k++) if (typeof value[TALK_STRINGS[k]] !== 'string') return false;
	if (typeof value.line !== 'number' || typeof value.endLine !== 'number') return false;
	const speakers = value.speakers;
	if (!Array.isArray(speakers)) return false;
	for (let k = 0; k < speakers.length; k++) {
		const s: unknown = speakers[k];
		if (!isObject(s) || typeof s.name !== 'string' || (s.affiliation !== undefined && typeof s.affiliation !== 'string')) return false;
	}
	return isStrings(value.topics) && isStrings(value.images) && isStrings(value.links) && isStrings(value.headingPath) && Array.isArray(value.quotes) && isKeywordCounts(value.keywords);
}

/** Words and counts, as many of each. */
function isKeywordCounts(value: unknown): boolean {
	if (!isObject(value) || !isStrings(value.words) || !Array.isArray(value.counts)) return false;
	const { counts } = value;
	if (counts.length !== (value.words as unknown[]).length) return false;
	for (let k = 0; k < counts.length; k++) if (typeof counts[k] !== 'number') return false;
	return true;
}

function isDiagnostic(value: unknown): boolean {
	return isObject(value) && typeof value.file === 'string' && typeof value.line === 'number' && typeof value.message === 'string';
}

function isStrings(value: unknown): boolean {
	if (!Array.isArray(value)) return false;
	for (let k = 0; k < value.length; k++) if (typeof value[k] !== 'string') return false;
	return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
