/** End to end: the built bundle through bin/talks.js, as a user runs it (`npm run build` first; CI does). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ExportJson } from '../../src/cli/records';
import { SEED_VAULT } from './run-cli-helpers';

const repo = path.resolve(__dirname, '../..');
const bundle = path.join(repo, 'dist', 'talks.cjs');
const describeBuilt = existsSync(bundle) ? describe : describe.skip;

function bin(args: readonly string[]) {
	return spawnSync(process.execPath, [path.join(repo, 'bin', 'talks.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
}

describeBuilt('bin/talks.js (built bundle)', () => {
	it('exports the seed vault as JSON with status 0', () => {
		const run = bin(['export', SEED_VAULT, '--json']);
		expect(run.status).toBe(0);
		const exported = JSON.parse(run.stdout) as ExportJson;
		expect(exported.talks).toHaveLength(7);
		expect(exported.talks.find((t) => t.kind === 'panel')?.title).toBe('Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???');
		expect(run.stderr).toBe('');
	});

	it('prints a table for search and exits 2 on a usage error', () => {
		const search = bin(['search', SEED_VAULT, 'zig']);
		expect(search.status).toBe(0);
		expect(search.stdout.split('\n')[2]).toMatch(/Rust vs Zig/);
		const usage = bin(['talks']);
		expect(usage.status).toBe(2);
		expect(usage.stderr).toContain('Run "talks --help" for usage.');
	});
});
