/** Runs the `talks` command in-process and captures what it prints. */
import * as path from 'node:path';
import { runCli } from '../../src/cli/commands';

/** The shared seed vault (CI places `shared/` beside the repository). */
export const SEED_VAULT = path.resolve(__dirname, '../../../shared/fixtures/vaults/seed');
/** What the index must make of the seed vault. */
export const SEED_EXPECTED = path.resolve(__dirname, '../../../shared/fixtures/expected/seed.json');
/** The repository's example vault. */
export const EXAMPLE_VAULT = path.resolve(__dirname, '../../examples/vault');

/** Exit status and output of one run. */
export interface CliRun {
	readonly status: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs `talks <argv>` with an optional terminal width. */
export async function talks(argv: readonly string[], columns?: number): Promise<CliRun> {
	let stdout = '';
	let stderr = '';
	const status = await runCli(argv, {
		stdout: (text) => {
			stdout += text;
		},
		stderr: (text) => {
			stderr += text;
		},
		columns,
	});
	return { status, stdout, stderr };
}

/** Runs `talks <argv> --json` and parses its output. */
export async function talksJson<T>(argv: readonly string[]): Promise<T> {
	const run = await talks([...argv, '--json']);
	if (run.status !== 0) throw new Error(`talks ${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
	return JSON.parse(run.stdout) as T;
}
