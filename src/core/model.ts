/**
 * The plain records the whole plugin speaks. Everything here is readonly,
 * JSON-serialisable and free of host types, so the core can run in Obsidian,
 * in Node (the CLI) or in a worker. Relations are ids, never object pointers.
 */

/** What kind of session a talk is; `talk` unless the line says otherwise. */
export type TalkKind =
	| 'talk'
	| 'keynote'
	| 'panel'
	| 'workshop'
	| 'tutorial'
	| 'lightning'
	| 'fireside'
	| 'ama'
	| 'bof';

/** A speaker as written on one talk. Identity across notes is the index's job. */
export interface SpeakerMention {
	/** Display name as written (wikilink target or link text for linked names). */
	readonly name: string;
	/** `Glauber Costa (Turso)` gives `Turso`. */
	readonly affiliation?: string;
	/** `moderator` for `Moderator:` / `moderated by`; absent for ordinary speakers. */
	readonly role?: 'moderator';
	/** Wikilink target when the name was written as `[[...]]`. */
	readonly link?: string;
}

/** A child bullet of a panel attributed to one speaker (`carl ...`, `J: ...`). */
export interface Quote {
	/** Name of the speaker, as in `Talk.speakers`. */
	readonly speaker: string;
	/** 1-based line of the bullet. */
	readonly line: number;
	/** The bullet's text without the marker and the attribution prefix. */
	readonly text: string;
}

/** One talk, exactly as one note describes it. */
export interface Talk {
	/** Stable id: the block id when the line has one, else `<date>-<slug of title>` (see ids.ts). */
	readonly id: string;
	/** The `^block-id` on the talk line, without the caret. */
	readonly blockId?: string;
	/** Title for display (mojibake repaired); the note keeps its bytes. */
	readonly title: string;
	readonly speakers: readonly SpeakerMention[];
	readonly kind: TalkKind;
	/** The segment before `|` on the talk line (`Threads`). */
	readonly track?: string;
	/** Conference name: the context link's target, or the `#conference` line's text. */
	readonly conference: string;
	/** `YYYY-MM-DD`, or '' when the note has no date at all. */
	readonly date: string;
	/** Vault-relative path of the note. */
	readonly file: string;
	/** 1-based line of the talk's own bullet or heading. */
	readonly line: number;
	/** 1-based last line of the talk's subtree (inclusive). */
	readonly endLine: number;
	/** Headings above the talk, outermost first, without `#` markers. */
	readonly headingPath: readonly string[];
	/** The subtree as markdown, nesting kept, dedented to its first level. */
	readonly notes: string;
	/** Embed targets in the talk line and subtree, in order (`Pasted image 20231018211825.png`, `slides.png`). */
	readonly images: readonly string[];
	/** URLs and wikilink targets (not embeds) in the line and subtree, in order, deduplicated. */
	readonly links: readonly string[];
	/** Explicit topics: `#tags` (without `#`, not `conference`), topic wikilinks, settings terms. */
	readonly topics: readonly string[];
	/**
	 * Candidate automatic keywords with their counts in this talk (title counts double).
	 * The index turns these into topics by weighing them against the whole vault.
	 */
	readonly keywords: KeywordCounts;
	/** Panel bullets attributed to a speaker. */
	readonly quotes: readonly Quote[];
}

/**
 * A talk's keyword candidates: each written form once, in the order the talk first names
 * it, and its count at the same position. Two lists rather than an object keyed by word:
 * every talk has its own set of words, and an object per set costs the engine a hidden
 * class of its own (the stress vault's 30,000 talks held 22 MB of keyword objects read
 * from the cache, against 8 MB as lists, and reading them took 150-200 ms longer).
 */
export interface KeywordCounts {
	readonly words: readonly string[];
	readonly counts: readonly number[];
}

/** The keywords of a talk without any (automatic keywords off, or nothing found): one shared frozen record. */
export const NO_KEYWORDS: KeywordCounts = Object.freeze({ words: Object.freeze([]), counts: Object.freeze([]) });

/** Where a conference context starts in a note. */
export interface ConferenceMention {
	readonly name: string;
	/** 1-based line of the context line (or 1 for frontmatter). */
	readonly line: number;
	/** Date of the note this mention is in ('' when unknown). */
	readonly date: string;
}

/** A person note (`type: person`, tag `#person`, or in a people folder). */
export interface PersonNote {
	/** The note's base name: the person's canonical name. */
	readonly name: string;
	readonly aliases: readonly string[];
	readonly file: string;
}

/** A problem with one note: reported and skipped, never thrown. */
export interface Diagnostic {
	readonly file: string;
	/** 1-based line, 0 when it concerns the whole file. */
	readonly line: number;
	readonly message: string;
}

/** Everything the index keeps about one note: the unit of update. */
export interface NoteExtract {
	readonly path: string;
	/** The note's date, from its name, frontmatter `date:` or first heading; '' if none. */
	readonly date: string;
	readonly conferences: readonly ConferenceMention[];
	readonly talks: readonly Talk[];
	readonly person?: PersonNote;
	readonly diagnostics: readonly Diagnostic[];
}

/** A speaker across the vault, merged by folded name and person-note aliases. */
export interface Speaker {
	/** Folded canonical name, url-safe (see ids.ts). */
	readonly id: string;
	readonly name: string;
	readonly affiliations: readonly string[];
	readonly aliases: readonly string[];
	readonly talkIds: readonly string[];
	/** Path of the person note, when there is one. */
	readonly personNote?: string;
}

/** A topic across the vault. */
export interface Topic {
	readonly id: string;
	readonly name: string;
	readonly talkIds: readonly string[];
}

/** A conference across the vault: one name, possibly several dates. */
export interface Conference {
	readonly id: string;
	readonly name: string;
	/** Sorted ascending, unique. */
	readonly dates: readonly string[];
	readonly talkIds: readonly string[];
}
