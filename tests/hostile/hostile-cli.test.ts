/**
 * End to end: the CLI, built from the current sources, exports a vault of hostile notes
 * (`talks export <vault> --json`) in a child process, as a user runs it. It must finish
 * well within 30 s with status 0, keep every honest talk, take none from code, quotes or
 * comments, treat a very large note all or nothing, give one diagnostic per problem, never
 * leave the vault through a symlink, and change nothing in the vault.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { ExportJson } from '../../src/cli/records';
import { buildCli, buildDir } from '../safety/build-bundles';
import { expectAllOrNothing, expectHonestTalks, expectNothingForbidden, expectOneDiagnosticEach } from './expect-hostile';
import { hostileVault } from './hostile-vault';
import { snapshot, writeVault, type VaultOnDisk } from './vault-on-disk';

jest.setTimeout(120_000);

interface Run {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
	readonly ms: number;
}

/** Runs the bundle in a child process (asynchronously, so jest's timers keep running). */
function runBundle(bundle: string, args: readonly string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, killSignal: 'SIGKILL' });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => {
			resolve({ status, stdout, stderr, ms: Date.now() - started });
		});
	});
}

const hostile = hostileVault();
let disk: VaultOnDisk;
let buildOut: string;
let before: Record<string, string>;
let run: Run;
let exported: ExportJson;

beforeAll(async () => {
	disk = writeVault(hostile);
	buildOut = buildDir();
	const bundle = await buildCli(buildOut);
	before = snapshot(disk.base);
	run = await runBundle(bundle, ['export', disk.vault, '--json']);
	exported = JSON.parse(run.stdout) as ExportJson;
});

afterAll(() => {
	rmSync(disk.base, { recursive: true, force: true });
	rmSync(buildOut, { recursive: true, force: true });
});

describe('talks export --json on a vault of hostile notes', () => {
	it('exits 0 well within 30 seconds', () => {
		expect(run.status).toBe(0);
		expect(run.ms).toBeLessThan(30_000);
		process.stderr.write(`hostile vault exported in ${run.ms} ms\n`);
	});

	it('keeps every honest talk, with its speakers, exactly once', () => {
		expectHonestTalks(hostile, exported.talks);
	});

	it('takes no talk or conference from code fences, quotes, comments or a skipped note', () => {
		expectNothingForbidden(hostile, exported.talks, exported.conferences.map((c) => c.name));
	});

	it('treats very large notes all or nothing', () => {
		expectAllOrNothing(hostile, exported.talks);
	});

	it('gives each problem exactly one diagnostic, on stderr and in the JSON', () => {
		expectOneDiagnosticEach({ ...hostile.problems, ...disk.links }, exported.diagnostics);
		const lines = run.stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(exported.diagnostics.length);
		for (const d of exported.diagnostics) expect(lines).toContain(d.line > 0 ? `${d.file}:${d.line}: ${d.message}` : `${d.file}: ${d.message}`);
	});

	it('never follows a symlink out of the vault, round a loop, or to nowhere', () => {
		const shown = [...exported.talks.map((t) => t.title), ...exported.conferences.map((c) => c.name)];
		for (const outside of disk.outsideTitles) expect(shown).not.toContain(outside);
		expect(exported.talks.filter((t) => t.file.startsWith('Loop/') || t.file.startsWith('Outside/'))).toEqual([]);
	});

	it('changes nothing in the vault or beside it', () => {
		expect(snapshot(disk.base)).toEqual(before);
	});

	it('prints no control characters but line breaks (terminal escapes in notes stay out of the terminal)', () => {
		// eslint-disable-next-line no-control-regex -- finding control characters is the point
		const control = /[\u0000-\u0009\u000b-\u001f]/;
		expect(control.test(run.stderr)).toBe(false);
		// JSON escapes them (the note's ESC and BEL are in the export, as \u001b and \u0007).
		expect(control.test(run.stdout)).toBe(false);
		expect(exported.talks.some((t) => t.title.includes('\u001b'))).toBe(true);
	});
});
