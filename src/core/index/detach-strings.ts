import { NO_KEYWORDS, type ConferenceMention, type KeywordCounts, type NoteExtract, type Quote } from '../model';
import { keptMention } from '../parse/kept-reads';
import { ownString } from '../text/own-string';
import { SHARDS, ShardedStringMap, ShardedWeakSet } from './sharded-map';

/** Any character outside Latin-1: a string holding one needs two bytes per character. */
// eslint-disable-next-line no-control-regex -- the whole Latin-1 range, control characters included
const WIDE = /[^\u0000-\u00ff]/;

/**
 * A string of its own with the same value, as compact as the engine allows. V8 keeps a
 * substring of 13 or more characters as a view into its parent string, so a talk title
 * sliced out of a note would keep the whole note text alive for as long as the index
 * holds the title; and a substring of a note that has one character beyond Latin-1
 * anywhere (an accented name, an emoji) takes two bytes per character even when it is
 * plain ASCII. A JSON round trip gives a fresh string in one byte per character whenever
 * its characters allow it; concatenating and slicing copies the rest.
 */
export function detach(text: string): string {
	if (!WIDE.test(text)) return JSON.parse(JSON.stringify(text)) as string;
	return ownString(text);
}

/**
 * Most distinct strings a pool remembers before it starts over (edits leave stale ones behind),
 * a shard at a time: each of its maps starts over when it holds its share of the limit.
 */
const POOL_LIMIT = 200_000;
const SHARD_LIMIT = POOL_LIMIT / SHARDS;

/**
 * Equal strings shared: the conference, date and file of every talk of a note, a
 * speaker's name across their talks, the same topic and link across the vault. Each
 * string the index keeps is otherwise a copy of its own (see {@link detach}), and on a
 * large vault those copies add up to tens of megabytes.
 */
export class StringPool {
	/** Sharded: one map of every name, topic and link of a large vault stalls indexing each time it doubles (sharded-map.ts). */
	private readonly strings = new ShardedStringMap<string>();
	/**
	 * Talk records already made compact: a talk an edit reuses comes back as the same object.
	 * Sharded by line, which a record never changes.
	 */
	private readonly done = new ShardedWeakSet<{ readonly line: number }>((talk) => talk.line);

	/** Whether `talk` was compacted already; marks it when not. */
	seen(talk: { readonly line: number }): boolean {
		if (this.done.has(talk)) return true;
		this.done.add(talk);
		return false;
	}

	/** The pool's copy of `text`: detached from any note text, and the same object for equal strings. */
	intern(text: string): string {
		const known = this.strings.get(text);
		if (known !== undefined) return known;
		if (this.strings.shardSize(text) >= SHARD_LIMIT) this.strings.clearShard(text);
		const own = detach(text);
		this.strings.set(own, own);
		return own;
	}

	clear(): void {
		this.strings.clear();
	}
}

/** The one empty list that every record without images, links, quotes, ... shares. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/**
 * The last value of one field across a note's records, interned: every talk of a note
 * nearly always has the note's file, date and conference, so the pool (a map lookup that
 * hashes the string) is asked once per note for them instead of once per talk.
 */
class LastInterned {
	private raw: string | undefined;
	private own = '';

	constructor(private readonly pool: StringPool) {}

	intern(text: string): string {
		if (text !== this.raw) {
			this.raw = text;
			this.own = this.pool.intern(text);
		}
		return this.own;
	}
}

/**
 * Replaces, in place, every string an extract's records keep with a detached copy of
 * the same value (interned in `pool` where values repeat), and every empty list with
 * one shared frozen list, so the index holds no note texts and no duplicates. Values, the
 * note record and its talk records stay the same; lists, speaker and conference mentions and
 * quotes become the index's own copies; frozen records are left as they are. Without `copyTexts`
 * (records read back from a cache: fresh objects whose strings and lists are their own)
 * titles, notes and quotes are kept as they are, lists are not copied, and talks are not
 * remembered as done (the parser never hands a cached talk back).
 */
