import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../src/core/model';
import { readVaultConfig } from '../../src/cli/vault-config';
import { CONFIG_DIR, listNotes, MAX_NOTE_BYTES, readNote, vaultRealRoot } from '../../src/cli/vault-reader';
import { useTempVault } from '../helpers/temp-vault';

const temp = useTempVault('talks-reader-');
const write = (relative: string, content: string | Uint8Array): void => temp().write(relative, content);
let base: string;
let vault: string;

beforeEach(() => {
	({ base, root: vault } = temp());
});

describe('listNotes', () => {
	it('lists markdown notes, sorted, skipping dot-folders, dotfiles, node_modules and other files', async () => {
		write('2023-10-18.md', '# day');
		write('Daily/2024-02-03.md', '# day');
		write('People/Carl Lerche.MD', 'type: person');
		write(`${CONFIG_DIR}/workspace.md`, 'x');
		write('.trash/old.md', 'x');
		write('.hidden.md', 'x');
		write('node_modules/pkg/README.md', 'x');
		write('image.png', 'x');
		const diagnostics: Diagnostic[] = [];
		const notes = await listNotes(await vaultRealRoot(vault), diagnostics);
		expect(notes).toEqual(['2023-10-18.md', 'Daily/2024-02-03.md', 'People/Carl Lerche.MD']);
		expect(diagnostics).toEqual([]);
	});

	it('never follows a symlink out of the vault, and reports it', async () => {
		const outside = path.join(base, 'secrets');
		mkdirSync(outside);
		writeFileSync(path.join(outside, 'diary.md'), '- private ~ Someone Else');
		symlinkSync(outside, path.join(vault, 'linked-folder'));
		symlinkSync(path.join(outside, 'diary.md'), path.join(vault, 'linked-note.md'));
		const diagnostics: Diagnostic[] = [];
		const root = await vaultRealRoot(vault);
		expect(await listNotes(root, diagnostics)).toEqual([]);
		expect(diagnostics).toEqual([{ file: 'linked-note.md', line: 0, message: 'symlink leads outside the vault; not followed' }]);
		expect(await readNote(root, 'linked-note.md', diagnostics)).toBeUndefined();
	});

	it('lists symlinked notes inside the vault, but does not enter symlinked folders (no cycles, no duplicates)', async () => {
		write('Daily/2024-02-03.md', 'x');
		symlinkSync(path.join(vault, 'Daily', '2024-02-03.md'), path.join(vault, 'today.md'));
		symlinkSync(vault, path.join(vault, 'Daily', 'loop'));
		symlinkSync(path.join(vault, 'missing.md'), path.join(vault, 'dangling.md'));
		const diagnostics: Diagnostic[] = [];
		const root = await vaultRealRoot(vault);
		expect(await listNotes(root, diagnostics)).toEqual(['Daily/2024-02-03.md', 'today.md']);
		expect(diagnostics).toEqual([{ file: 'dangling.md', line: 0, message: 'broken symlink; skipped' }]);
		expect(await readNote(root, 'today.md', [])).toBe('x');
	});
});

