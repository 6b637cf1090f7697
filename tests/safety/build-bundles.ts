/**
 * Builds the shipped bundles from the current sources into a temporary folder, with the same
 * options as esbuild.config.mjs, so tests check what a user would run without depending on a
 * stale `main.js` or `dist/`, and without touching the repository's build output. esbuild runs
 * in a child Node process: its API refuses jsdom's realm (a TextEncoder invariant).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import hostModules from '../../scripts/plugin-externals.json';

const repo = path.resolve(__dirname, '../..');

/** What esbuild.config.mjs keeps out of main.js: the host provides these at run time. */
export const PLUGIN_EXTERNALS: readonly string[] = [...hostModules, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * A fresh temporary folder for build output, under `node_modules/.cache` so the bundle's
 * external `require`s (`@codemirror/*`) resolve from the repository's node_modules.
 */
export function buildDir(): string {
	const cache = path.join(repo, 'node_modules', '.cache');
	mkdirSync(cache, { recursive: true });
	return mkdtempSync(path.join(cache, 'talks-build-'));
}

/** Runs esbuild's `build` with `options` in a child process; rejects with its errors. */
function build(options: Record<string, unknown>): Promise<void> {
	const script = `require('esbuild').build(JSON.parse(process.argv[1])).catch(() => process.exit(1))`;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['-e', script, JSON.stringify({ ...options, logLevel: 'error' })], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
		let errors = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
		child.on('error', reject);
		child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`esbuild failed: ${errors}`))));
	});
}

/** Builds the plugin's production `main.js` (minified, cjs, es2018) into `dir`; returns its path. */
export async function buildPlugin(dir: string): Promise<string> {
	const outfile = path.join(dir, 'main.js');
	await build({
		entryPoints: [path.join(repo, 'src', 'main.ts')],
		bundle: true,
		external: [...PLUGIN_EXTERNALS],
		format: 'cjs',
		target: 'es2018',
		minify: true,
		treeShaking: true,
		outfile,
	});
	return outfile;
}

/** Builds the `talks` CLI bundle into `dir`; returns its path. */
export async function buildCli(dir: string): Promise<string> {
	const outfile = path.join(dir, 'talks.cjs');
	await build({
		entryPoints: [path.join(repo, 'src', 'cli', 'main.ts')],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		outfile,
	});
	return outfile;
}
