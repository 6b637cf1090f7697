import type { SpeakerMention } from '../model';
import { ownString } from '../text/own-string';
import { keptSpeakerLine, keptTalkLine } from './kept-reads';
import type { TalkLineParts } from './talk-line';

/**
 * What a parse setup remembers between parses besides whole talks (talk-reuse.ts): the
 * reads of talk lines, speaker lines, frontmatter sources and talk titles. A note is parsed
 * again on every edit, and all its lines but the one being typed are as they were, so
 * those lines are read once, not on every keystroke.
 *
 * Owned by `TalkReuse`, which clears it whenever the people directory or the settings
 * change; one-off parses (no reuse in the context) remember nothing. Results are shared by
 * every parse that reads the same text: callers must not change them.
 */

/** A bounded map from a text to what a pure reader made of it; it starts over when full. */
export class TextMemo<T> {
	private values = new Map<string, T>();

	/** `keep` makes the copy of a read that is kept (kept-reads.ts); reads are kept as they are without it. */
	constructor(
		private readonly limit: number,
		private readonly keep?: (value: T) => T,
	) {}

	/** What was remembered for `text`, if anything. */
	known(text: string): T | undefined {
		return this.values.get(text);
	}

	/** Remembers `value` (or the memo's copy of it) for `text` (a string of its own: see {@link readOnce}). */
	remember(text: string, value: T): void {
		if (this.values.size >= this.limit) this.values = new Map();
		this.values.set(text, this.keep ? this.keep(value) : value);
	}

	/** How many texts are remembered. */
	get size(): number {
		return this.values.size;
	}
}

/** A parse setup's memos (see the file comment). */
export class ReparseMemos {
	readonly talkLines = new TextMemo<TalkLineParts>(4096, keptTalkLine);
	readonly speakerLines = new TextMemo<SpeakerMention[] | null>(4096, keptSpeakerLine);
	readonly titleSlugs = new TextMemo<string>(4096);
	private frontmatterReads = new TextMemo<FrontmatterRead>(256);
	private frontmatterParser: ((source: string) => unknown) | undefined;

	/** Frontmatter sources as `parseYaml` read them: another parser starts the memo over. */
	frontmatter(parseYaml: (source: string) => unknown): TextMemo<FrontmatterRead> {
		if (parseYaml !== this.frontmatterParser) {
			this.frontmatterParser = parseYaml;
			this.frontmatterReads = new TextMemo<FrontmatterRead>(256);
		}
		return this.frontmatterReads;
	}
}

/** A frontmatter source as read: its keys, or why it could not be read. */
export interface FrontmatterRead {
	readonly data: Readonly<Record<string, unknown>>;
	readonly error?: string;
}

/**
 * `read(text, with)`, remembered in `memo` when there is one. The text is copied before it is
 * read and kept: V8 keeps a substring of 13 or more characters as a view into the whole
 * note, and neither the key nor the substrings of the result may hold a note's text alive.
 */
export function readOnce<T, A>(memo: TextMemo<T> | undefined, text: string, using: A, read: (text: string, using: A) => T): T {
	if (!memo) return read(text, using);
	let value = memo.known(text);
	if (value === undefined) {
		const own = ownString(text);
		value = read(own, using);
		memo.remember(own, value);
	}
	return value;
}
