/** What a note's parse needs from outside the note; all of it injected so the core stays host-free. */

/** A settings topic: `k8s => Kubernetes` is `{ name: 'Kubernetes', terms: ['k8s', 'Kubernetes'] }`. */
export interface TopicRule {
	readonly name: string;
	/** Terms matched case-insensitively as whole words (the name is always one of them). */
	readonly terms: readonly string[];
}

/** Known people: person notes and their aliases, looked up by folded name. */
export interface PeopleDirectory {
	/** Canonical name for a name or alias (case, accent and whitespace folded), if known. */
	canonical(name: string): string | undefined;
	/** Changes whenever an answer may have changed; without it, parses never reuse earlier talks. */
	readonly version?: number;
}

/** Where the note sits, as decided by the adapter from the daily-notes settings. */
export type NoteScope =
	/** A daily note: always scanned. */
	| 'daily'
	/** In an extra talk folder from the settings: always scanned. */
	| 'folder'
	/** Any other note: scanned only when its frontmatter opts in (`conference:`, `event:`, `talks: true`). */
	| 'other';

/** One note to parse. */
export interface NoteInput {
	/** Vault-relative path, `/`-separated. */
	readonly path: string;
	readonly text: string;
	readonly scope: NoteScope;
	/** Date read from the file name by the daily-notes format, when it parsed. */
	readonly fileDate?: string;
	/** True when the note is in a people folder from the settings. */
	readonly inPeopleFolder?: boolean;
}

/** Parse-wide dependencies and settings. */
export interface ParseContext {
	/** YAML parser (Obsidian's `parseYaml`, or the `yaml` package in Node). May throw. */
	readonly parseYaml: (source: string) => unknown;
	readonly people: PeopleDirectory;
	readonly topics: readonly TopicRule[];
	/** Automatic keyword candidates on/off. */
	readonly autoKeywords: boolean;
	/**
	 * Talks of earlier parses to reuse when a note is parsed again and a talk's lines did not
	 * change (talk-reuse.ts). One per parse setup; leave it out for one-off parses.
	 */
	readonly reuse?: TalkReuseMemo;
}

/**
 * A memo of earlier parses' talks: `TalkReuse` in talk-reuse.ts. Declared here by what the
 * context needs of it, so this module (which everything imports) imports nothing back.
 */
export interface TalkReuseMemo {
	/** Starts a note's parse; false when nothing can be reused under this context. */
	begin(ctx: ParseContext): boolean;
}

/** An empty directory, for notes parsed before any person note is known. */
export const NO_PEOPLE: PeopleDirectory = { canonical: () => undefined, version: 0 };
