/**
 * A generated vault as the plugin sees it: each markdown note with the scope and date
 * Obsidian's daily-notes settings give it (through the real `noteScope`), the parse
 * context from the plugin's settings, and the one-note-at-a-time index build.
 */
import { parse as parseYamlText } from 'yaml';
import { noteScope, resolveDailyFormat, type ScopeConfig } from '../core/daily-notes';
import { TalkIndex } from '../core/index/talk-index';
import type { NoteExtract } from '../core/model';
import { NO_PEOPLE, type NoteInput, type ParseContext } from '../core/parse/parse-context';
import { parseNote } from '../core/parse/parse-note';
import { TalkReuse } from '../core/parse/talk-reuse';
import { mergeSettings, parseTopicList, type TalksSettings } from '../core/settings';
import { parseDateStrict } from '../cli/moment-date';
import { CONFIG_DIR } from '../cli/vault-reader';
import type { GeneratedVault } from './generate-vault';

/** The notes to index, person notes first, and how to parse them. */
export interface VaultNotes {
	/** Markdown notes; person-folder notes first, so speakers resolve in a single pass. */
	readonly inputs: readonly NoteInput[];
	/** Parse context without people: use {@link contextFor} to attach an index's directory. */
	readonly context: ParseContext;
	readonly settings: TalksSettings;
}

/**
 * Module-level on purpose: a closure made inside `vaultNotes` would share its scope and
 * keep the whole generated vault alive for as long as the parse context lives.
 */
function parseYaml(source: string): unknown {
	return parseYamlText(source) as unknown;
}

/** Reads the vault's settings files and gives every markdown note its scope and date. */
export function vaultNotes(vault: GeneratedVault): VaultNotes {
	const json = (path: string): unknown => {
		const file = vault.files.find((f) => f.path === path);
		return file ? (JSON.parse(file.text) as unknown) : undefined;
	};
	const settings = mergeSettings(json(`${CONFIG_DIR}/plugins/conference-talks/data.json`));
	const config: ScopeConfig = {
		daily: resolveDailyFormat(json(`${CONFIG_DIR}/daily-notes.json`), undefined, settings),
		extraFolders: settings.extraFolders,
		peopleFolder: settings.peopleFolder,
	};
	const inputs: NoteInput[] = [];
	for (const file of vault.files) {
		if (!file.path.endsWith('.md')) continue;
		const { scope, fileDate, inPeopleFolder } = noteScope(file.path, config, parseDateStrict);
		inputs.push({ path: file.path, text: file.text, scope, fileDate, inPeopleFolder });
	}
	inputs.sort((a, b) => Number(b.inPeopleFolder === true) - Number(a.inPeopleFolder === true));
	const context: ParseContext = {
		parseYaml,
		people: NO_PEOPLE,
		topics: parseTopicList(settings.topicList),
		autoKeywords: settings.autoKeywords,
	};
	return { inputs, context, settings };
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
