/**
 * Builds the shipped bundles from the current sources into a temporary folder, with the same
 * options as esbuild.config.mjs, so tests check what a user would run without depending on a
 * stale `main.js` or `dist/`, and without touching the repository's build output.
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../..');

/** What esbuild.config.mjs keeps out of main.js: the host provides these at run time. */
export const PLUGIN_EXTERNALS: readonly string[] = [
	'obsidian',
	'electron',
	'@codemirror/autocomplete',
	'@codemirror/collab',
	'@codemirror/commands',
	'@codemirror/language',
	'@codemirror/lint',
	'@codemirror/search',
	'@codemirror/state',
	'@codemirror/view',
	'@lezer/common',
	'@lezer/highlight',
	'@lezer/lr',
	...builtinModules,
	...builtinModules.map((m) => `node:${m}`),
];

/** A fresh temporary folder for build output. */
export function buildDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'talks-build-'));
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
		logLevel: 'silent',
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
		logLevel: 'silent',
		outfile,
	});
	return outfile;
}
