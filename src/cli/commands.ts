/**
 * The `talks` command as a testable function: arguments in, text out through
 * `io`, exit status returned. `main.ts` only wires it to the process.
 */
import { promises as fs } from 'node:fs';
import type { Diagnostic } from '../core/model';
import { parseArgs, USAGE, type CliCommand } from './args';
import { indexVault, type VaultIndex } from './build-index';
import { conferenceJson, exportJson, speakerJson, talkJson, topicJson } from './records';
import { conferencesTable, count, searchTable, speakersTable, talksTable, topicsTable, type ScoredTalk } from './render-text';
import { selectTalks } from './select-talks';
import { wrap } from './text-width';

/** Where the command writes, and how wide the terminal is (undefined when not a terminal). */
export interface CliIo {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
	readonly columns?: number;
}

/** Exit statuses. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Runs `talks` with `argv` (without `node` and the script name); resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
	const parsed = parseArgs(argv);
	if (parsed.kind === 'help') {
		io.stdout(USAGE);
		return EXIT_OK;
	}
	if (parsed.kind === 'usage-error') return usageError(io, parsed.message);
	const { command } = parsed;

	const folderProblem = await checkFolder(command.vault);
	if (folderProblem) return usageError(io, folderProblem);

	let vault: VaultIndex;
	try {
		vault = await indexVault(command.vault);
	} catch (error) {
		io.stderr(`talks: cannot read the vault "${command.vault}": ${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT_FAILURE;
	}
	for (const d of vault.diagnostics) io.stderr(diagnosticLine(d));

	const problems = runCommand(command, vault, io);
	for (const message of problems) io.stderr(`talks: ${message}\n`);
	return EXIT_OK;
}

/** `file:line: message`, the format editors and terminals turn into links (no line for whole-file problems). */
export function diagnosticLine(d: Diagnostic): string {
	return d.line > 0 ? `${d.file}:${d.line}: ${d.message}\n` : `${d.file}: ${d.message}\n`;
}

/** Prints the command's output; returns notes for stderr (filters that matched nothing). */
function runCommand(command: CliCommand, vault: VaultIndex, io: CliIo): string[] {
	const { index } = vault;
	const json = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);
	switch (command.name) {
		case 'export':
			if (command.json) json(exportJson(index, vault.diagnostics));
			else io.stdout(exportText(vault, command.vault, io.columns));
			return [];
		case 'talks': {
			const { talks, unknown } = selectTalks(index, command);
			if (command.json) json(talks.map((talk) => talkJson(index, talk)));
			else io.stdout(talksTable(talks, io.columns));
			return unknown.map((name) => `nothing in the vault is named "${name}"`);
		}
		case 'speakers':
			if (command.json) json(index.speakers().map(speakerJson));
			else io.stdout(speakersTable(index.speakers(), io.columns));
			return [];
		case 'topics':
			if (command.json) json(index.topics().map(topicJson));
			else io.stdout(topicsTable(index.topics(), io.columns));
			return [];
		case 'conferences':
			if (command.json) json(index.conferences().map(conferenceJson));
			else io.stdout(conferencesTable(index.conferences(), io.columns));
			return [];
		case 'search': {
			const hits = search(vault, command.query, command.limit);
			if (command.json) json(hits.map(({ talk, score }) => ({ ...talkJson(index, talk), score })));
			else io.stdout(searchTable(hits, io.columns));
			return [];
		}
	}
}

/** Search hits resolved to talks, best first. */
function search(vault: VaultIndex, query: string, limit: number): ScoredTalk[] {
	const hits: ScoredTalk[] = [];
	for (const hit of vault.index.search(query, limit)) {
		const talk = vault.index.talk(hit.id);
		if (talk) hits.push({ talk, score: hit.score });
	}
	return hits;
}

/** `export` without `--json`: a one-line summary, then conferences, talks and speakers. */
function exportText(vault: VaultIndex, folder: string, width?: number): string {
	const { index } = vault;
	const summary =
		`${count(index.talks().length, 'talk')}, ${count(index.speakers().length, 'speaker')}, ` +
		`${count(index.conferences().length, 'conference')} and ${count(index.topics().length, 'topic')} ` +
		`in ${count(vault.noteCount, 'note')} of ${folder}` +
		(vault.diagnostics.length > 0 ? ` (${count(vault.diagnostics.length, 'problem')}, listed on stderr)` : '');
	const summaryLines = width === undefined ? [`${summary}.`] : wrap(`${summary}.`, width);
	return [
		`${summaryLines.join('\n')}\n`,
		`Conferences\n\n${conferencesTable(index.conferences(), width)}`,
		`Talks\n\n${talksTable(index.talks(), width)}`,
		`Speakers\n\n${speakersTable(index.speakers(), width)}`,
	].join('\n');
}

/** Why `folder` cannot be a vault, or undefined when it is a readable directory. */
async function checkFolder(folder: string): Promise<string | undefined> {
	try {
		const stat = await fs.stat(folder);
		return stat.isDirectory() ? undefined : `"${folder}" is not a folder`;
	} catch {
		return `no folder "${folder}"`;
	}
}

function usageError(io: CliIo, message: string): number {
	io.stderr(`talks: ${message}\nRun "talks --help" for usage.\n`);
	return EXIT_USAGE;
}
