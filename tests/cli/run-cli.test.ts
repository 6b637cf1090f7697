/** The `talks` command's contract with its caller: exit statuses, stderr, safety on hostile vaults. */
import { mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ExportJson } from '../../src/cli/records';
import { CONFIG_DIR } from '../../src/cli/vault-reader';
import { SEED_VAULT, talks, talksJson } from './run-cli-helpers';
import { useTempVault } from '../helpers/temp-vault';

const temp = useTempVault('talks-cli-');
const write = (relative: string, content: string | Uint8Array): void => temp().write(relative, content);
let base: string;
let vault: string;

/** Every path under `dir` with its size and modification time, to prove nothing was written. */
function snapshot(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: false })
		.map(String)
		.sort()
		.map((entry) => {
			const stat = statSync(path.join(dir, entry), { throwIfNoEntry: false });
			return `${entry} ${stat?.size ?? '-'} ${stat?.mtimeMs ?? '-'}`;
		});
}

beforeEach(() => {
	({ base, root: vault } = temp());
});

describe('usage', () => {
	it('prints help on stdout with status 0', async () => {
		for (const argv of [['--help'], ['help'], ['talks', '-h']]) {
			const run = await talks(argv);
			expect(run.status).toBe(0);
			expect(run.stdout).toContain('Usage: talks <command> <vault>');
			expect(run.stderr).toBe('');
		}
	});

	it.each([
		[[], 'no command given'],
		[['talks'], '"talks" needs a vault folder'],
		[['frobnicate', SEED_VAULT], 'unknown command "frobnicate"'],
		[['speakers', SEED_VAULT, '--verbose'], 'unknown option "--verbose"'],
		[['search', SEED_VAULT], '"search" needs a query'],
	])('%j exits 2 with a message and a usage hint on stderr', async (argv, message) => {
		const run = await talks(argv);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(`talks: ${message}\nRun "talks --help" for usage.\n`);
	});

	it('exits 2 when the vault does not exist or is a file', async () => {
		const missing = await talks(['export', path.join(base, 'nope')]);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('no folder');
		write('note.md', '# note');
		const file = await talks(['export', path.join(vault, 'note.md')]);
		expect(file.status).toBe(2);
		expect(file.stderr).toContain('is not a folder');
	});
});

describe('hostile and broken vaults', () => {
	it('does not follow a symlink that leads out of the vault', async () => {
		const outside = path.join(base, 'private');
		mkdirSync(outside);
		writeFileSync(path.join(outside, '2024-01-05.md'), '[[Secret Conf]]\n- Private Talk ~ Someone Else\n\t- notes\n');
		symlinkSync(outside, path.join(vault, 'Private'));
		symlinkSync(path.join(outside, '2024-01-05.md'), path.join(vault, '2024-01-05.md'));
		write('2024-01-06.md', '[[Open Conf]]\n- Open Talk ~ Ada Byron\n\t- notes\n');
		const run = await talks(['export', vault, '--json']);
		const exported = JSON.parse(run.stdout) as ExportJson;
		expect(exported.talks.map((t) => t.title)).toEqual(['Open Talk']);
		expect(exported.conferences.map((c) => c.name)).toEqual(['Open Conf']);
		expect(run.stderr).toBe('2024-01-05.md: symlink leads outside the vault; not followed\n');
	});

	it('exports the good notes of a vault with broken ones, reporting each problem as file:line: message', async () => {
		write('2024-01-02.md', '---\nconference: [[[broken\n  - : :\n---\n[[Conf X]]\n- Fast Queues ~ Ada Byron\n\t- notes\n');
		write('2024-01-03.md', '[[Conf Y]]\n- Good Talk ~ Bo Linde\n\t- fine\n');
		write('2024-01-04.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		write('2024-01-07.md', Buffer.from('[[Caf\xe9 Conf]]\n- Talk ~ Ana Lima\n\t- x\n', 'latin1'));
		const before = snapshot(vault);
		const run = await talks(['export', vault, '--json']);
		expect(run.status).toBe(0);
		const exported = JSON.parse(run.stdout) as ExportJson;
		expect(exported.talks.map((t) => t.title).sort()).toEqual(['Fast Queues', 'Good Talk', 'Talk']);
		expect(exported.conferences.map((c) => c.name).sort()).toEqual(['Café Conf', 'Conf X', 'Conf Y']);
		const stderr = run.stderr.trimEnd().split('\n');
		expect(stderr).toEqual([
			expect.stringMatching(/^2024-01-02\.md:1: /),
			'2024-01-04.md: binary content (NUL bytes), not a text note; skipped',
			'2024-01-07.md: not valid UTF-8; read as Windows-1252',
		]);
		expect(exported.diagnostics.map((d) => d.file)).toEqual(['2024-01-02.md', '2024-01-04.md', '2024-01-07.md']);
		expect(snapshot(vault)).toEqual(before);
	});

	it('treats an empty vault as no talks, not as an error', async () => {
		const run = await talks(['export', vault]);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('0 talks, 0 speakers, 0 conferences and 0 topics in 0 notes');
		const json = await talksJson<ExportJson>(['export', vault]);
		expect(json).toEqual({ talks: [], speakers: [], topics: [], conferences: [], diagnostics: [] });
	});

	it('reads the daily-notes folder and format from the vault settings', async () => {
		write(`${CONFIG_DIR}/daily-notes.json`, JSON.stringify({ folder: 'Journal', format: 'YYYY/MM/YYYY-MM-DD' }));
		write('Journal/2024/02/2024-02-03.md', '[[Conf Z]]\n- Dated Talk ~ Ada Byron\n\t- x\n');
		write('2024-02-04.md', '[[Conf Z]]\n- Not a Daily Note ~ Bo Linde\n\t- x\n');
		const exported = await talksJson<ExportJson>(['export', vault]);
		expect(exported.talks.map((t) => [t.title, t.date, t.file])).toEqual([['Dated Talk', '2024-02-03', 'Journal/2024/02/2024-02-03.md']]);
	});
});
