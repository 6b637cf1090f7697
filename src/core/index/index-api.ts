import type { Conference, Diagnostic, NoteExtract, Speaker, Talk, TalkKind, Topic } from '../model';
import type { PeopleDirectory } from '../parse/parse-context';
import type { SearchMatches } from './search-matches';

/** Where an extract comes from: the parser (strings may be views into the note text) or a cache. */
export type ExtractOrigin = 'parsed' | 'stored';

/** How the explorer groups talks. */
export type Grouping = 'conference' | 'speaker' | 'topic' | 'date';

/** Filters combine with AND; each list combines with OR inside itself. */
export interface TalkFilters {
	readonly speakers?: readonly string[];
	readonly topics?: readonly string[];
	readonly conferences?: readonly string[];
	readonly kinds?: readonly TalkKind[];
}

/** One search result. */
export interface SearchHit {
	readonly id: string;
	readonly score: number;
	/** Query terms as they matched in the index (for highlighting). */
	readonly terms: readonly string[];
}

/** What the explorer asks for. */
export interface ExplorerQuery {
	readonly query: string;
	readonly group: Grouping;
	readonly filters: TalkFilters;
}

/** A talk row, ready to render. */
export interface TalkRow {
	readonly talk: Talk;
	/** Terms to highlight in the title. */
	readonly highlight: readonly string[];
}

/**
 * One group of rows (a conference, a speaker, a topic or a date). Rows are made when
 * read: `take` makes only the first few (a screenful), `rows` all of them.
 */
export interface TalkGroup {
	/** Stable key (entity id or date). */
	readonly key: string;
	readonly label: string;
	/** Number of rows in the group. */
	readonly count: number;
	/** Secondary line: conference dates, speaker affiliations, talk count. */
	readonly detail: string;
	/** Every row, in result order. */
	readonly rows: readonly TalkRow[];
	/** The first `limit` rows, in result order, making only those. */
	take(limit: number): readonly TalkRow[];
}

/** A day with talks: its talks sit at `start` .. `start + count` in `talks()` order. */
export interface TalkDay {
	readonly date: string;
	readonly start: number;
	readonly count: number;
}

/**
 * What the index keeps up to date per note so that a view can show the vault
 * without walking it after every change: counts in O(1), the talk order by range.
 */
export interface TalkOverview {
	/** Notes indexed (any note the index holds a record of, with talks or not). */
	readonly notes: number;
	readonly talks: number;
	readonly speakers: number;
	readonly conferences: number;
	/** Talks with no conference (an empty name). */
	readonly withoutConference: number;
	/** Talks with no speaker (no mention with a name). */
	readonly withoutSpeaker: number;
	/** Talks with no topic, explicit or automatic (reads the topic table). */
	withoutTopic(): number;
	/** Talks in `talks()` order from position `start` to `end` (exclusive, default: the end). */
	slice(start: number, end?: number): Talk[];
	/** The first `limit` talks in `talks()` order that `keep` accepts (walks only until it has them). */
	find(keep: (talk: Talk) => boolean, limit: number): Talk[];
	/** Days with talks, newest first, undated last. Costs the days. */
	days(): TalkDay[];
}

/** The explorer's whole view-model. */
export interface ExplorerModel {
	readonly revision: number;
	readonly totals: { readonly talks: number; readonly speakers: number; readonly conferences: number; readonly topics: number };
	/** Number of talks after query and filters. */
	readonly matched: number;
	/**
	 * Every matched talk once, in no particular order: what a summary of the matches needs
	 * (speakers, conferences), without making and ranking the rows of every group.
	 */
	matchedTalks(): readonly Talk[];
	readonly groups: readonly TalkGroup[];
}

/** The public face of the talk index: the single source of truth the adapters and views use. */
export interface TalkIndexApi {
	/** Bumped on every change. */
	readonly revision: number;
	/** One change signal; returns an unsubscribe function. */
	onChange(listener: (revision: number) => void): () => void;
	/**
	 * Adds or replaces one note's records, in time proportional to that note. `stored`:
	 * the extract was read back from a cache, so its strings are its own already.
	 */
	upsert(extract: NoteExtract, origin?: ExtractOrigin): void;
	/** Forgets one note. */
	remove(path: string): void;
	/** Forgets everything. */
	clear(): void;
	/** The extract stored for a path. */
	note(path: string): NoteExtract | undefined;
	/** Every indexed path. */
	paths(): string[];
	talk(id: string): Talk | undefined;
	/** Talks of one note in note order, with their index-wide (collision-free) ids. */
	talksIn(path: string): Talk[];
	/** Talks sorted by date (newest first), then file, then line. */
	talks(): Talk[];
	/** Counts and the talk order, kept up to date per note (cheap to call after every change). */
	overview(): TalkOverview;
	/** Most talks first, then by name. */
	speakers(): Speaker[];
	speaker(id: string): Speaker | undefined;
	/** The speaker a written name belongs to (case, accents and person-note aliases resolved). */
	speakerByName(name: string): Speaker | undefined;
	/** Most talks first, then by name; includes automatic keywords. */
	topics(): Topic[];
	topic(id: string): Topic | undefined;
	/** The topic a written name belongs to (case and accents folded). */
	topicByName(name: string): Topic | undefined;
	/** Newest first. */
	conferences(): Conference[];
	conference(id: string): Conference | undefined;
	/** The conference a written name belongs to (case and accents folded). */
	conferenceByName(name: string): Conference | undefined;
	/** Topics of one talk: explicit ones and automatic keywords, merged. */
	topicsOf(talkId: string): string[];
	/** Full-text search, best first (prefix and typo tolerant, diacritics folded). */
	search(query: string, limit?: number): SearchHit[];
	/** Every talk the query matches, unranked, with what ranks them (`rankPositions` orders them as `search` does). */
	searchMatches(query: string): SearchMatches<Talk>;
	/** Speaker type-ahead: prefix of any word of the name or an alias, most talks first. */
	suggestSpeakers(prefix: string, limit?: number): Speaker[];
	/**
	 * Builds the vault-wide views ahead of the first reads (topics, sorted lists, type-ahead)
	 * in bounded steps: each `next()` does about `units` of work, so a host can spread it
	 * over time slices. Reads give the same answers with or without it, at any point of it.
	 */
	warmUp(units?: number): Iterator<void>;
	/** The person directory built from person notes (for parsing). */
	people(): PeopleDirectory;
	diagnostics(): Diagnostic[];
}
