/**
 * The benchmark's parse setup and index build over a vault's notes, without Node: the
 * benchmark (vault-notes.ts reads the notes) and the browser check (browser-page.ts) share it.
 */
import { parse as parseYamlText } from 'yaml';
import { TalkIndex } from '../core/index/talk-index';
import type { NoteExtract } from '../core/model';
import { NO_PEOPLE, type NoteInput, type ParseContext } from '../core/parse/parse-context';
import { parseNote } from '../core/parse/parse-note';
import { TalkReuse } from '../core/parse/talk-reuse';
import { parseTopicList, type TalksSettings } from '../core/settings';

/** The notes to index, person notes first, and how to parse them. */
export interface VaultNotes {
	/** Markdown notes; person-folder notes first, so speakers resolve in a single pass. */
	readonly inputs: readonly NoteInput[];
	/** Parse context without people: use {@link contextFor} to attach an index's directory. */
	readonly context: ParseContext;
	readonly settings: TalksSettings;
}

/**
 * Module-level on purpose: a closure made where the notes are read would share that scope and
 * keep the whole generated vault alive for as long as the parse context lives.
 */
function parseYaml(source: string): unknown {
	return parseYamlText(source) as unknown;
}

/** The parse context the plugin's settings give, without people (see {@link contextFor}). */
export function parseContextFor(settings: TalksSettings): ParseContext {
	return { parseYaml, people: NO_PEOPLE, topics: parseTopicList(settings.topicList), autoKeywords: settings.autoKeywords };
}

/** A fresh index with the vault's keyword setting. */
export function newIndex(settings: TalksSettings): TalkIndex {
	return new TalkIndex({ keywordsPerTalk: settings.autoKeywords ? settings.keywordsPerTalk : 0 });
}

const contexts = new WeakMap<TalkIndex, ParseContext>();

/**
 * The parse context bound to an index's live person directory, one per index as the
 * plugin keeps one per setup: its talk-reuse memo, filled while the index was built,
 * serves the edits that follow.
 */
export function contextFor(notes: VaultNotes, index: TalkIndex): ParseContext {
	let context = contexts.get(index);
	if (!context) {
		context = { ...notes.context, people: index.people(), reuse: new TalkReuse() };
		contexts.set(index, context);
	}
	return context;
}

/** Parses and upserts every note in order (the cold path); returns the index and the extracts. */
export function indexNotes(notes: VaultNotes, index: TalkIndex = newIndex(notes.settings)): { index: TalkIndex; extracts: NoteExtract[] } {
	const context = contextFor(notes, index);
	const extracts: NoteExtract[] = [];
	for (const input of notes.inputs) {
		const extract = parseNote(input, context);
		index.upsert(extract);
		extracts.push(extract);
	}
	return { index, extracts };
}
