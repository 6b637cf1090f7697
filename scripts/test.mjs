// `npm test`: everything a change must pass, with one plain closing line
// `N passed, N failed` that CI reads. Static checks count as one test each;
// jest and node's test runner contribute their own counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const results = [];
const resultsDir = '.test-results';
mkdirSync(resultsDir, { recursive: true });

function run(name, command, args, options = {}) {
	process.stdout.write(`\n=== ${name}\n`);
	const res = spawnSync(command, args, { stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, TZ: 'UTC', ...options.env } });
	if (options.capture && res.stdout) process.stdout.write(res.stdout);
	return res;
}

function check(name, command, args, options) {
	const res = run(name, command, args, options);
	results.push({ name, passed: res.status === 0 ? 1 : 0, failed: res.status === 0 ? 0 : 1 });
	return res;
}

check('build (main.js and the CLI bundle)', 'npm', ['run', '--silent', 'build']);
check('typecheck (tsc --noEmit over src and tests)', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', '.']);
check('lint (eslint, obsidianmd recommended)', 'npx', ['--no-install', 'eslint', '--max-warnings', '0', '.']);
check('circular imports (madge)', 'npx', ['--no-install', 'madge', '--circular', '--warning', '--extensions', 'ts', '--ts-config', 'tsconfig.json', 'src']);

// Unit and integration tests (jest), counted from its JSON report.
const jestReport = join(resultsDir, 'jest.json');
const jest = run('unit tests (jest)', 'npx', ['--no-install', 'jest', '--json', `--outputFile=${jestReport}`]);
if (existsSync(jestReport)) {
	const report = JSON.parse(readFileSync(jestReport, 'utf8'));
	const suiteFailures = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
	results.push({ name: 'jest', passed: report.numPassedTests, failed: report.numFailedTests + suiteFailures });
} else {
	results.push({ name: 'jest', passed: 0, failed: 1 });
}
if (jest.status !== 0 && !results.at(-1).failed) results.at(-1).failed = 1;

// Browser and end-to-end tests (node's test runner), counted from its summary.
const nodeTests = existsSync('tests/browser') ? readdirSync('tests/browser').filter((f) => f.endsWith('.test.mjs')).map((f) => join('tests/browser', f)) : [];
if (nodeTests.length > 0) {
	const res = run('browser tests (node --test, playwright-core, chromium)', 'node', ['--test', '--test-concurrency=1', ...nodeTests], { capture: true });
	const out = res.stdout ?? '';
	const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
	const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? (res.status === 0 ? 0 : 1));
	results.push({ name: 'browser', passed: pass, failed: res.status !== 0 && fail === 0 ? 1 : fail });
}

if (existsSync('scripts/bench.mjs')) {
	check('benchmark smoke run (tiny profile)', 'node', ['scripts/bench.mjs', '--profile', 'tiny']);
}
if (existsSync('scripts/bench-browser.mjs')) {
	check('browser benchmark smoke run (tiny profile, chromium)', 'node', ['scripts/bench-browser.mjs', '--profile', 'tiny']);
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write('\n');
for (const r of results) process.stdout.write(`${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
