/**
 * Everything a note's parse depends on besides its text, and fingerprints of it, so the
 * indexer can tell which notes a settings change, a moved note or a new person note affects,
 * and whether a cached record still holds.
 */
import { parseYaml } from 'obsidian';
import { noteScope, type DailyNoteFormat, type DateParser, type NoteScopeInfo, type ScopeConfig } from '../core/daily-notes';
import type { NoteExtract } from '../core/model';
import type { NoteInput, ParseContext, PeopleDirectory } from '../core/parse/parse-context';
import { PARSER_SCHEMA_VERSION } from '../core/parse/schema-version';
import { TalkReuse } from '../core/parse/talk-reuse';
import { parseTopicList, type TalksSettings } from '../core/settings';

/** The parse-wide inputs in force. */
export interface ParseSetup {
	readonly daily: DailyNoteFormat;
	readonly scope: ScopeConfig;
	readonly context: Omit<ParseContext, 'people'>;
	/** Fingerprint of the parse-wide part (schema, topics, keywords switch). */
	readonly baseKey: string;
	readonly parseDate: DateParser;
}

/** Builds the setup from the settings and the daily-note format in force. */
export function buildParseSetup(settings: TalksSettings, daily: DailyNoteFormat, parseDate: DateParser): ParseSetup {
	const topics = parseTopicList(settings.topicList);
	return {
		daily,
		scope: { daily, extraFolders: settings.extraFolders, peopleFolder: settings.peopleFolder },
		// One talk-reuse memo per setup: an edit re-parses its note, but rebuilds only the talks it touched.
		context: { parseYaml: (source: string) => parseYaml(source) as unknown, topics, autoKeywords: settings.autoKeywords, reuse: new TalkReuse() },
		baseKey: JSON.stringify([PARSER_SCHEMA_VERSION, topics, settings.autoKeywords]),
		parseDate,
	};
}

/** Where one note sits under a setup, and the fingerprint of everything but its text and the people. */
export interface FilePlan {
	readonly info: NoteScopeInfo;
	readonly key: string;
}

/** Plans one path. */
export function planFile(setup: ParseSetup, path: string): FilePlan {
	const info = noteScope(path, setup.scope, setup.parseDate);
	return { info, key: hash(`${setup.baseKey}|${info.scope}|${info.fileDate ?? ''}|${info.inPeopleFolder ? 1 : 0}`) };
}

/** The parser's input for a planned note. */
export function noteInput(path: string, text: string, plan: FilePlan): NoteInput {
	return { path, text, scope: plan.info.scope, fileDate: plan.info.fileDate, inPeopleFolder: plan.info.inPeopleFolder };
}

/** The full parse context for the people known now. */
export function parseContext(setup: ParseSetup, people: PeopleDirectory): ParseContext {
	return { ...setup.context, people };
}

/** What a note contributes to the people directory ('' when it is not a person note). */
export function personKey(extract: NoteExtract | undefined): string {
	const person = extract?.person;
	return person ? JSON.stringify([person.name, person.aliases]) : '';
}

/** FNV-1a, 32 bit, as hex: short fingerprints for cache records (not security). */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
