/**
 * Indexes a vault folder from disk: the whole pipeline the plugin runs inside
 * Obsidian, with Node's file system, the `yaml` package and moment in place of
 * Obsidian's services. Used by the `talks` command, its tests and the benchmark.
 */
import { parse as parseYamlText } from 'yaml';
import type { Diagnostic, NoteExtract } from '../core/model';
import { noteScope, type ScopeConfig } from '../core/daily-notes';
import { parseNote } from '../core/parse/parse-note';
import { NO_PEOPLE, type NoteInput, type ParseContext } from '../core/parse/parse-context';
import type { TalkIndexApi } from '../core/index/index-api';
import { TalkIndex } from '../core/index/talk-index';
import { parseTopicList, type TalksSettings } from '../core/settings';
import { parseDateStrict } from './moment-date';
import { readVaultConfig } from './vault-config';
import { fileProblem, listNotes, readNote, vaultRealRoot } from './vault-reader';

/** How many notes are read from disk at once: enough to hide latency, few enough to spare file handles. */
const READ_BATCH = 16;

/** A vault, indexed. */
export interface VaultIndex {
	readonly index: TalkIndexApi;
	/** Problems reading and parsing notes, sorted by file and line. */
	readonly diagnostics: readonly Diagnostic[];
	readonly settings: TalksSettings;
	/** Number of markdown notes found (read or not). */
	readonly noteCount: number;
}

/**
 * Reads and indexes every note of the vault at `root`. Talk notes are parsed
 * again once all person notes are known, so `[[Carl Lerche]]` and aliases
 * resolve the same as they do in Obsidian after its first full scan.
 * Rejects only when `root` itself cannot be resolved.
 */
export async function indexVault(root: string): Promise<VaultIndex> {
	const realRoot = await vaultRealRoot(root);
	const diagnostics: Diagnostic[] = [];
	const { daily, settings } = await readVaultConfig(realRoot, diagnostics);
	const scope: ScopeConfig = { daily, extraFolders: settings.extraFolders, peopleFolder: settings.peopleFolder };
	const index = new TalkIndex({ keywordsPerTalk: settings.autoKeywords ? settings.keywordsPerTalk : 0 });
	const context: ParseContext = {
		parseYaml: (source) => parseYamlText(source) as unknown,
		people: NO_PEOPLE,
		topics: parseTopicList(settings.topicList),
		autoKeywords: settings.autoKeywords,
	};

	const paths = await listNotes(realRoot, diagnostics);
	const withConferences: NoteInput[] = [];
	let sawPerson = false;
	// Read a batch at a time in parallel, then parse and upsert in path order, so the
	// result never depends on which read finished first.
	for (let start = 0; start < paths.length; start += READ_BATCH) {
		const batch = paths.slice(start, start + READ_BATCH);
		const texts = await Promise.all(batch.map((notePath) => readNote(realRoot, notePath, diagnostics)));
		batch.forEach((notePath, i) => {
			const text = texts[i];
			if (text === undefined) return;
			const { scope: noteKind, fileDate, inPeopleFolder } = noteScope(notePath, scope, parseDateStrict);
			const input: NoteInput = { path: notePath, text, scope: noteKind, fileDate, inPeopleFolder };
			const extract = safeParse(input, context, diagnostics);
			if (!extract) return;
			index.upsert(extract);
			if (extract.person) sawPerson = true;
			// Only notes with a conference context can hold talks, so only they need the second pass.
			if (extract.conferences.length > 0) withConferences.push(input);
		});
	}

	if (sawPerson) {
		const withPeople: ParseContext = { ...context, people: index.people() };
		for (const input of withConferences) {
			const extract = safeParse(input, withPeople, diagnostics);
			if (extract) index.upsert(extract);
		}
	}

	const all = [...diagnostics, ...index.diagnostics()].sort(
		(a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
	);
	return { index, diagnostics: all, settings, noteCount: paths.length };
}

/** The parser promises never to throw; if it does anyway, one note is lost, not the run. */
function safeParse(input: NoteInput, context: ParseContext, diagnostics: Diagnostic[]): NoteExtract | undefined {
	try {
		return parseNote(input, context);
	} catch (error) {
		diagnostics.push(fileProblem(input.path, `could not be parsed: ${error instanceof Error ? error.message : String(error)}`));
		return undefined;
	}
}
