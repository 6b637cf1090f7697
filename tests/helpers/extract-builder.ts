/**
 * Hand-made NoteExtracts for index tests, so they do not depend on the parser.
 * Only what a test cares about needs saying; the rest gets plain defaults.
 */
import { NO_KEYWORDS, type ConferenceMention, type Diagnostic, type KeywordCounts, type NoteExtract, type SpeakerMention, type Talk } from '../../src/core/model';
import { derivedTalkId } from '../../src/core/text/ids';

/** A talk as a test describes it: speakers may be written `Name (Affiliation)`, keywords as `{ Rust: 2 }`. */
export type TalkSpec = Partial<Omit<Talk, 'speakers' | 'title' | 'keywords'>> & {
	readonly title: string;
	readonly speakers?: ReadonlyArray<string | SpeakerMention>;
	readonly keywords?: Readonly<Record<string, number>> | KeywordCounts;
};

/** `{ Rust: 2, SQL: 1 }` as a talk record holds it: words and counts in the same order. */
export function keywordCounts(record: Readonly<Record<string, number>> | KeywordCounts): KeywordCounts {
	if (isKeywordCounts(record)) return record;
	const words = Object.keys(record);
	return words.length === 0 ? NO_KEYWORDS : { words, counts: words.map((word) => record[word]) };
}

function isKeywordCounts(value: Readonly<Record<string, number>> | KeywordCounts): value is KeywordCounts {
	return Array.isArray((value as KeywordCounts).words);
}

/** A talk record's keywords as `{ Rust: 2, SQL: 1 }`, to compare with. */
export function keywordRecord(keywords: KeywordCounts): Record<string, number> {
	const record: Record<string, number> = {};
	keywords.words.forEach((word, k) => (record[word] = keywords.counts[k]));
	return record;
}

/** What a test says about a note. */
export interface NoteSpec {
	/** Defaults to the `YYYY-MM-DD` in the path, else ''. */
	readonly date?: string;
	/** Conference of every talk without its own; also gives the note's context line. */
	readonly conference?: string;
	/** Context lines; by default one for `conference` when there are talks. */
	readonly conferences?: readonly ConferenceMention[];
	readonly talks?: readonly TalkSpec[];
	readonly person?: { readonly name: string; readonly aliases?: readonly string[] };
	readonly diagnostics?: readonly Diagnostic[];
}

/** `Glauber Costa (Turso)` to a mention with an affiliation. */
export function mention(text: string | SpeakerMention): SpeakerMention {
	if (typeof text !== 'string') return text;
	const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
	return match ? { name: match[1], affiliation: match[2] } : { name: text };
}

/** A whole talk record with defaults: lines spaced 10 apart by position, id from date and title. */
export function talk(spec: TalkSpec, defaults: { file?: string; date?: string; conference?: string; position?: number } = {}): Talk {
	const date = spec.date ?? defaults.date ?? '';
	const line = spec.line ?? 2 + 10 * (defaults.position ?? 0);
	const result: Talk = {
		id: spec.id ?? spec.blockId ?? derivedTalkId(date, spec.title),
		title: spec.title,
		speakers: (spec.speakers ?? []).map(mention),
		kind: spec.kind ?? 'talk',
		conference: spec.conference ?? defaults.conference ?? 'Test Conf',
		date,
		file: spec.file ?? defaults.file ?? 'note.md',
		line,
		endLine: spec.endLine ?? line + 5,
		headingPath: spec.headingPath ?? [],
		notes: spec.notes ?? '',
		images: spec.images ?? [],
		links: spec.links ?? [],
		topics: spec.topics ?? [],
		keywords: keywordCounts(spec.keywords ?? {}),
		quotes: spec.quotes ?? [],
	};
	const withBlock = spec.blockId ? { ...result, blockId: spec.blockId } : result;
	return spec.track ? { ...withBlock, track: spec.track } : withBlock;
}

/** A note's extract: its talks get the note's path, date and conference unless they say otherwise. */
export function note(path: string, spec: NoteSpec = {}): NoteExtract {
	const date = spec.date ?? /\d{4}-\d{2}-\d{2}/.exec(path)?.[0] ?? '';
	const conference = spec.conference ?? 'Test Conf';
	const talks = (spec.talks ?? []).map((t, position) => talk(t, { file: path, date, conference, position }));
	const conferences = spec.conferences ?? (talks.length > 0 ? [{ name: conference, line: 1, date }] : []);
	const extract: NoteExtract = { path, date, conferences, talks, diagnostics: spec.diagnostics ?? [] };
	return spec.person ? { ...extract, person: { name: spec.person.name, aliases: spec.person.aliases ?? [], file: path } } : extract;
}

/** A person note (`People/Carl Lerche.md` with aliases). */
export function person(path: string, name: string, aliases: readonly string[] = []): NoteExtract {
	return note(path, { person: { name, aliases } });
}
