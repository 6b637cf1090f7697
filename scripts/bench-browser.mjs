// `npm run bench:browser -- --profile tiny|realistic|stress [--json]`
// The benchmark's search and edit latencies in headless Chromium (the Debian package, driven by
// playwright-core): the plugin's host engine and thread pool instead of Node's. Bundles
// src/bench/browser-data.ts (node: writes the vault's notes as JSON) and src/bench/browser-page.ts
// (the page), then runs two passes of each measure in one page (browser-page.ts says why two).
import esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const at = args.indexOf('--profile');
const profile = at >= 0 && args[at + 1] ? args[at + 1] : 'realistic';
const dataScript = join(root, 'dist', 'bench-browser-data.cjs');
const pageScript = join(root, 'dist', 'bench-browser-page.js');
const dataFile = join(root, 'dist', `bench-browser-${profile}.json`);
const traceScript = join(root, 'dist', 'bench-trace-tasks.mjs');

const common = { bundle: true, logLevel: 'warning', target: 'es2022' };
await esbuild.build({ ...common, entryPoints: [join(root, 'src', 'bench', 'browser-data.ts')], platform: 'node', format: 'cjs', outfile: dataScript });
await esbuild.build({ ...common, entryPoints: [join(root, 'src', 'bench', 'browser-page.ts')], platform: 'browser', format: 'iife', outfile: pageScript });
await esbuild.build({ ...common, entryPoints: [join(root, 'src', 'bench', 'trace-tasks.ts')], platform: 'node', format: 'esm', outfile: traceScript });
const { longestTaskWithin, SLICE_PHASE_MEASURE } = await import(pathToFileURL(traceScript).href);
const made = spawnSync(process.execPath, [dataScript, profile, dataFile], { stdio: 'inherit' });
if (made.status !== 0) process.exit(made.status ?? 1);

// The page fetches the notes from a local server: a stress vault's JSON (over 100 MB) is too large
// to hand to the page as an argument through the browser's debugging protocol.
const server = createServer((request, response) => {
	if (request.url === '/data.json') {
		response.writeHead(200, { 'content-type': 'application/json' });
		createReadStream(dataFile).pipe(response);
	} else {
		response.writeHead(200, { 'content-type': 'text/html' });
		response.end('<!doctype html><title>bench</title>');
	}
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const startLoad = loadavg()[0];
const browser = await launchChromium();
let result;
try {
	const page = await browser.newPage();
	await page.goto(`${origin}/`);
	await page.addScriptTag({ content: readFileSync(pageScript, 'utf8') });
	const rounds = profile === 'tiny' ? 1 : profile === 'stress' ? 5 : 20;
	const passes = await page.evaluate(async (r) => window.runBrowserBench(await (await fetch('/data.json')).json(), r, 500), rounds);
	// A trace of the slices alone gives the thread time of their longest task: on this shared machine
	// the page's clock cannot tell a slice that worked from one whose thread waited for a core.
	await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
	const slices = await page.evaluate(() => window.runBrowserSlices());
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
	const longestTask = longestTaskWithin(trace.traceEvents ?? trace, SLICE_PHASE_MEASURE);
	result = { profile, browser: browser.version(), loadAverage: [startLoad, loadavg()[0]].map((l) => Math.round(l * 100) / 100), ...passes, slices: { ...slices, longestTask } };
} finally {
	await browser.close();
	server.close();
}

const ms = (x) => `${x.toFixed(2)} ms`;
const row = (label, [first, second]) =>
	`${label.padEnd(8)} first pass p50 ${ms(first.p50)}, p99 ${ms(first.p99)}, ${first.over2ms} of ${first.samples} over 2 ms;  second pass p50 ${ms(second.p50)}, p99 ${ms(second.p99)}, ${second.over2ms} of ${second.samples} over 2 ms`;
const sliceRow = (s) =>
	`slices   background indexing into a fresh index: longest ${ms(s.longestSliceMs)} (indexing ${ms(s.longestIndexSliceMs)}, warm-up ${ms(s.longestWarmUpSliceMs)}, first query ${ms(s.firstQueryMs)}), ${s.slicesOver16Ms} of ${s.slices} slices over 16 ms` +
	(s.longestTask ? `; longest task (trace) ${ms(s.longestTask.wallMs)}, of it the main thread running ${ms(s.longestTask.threadMs)}` : '');
process.stdout.write(
	[
		`profile ${profile}: ${result.talks} talks (generator wrote ${result.expectedTalks}) in Chromium ${result.browser}, load ${result.loadAverage.join(' -> ')}, clock step ${ms(result.clockStepMs)}`,
		`first build in the page: ${ms(result.firstBuildMs)}`,
		row('search', result.search),
		row('edits', result.edits),
		sliceRow(result.slices),
	].join('\n') + '\n',
);
if (flag('--json')) process.stdout.write(JSON.stringify(result) + '\n');
if (result.talks !== result.expectedTalks || result.slices.talks !== result.expectedTalks) {
	process.stderr.write(`bench:browser: the page indexed ${result.talks} talks (${result.slices.talks} in slices), the generator wrote ${result.expectedTalks}\n`);
	process.exit(1);
}