describe('readNote', () => {
	it('drops a UTF-8 BOM and keeps the text as written', async () => {
		write('a.md', '\ufeff# 2023-10-18\r\n- talk ~ Ada Byron\r\n');
		expect(await readNote(await vaultRealRoot(vault), 'a.md', [])).toBe('# 2023-10-18\r\n- talk ~ Ada Byron\r\n');
	});

	it('reads invalid UTF-8 as Windows-1252 and says so', async () => {
		write('latin.md', Buffer.from([0x2d, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]));
		const diagnostics: Diagnostic[] = [];
		expect(await readNote(await vaultRealRoot(vault), 'latin.md', diagnostics)).toBe('- Café €');
		expect(diagnostics).toEqual([{ file: 'latin.md', line: 0, message: 'not valid UTF-8; read as Windows-1252' }]);
	});

	it('skips binary content with a diagnostic', async () => {
		write('blob.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		const diagnostics: Diagnostic[] = [];
		expect(await readNote(await vaultRealRoot(vault), 'blob.md', diagnostics)).toBeUndefined();
		expect(diagnostics[0]?.message).toMatch(/binary/);
	});

	it('skips notes over the size limit instead of running out of memory', async () => {
		write('huge.md', Buffer.alloc(MAX_NOTE_BYTES + 1, 0x61));
		const diagnostics: Diagnostic[] = [];
		expect(await readNote(await vaultRealRoot(vault), 'huge.md', diagnostics)).toBeUndefined();
		expect(diagnostics[0]?.message).toMatch(/over the 32 MB limit/);
	});
});

describe('readVaultConfig', () => {
	it('uses defaults for a vault without settings', async () => {
		const diagnostics: Diagnostic[] = [];
		const config = await readVaultConfig(await vaultRealRoot(vault), diagnostics);
		expect(config.daily).toEqual({ folder: '', format: 'YYYY-MM-DD' });
		expect(config.settings.peopleFolder).toBe('');
		expect(diagnostics).toEqual([]);
	});

	it('reads the core daily notes settings and the plugin settings', async () => {
		write(`${CONFIG_DIR}/daily-notes.json`, JSON.stringify({ folder: 'Journal/', format: 'YYYY/MM/YYYY-MM-DD' }));
		write(`${CONFIG_DIR}/plugins/conference-talks/data.json`, JSON.stringify({ peopleFolder: 'People', topicList: 'k8s => Kubernetes' }));
		const config = await readVaultConfig(await vaultRealRoot(vault), []);
		expect(config.daily).toEqual({ folder: 'Journal', format: 'YYYY/MM/YYYY-MM-DD' });
		expect(config.settings.peopleFolder).toBe('People');
		expect(config.settings.topicList).toBe('k8s => Kubernetes');
	});

	it('reads Periodic Notes only when the plugin is enabled', async () => {
		write(`${CONFIG_DIR}/daily-notes.json`, JSON.stringify({ folder: 'Journal' }));
		write(`${CONFIG_DIR}/plugins/periodic-notes/data.json`, JSON.stringify({ daily: { enabled: true, folder: 'Periodic', format: 'DD-MM-YYYY' } }));
		const root = await vaultRealRoot(vault);
		expect((await readVaultConfig(root, [])).daily).toEqual({ folder: 'Journal', format: 'YYYY-MM-DD' });
		write(`${CONFIG_DIR}/community-plugins.json`, JSON.stringify(['dataview', 'periodic-notes']));
		expect((await readVaultConfig(root, [])).daily).toEqual({ folder: 'Periodic', format: 'DD-MM-YYYY' });
	});

	it('reports broken JSON and carries on with defaults', async () => {
		write(`${CONFIG_DIR}/daily-notes.json`, '{ "folder": "Jour');
		write(`${CONFIG_DIR}/community-plugins.json`, '');
		const diagnostics: Diagnostic[] = [];
		const config = await readVaultConfig(await vaultRealRoot(vault), diagnostics);
		expect(config.daily).toEqual({ folder: '', format: 'YYYY-MM-DD' });
		expect(diagnostics).toEqual([{ file: `${CONFIG_DIR}/daily-notes.json`, line: 0, message: 'not valid JSON; using defaults' }]);
	});

	it('does not read settings through a config folder that links out of the vault', async () => {
		const outside = path.join(base, 'elsewhere');
		mkdirSync(outside);
		writeFileSync(path.join(outside, 'daily-notes.json'), JSON.stringify({ folder: 'Elsewhere' }));
		symlinkSync(outside, path.join(vault, CONFIG_DIR));
		const diagnostics: Diagnostic[] = [];
		const config = await readVaultConfig(await vaultRealRoot(vault), diagnostics);
		expect(config.daily.folder).toBe('');
		expect(diagnostics).toContainEqual({ file: `${CONFIG_DIR}/daily-notes.json`, line: 0, message: 'symlink leads outside the vault; not followed' });
	});
});
