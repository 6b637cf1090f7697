// `npm start`: build the plugin and the CLI (the build also installs the plugin into
// examples/vault and enables it there), show what the index makes of the example
// vault through the `talks` command, then say how to see it in Obsidian.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vault = join('examples', 'vault');

function run(command, args) {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.status !== 0) {
		process.stderr.write(`\nnpm start: \`${[command, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal}).\n`);
		process.exit(result.status || 1);
	}
}

function section(title) {
	process.stdout.write(`\n== ${title} ==\n\n`);
}

run('npm', ['run', 'build']);
for (const [title, command] of [
	['Conferences in examples/vault', 'conferences'],
	['Talks', 'talks'],
	['Speakers', 'speakers'],
]) {
	section(title);
	run(process.execPath, [join('bin', 'talks.js'), command, vault]);
}
process.stdout.write(
	'\nOpen examples/vault in Obsidian ("Open folder as vault"), trust the plugins when asked,\n' +
		'and click the Talks ribbon icon to browse these talks by conference, speaker, topic or date.\n',
);