export function detachExtract(extract: NoteExtract, pool: StringPool = new StringPool(), copyTexts = true): void {
	const own = copyTexts ? detach : (text: string) => text;
	const intern = (text: string) => pool.intern(text);
	const date = new LastInterned(pool);
	const file = new LastInterned(pool);
	const conference = new LastInterned(pool);
	const note = extract as { -readonly [K in keyof NoteExtract]: NoteExtract[K] };
	if (!Object.isFrozen(note)) {
		note.date = date.intern(extract.date);
		// Lists of the index's own, never the parser's: besides dropping the spare room that
		// `push` leaves, this keeps the parser's list literals short-lived. V8 allocates a
		// literal whose lists tend to survive straight into the old generation, and a dead
		// old list keeps its young talks (with their notes and keywords) alive through every
		// minor collection: the parse in a process that had indexed a vault paid for it.
		note.conferences = copyTexts ? ownConferenceMentions(extract.conferences, conference, date) : internMentions(ownList(extract.conferences, false), conference, date);
		note.talks = ownList(extract.talks, copyTexts);
		note.diagnostics = ownList(extract.diagnostics, copyTexts);
	} else internMentions(extract.conferences, conference, date);
	for (const talk of extract.talks) {
		if (Object.isFrozen(talk) || (copyTexts && pool.seen(talk))) continue;
		const writable = talk as { -readonly [K in keyof typeof talk]: (typeof talk)[K] };
		writable.title = own(talk.title);
		writable.conference = conference.intern(talk.conference);
		writable.date = date.intern(talk.date);
		writable.file = file.intern(talk.file);
		writable.notes = own(talk.notes);
		if (talk.track !== undefined) writable.track = pool.intern(talk.track);
		if (copyTexts) {
			// Exact-length lists of records of the index's own, for the reason the lists above are.
			writable.speakers = talk.speakers.map((mention) => keptMention(mention, intern));
			writable.quotes = talk.quotes.length === 0 ? NO_ITEMS : talk.quotes.map((quote) => ownQuote(quote, pool));
		} else {
			for (const mention of talk.speakers) {
				if (Object.isFrozen(mention)) continue;
				const speaker = mention as { -readonly [K in keyof typeof mention]: (typeof mention)[K] };
				speaker.name = pool.intern(mention.name);
				if (mention.affiliation !== undefined) speaker.affiliation = pool.intern(mention.affiliation);
				if (mention.link !== undefined) speaker.link = pool.intern(mention.link);
			}
			for (const quote of talk.quotes) {
				if (Object.isFrozen(quote)) continue;
				(quote as { speaker: string }).speaker = pool.intern(quote.speaker);
			}
			writable.quotes = ownList(talk.quotes, false);
		}
		writable.keywords = ownKeywords(talk.keywords, pool, copyTexts);
		writable.topics = internAll(talk.topics, pool, !copyTexts);
		writable.links = internAll(talk.links, pool, !copyTexts);
		writable.images = internAll(talk.images, pool, !copyTexts);
		writable.headingPath = internAll(talk.headingPath, pool, !copyTexts);
	}
}

/**
 * The list with its strings interned, or the shared empty list: an exact-length copy, or
 * with `inPlace` (a cached record's own list, exact already) the same list.
 */
function internAll(list: readonly string[], pool: StringPool, inPlace: boolean): readonly string[] {
	if (list.length === 0) return NO_ITEMS;
	if (Object.isFrozen(list)) return list;
	if (!inPlace) return list.map((text) => pool.intern(text));
	const own = list as string[];
	for (let i = 0; i < own.length; i++) own[i] = pool.intern(own[i]);
	return own;
}

/**
 * Keyword lists of the index's own, the words interned (the same few thousand words recur over
 * a vault's talks): copies of a parse's, for the reason the lists above are copies; a cached
 * record's as they are (the JSON parser already shares short strings). None: the shared record.
 */
function ownKeywords(keywords: KeywordCounts, pool: StringPool, copy: boolean): KeywordCounts {
	if (keywords.words.length === 0) return NO_KEYWORDS;
	if (!copy || Object.isFrozen(keywords)) return keywords;
	return { words: keywords.words.map((word) => pool.intern(word)), counts: keywords.counts.slice() };
}

/** The shared empty list, the list itself when it is a cached record's own, else an exact-length copy. */
function ownList<T>(list: readonly T[], copy: boolean): readonly T[] {
	if (list.length === 0) return NO_ITEMS;
	return copy && !Object.isFrozen(list) ? list.slice() : list;
}

/** Conference mentions of the index's own, their name and date interned; the shared empty list for none. */
function ownConferenceMentions(mentions: readonly ConferenceMention[], conference: LastInterned, date: LastInterned): readonly ConferenceMention[] {
	if (mentions.length === 0) return NO_ITEMS;
	return mentions.map((mention) => ({ name: conference.intern(mention.name), line: mention.line, date: date.intern(mention.date) }));
}

/** Conference mentions of a cached or frozen note, their name and date interned in place (frozen ones left as they are). */
function internMentions(mentions: readonly ConferenceMention[], conference: LastInterned, date: LastInterned): readonly ConferenceMention[] {
	for (const mention of mentions) {
		if (Object.isFrozen(mention)) continue;
		(mention as { name: string }).name = conference.intern(mention.name);
		(mention as { date: string }).date = date.intern(mention.date);
	}
	return mentions;
}

/** A quote of the index's own, its text detached from the note. */
function ownQuote(quote: Quote, pool: StringPool): Quote {
	return { speaker: pool.intern(quote.speaker), line: quote.line, text: detach(quote.text) };
}
