// `npm run demo -- [vault] [--out dir] [--open note.md]`: a self-contained page that runs the
// REAL plugin (src/main.ts) on the fake host (tests/fakes/obsidian.ts) over a snapshot of a
// vault, with the Talks explorer open and notes in a CodeMirror 6 editor. It opens over file://
// (no fetch): the notes are embedded in vault-data.js. Defaults: examples/vault into demo/.
// Open <dir>/index.html, or <dir>/index.html?theme=dark.
import esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Text files the snapshot keeps; config: `.obsidian/*.json` (daily notes settings and the like), not plugins or workspace. */
const NOTE = /\.(md|canvas|txt)$/i;
const CONFIG = /^\.obsidian\/[^/]+\.json$/;
const SKIP_CONFIG = /^\.obsidian\/(workspace.*|app|appearance|hotkeys|graph)\.json$/;
/** Bigger vaults make a slow page; the demo is for looking, the benchmark is for size. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Parses `[vault] [--out dir] [--open path]`. */
export function parseArgs(argv) {
	const options = { vault: 'examples/vault', out: 'demo', open: '' };
	const rest = [...argv];
	while (rest.length > 0) {
		const arg = rest.shift();
		if (arg === '--out') options.out = rest.shift() ?? options.out;
		else if (arg === '--open') options.open = rest.shift() ?? '';
		else if (arg === '--help' || arg === '-h') options.help = true;
		else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
		else options.vault = arg;
	}
	return options;
}

/** Every note (and the daily-notes config) of a vault, by vault-relative `/` path. */
export function snapshotVault(vaultDir) {
	const files = {};
	let bytes = 0;
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const full = join(dir, entry.name);
			const path = relative(vaultDir, full).split(sep).join('/');
			if (entry.isDirectory()) {
				if (entry.name === 'node_modules' || entry.name === '.git' || entry.name === '.trash') continue;
				if (entry.name.startsWith('.') && entry.name !== '.obsidian') continue;
				if (path === '.obsidian/plugins') continue;
				walk(full);
			} else if (entry.isFile() && (NOTE.test(path) ? !path.startsWith('.obsidian/') : CONFIG.test(path) && !SKIP_CONFIG.test(path))) {
				bytes += statSync(full).size;
				if (bytes > MAX_BYTES) throw new Error(`The vault is over ${MAX_BYTES / 1024 / 1024} MB of notes; pick a smaller one for the demo.`);
				files[path] = readFileSync(full, 'utf8');
			}
		}
	};
	walk(vaultDir);
	return files;
}

/** Builds the page into `outDir`; returns the path of index.html. */
export async function buildDemo({ vault, out, open = '' }) {
	const vaultDir = resolve(vault);
	const outDir = resolve(out);
	if (!statSync(vaultDir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`Not a folder: ${vault}`);
	mkdirSync(outDir, { recursive: true });
	const name = vaultDir.split(sep).filter(Boolean).pop() ?? 'vault';
	const data = { name, files: snapshotVault(vaultDir), open };
	writeFileSync(join(outDir, 'vault-data.js'), `window.__talksVaultData = ${JSON.stringify(data)};\n`);
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: ['tests/demo/demo-main.ts'],
		bundle: true,
		platform: 'browser',
		format: 'iife',
		target: 'es2020',
		alias: { obsidian: './tests/fakes/obsidian.ts' },
		outfile: join(outDir, 'demo.js'),
		sourcemap: 'inline',
		logLevel: 'warning',
	});
	copyFileSync(join(root, 'styles.css'), join(outDir, 'styles.css'));
	copyFileSync(join(root, 'tests', 'demo', 'obsidian-app.css'), join(outDir, 'obsidian-app.css'));
	writeFileSync(join(outDir, 'index.html'), page(name));
	return join(outDir, 'index.html');
}

function page(name) {
	const title = `${name} - Conference talks demo`.replace(/[<>&"]/g, '');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="obsidian-app.css">
<link rel="stylesheet" href="styles.css">
</head>
<body>
<script src="vault-data.js"></script>
<script src="demo.js"></script>
</body>
</html>
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const options = parseArgs(process.argv.slice(2));
		if (options.help) {
			process.stdout.write('Usage: npm run demo -- [vault] [--out dir] [--open note.md]\n');
		} else {
			const index = await buildDemo(options);
			process.stdout.write(`Demo of ${options.vault}: ${index}\nOpen it in a browser (add ?theme=dark for the dark theme).\n`);
		}
	} catch (error) {
		process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	}
}
