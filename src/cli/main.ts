/** Entry point of the `talks` command (bundled to dist/talks.cjs): wires `runCli` to the process, nothing else. */
import { runCli } from './commands';

runCli(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	columns: process.stdout.isTTY ? process.stdout.columns : undefined,
}).then(
	(status) => {
		process.exitCode = status;
	},
	(error: unknown) => {
		process.stderr.write(`talks: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
