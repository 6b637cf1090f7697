// Builds main.js (the Obsidian plugin, cjs, host modules external) and the CLI bundle.
// `node esbuild.config.mjs production` builds once, minified, and installs the plugin
// into the example vault; without an argument it watches (npm run dev).
import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { installIntoExampleVault } from './scripts/install-example.mjs';

const production = process.argv[2] === 'production';

// The host provides these at run time (one list, shared with the safety tests); Node's
// built-ins stay external so a stray import fails the bundle scan instead of being shimmed.
const hostModules = JSON.parse(readFileSync(new URL('./scripts/plugin-externals.json', import.meta.url), 'utf8'));
const pluginExternals = [...hostModules, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const pluginOptions = {
	entryPoints: ['src/main.ts'],
	bundle: true,
	external: pluginExternals,
	format: 'cjs',
	target: 'es2018',
	logLevel: 'info',
	sourcemap: production ? false : 'inline',
	treeShaking: true,
	minify: production,
	outfile: 'main.js',
	plugins: [
		{
			name: 'install-example-vault',
			setup(build) {
				build.onEnd((result) => {
					if (result.errors.length === 0) installIntoExampleVault();
				});
			},
		},
	],
};

const cliOptions = {
	entryPoints: ['src/cli/main.ts'],
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	logLevel: 'info',
	sourcemap: production ? false : 'inline',
	minify: false,
	outfile: 'dist/talks.cjs',
};

if (production) {
	await Promise.all([esbuild.build(pluginOptions), esbuild.build(cliOptions)]);
} else {
	const contexts = await Promise.all([esbuild.context(pluginOptions), esbuild.context(cliOptions)]);
	await Promise.all(contexts.map((c) => c.watch()));
}
