/**
 * @jest-environment jsdom
 */
/**
 * Indexing never writes to the vault. The real plugin (sources, through the fake) starts,
 * indexes, follows edits, renames, deletes and person notes, rebuilds, and unloads;
 * every write method of the vault and its adapter is watched the whole time. The only
 * write the plugin may make is its own settings file; its records go to IndexedDB.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { App, Plugin } from 'obsidian';
import ConferenceTalksPlugin from '../../src/main';
import { createFakeApp, loadPlugin, settle, type FakeApp } from '../fakes/app';

jest.setTimeout(30_000);

const VAULT_WRITES = ['create', 'createBinary', 'createFolder', 'modify', 'modifyBinary', 'append', 'process', 'delete', 'trash', 'rename', 'copy'] as const;
const ADAPTER_WRITES = ['write', 'writeBinary', 'append', 'process', 'remove', 'rmdir', 'mkdir', 'rename', 'copy', 'trashSystem', 'trashLocal'] as const;
const FILE_MANAGER_WRITES = ['renameFile', 'processFrontMatter', 'trashFile'] as const;

/** Wraps each named method of `target` to record calls while `watching()` is true. */
function watch(target: object, names: readonly string[], label: string, calls: string[], watching: () => boolean): void {
	const methods = target as Record<string, unknown>;
	for (const name of names) {
		const original = methods[name];
		if (typeof original !== 'function') continue;
		methods[name] = function (this: unknown, ...args: unknown[]) {
			if (watching()) calls.push(`${label}.${name}(${typeof args[0] === 'string' ? args[0] : ((args[0] as { path?: string } | undefined)?.path ?? '')})`);
			return (original as (...a: unknown[]) => unknown).apply(this, args);
		};
	}
}

const note = (conference: string, ...talks: string[]) => `[[${conference}]]\n${talks.map((t) => `- ${t}\n\t- notes`).join('\n')}\n`;

describe('indexing writes nothing to the vault', () => {
	let app: FakeApp;
	let plugin: Plugin;
	const calls: string[] = [];
	let user = false;
	/** Runs a user action (its own writes are not the plugin's). */
	const asUser = async (action: () => Promise<unknown>) => {
		user = true;
		try {
			await action();
		} finally {
			user = false;
		}
		await settle();
	};

	beforeAll(async () => {
		(globalThis as { indexedDB?: IDBFactory }).indexedDB = new IDBFactory();
		app = createFakeApp({
			'2023-10-18.md': note('RustConf 2024', 'Fast Queues ~ Ada Byron', 'Why Tests Flake ~ Bo Linde'),
			'People/Ada Byron.md': '---\ntype: person\naliases: [ada]\n---\n',
			'Projects/Plan.md': '---\nconference: "[[KubeCon]]"\n---\n- Scaling k8s ~ Cy Young\n\t- x\n',
		});
		const fileManager = (app as unknown as { fileManager?: object }).fileManager;
		const watching = () => !user;
		watch(app.vault, VAULT_WRITES, 'vault', calls, watching);
		watch(app.vault.adapter, ADAPTER_WRITES, 'adapter', calls, watching);
		if (fileManager) watch(fileManager, FILE_MANAGER_WRITES, 'fileManager', calls, watching);
		plugin = await loadPlugin(ConferenceTalksPlugin, app, undefined, { userEnable: true });
		await app.layoutReady();
		for (let i = 0; i < 50 && app.vault.readStats.count < 3; i++) await new Promise((r) => window.setTimeout(r, 10));
		await settle();
	});

	afterAll(() => {
		delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
	});

	it('through start, live edits, a new person note, renames, deletes, commands and unload', async () => {
		const vault = (app as unknown as App).vault;
		// The watch itself sees a write that is not the user's.
		await vault.adapter.write('probe.txt', 'x');
		expect(calls).toEqual(['adapter.write(probe.txt)']);
		calls.length = 0;
		await asUser(() => vault.modify(vault.getFileByPath('2023-10-18.md')!, note('RustConf 2024', 'Async Drop ~ Ada Byron')));
		await asUser(() => vault.create('2023-10-19.md', note('RustConf 2024', 'Zero-copy Parsing ~ Carl Lerche')));
		await asUser(() => vault.rename(vault.getFileByPath('2023-10-19.md')!, 'Archive/2023-10-19.md'));
		await asUser(() => vault.adapter.remove('Projects/Plan.md'));
		await asUser(() => vault.create('People/Bo Linde.md', '---\ntype: person\n---\n'));
		await new Promise((r) => window.setTimeout(r, 700));
		await settle();
		// Read-only commands and the rebuild run as the plugin: none may write a note.
		for (const id of ['rebuild-index', 'list-speakers', 'list-topics', 'list-conferences', 'search-talks', 'open-talks']) {
			app.commands.executeCommandById(`conference-talks:${id}`);
			await settle();
		}
		await new Promise((r) => window.setTimeout(r, 700));
		plugin.unload();
		await settle();
		expect(calls).toEqual([]);
	});

	it('keeps its own data in its data file and IndexedDB', async () => {
		const settingsWrites: string[] = [];
		const adapter = app.vault.adapter as unknown as { write: (path: string, data: string) => Promise<void> };
		const write = adapter.write.bind(adapter);
		adapter.write = async (path: string, data: string) => {
			settingsWrites.push(path);
			return write(path, data);
		};
		const second = await loadPlugin(ConferenceTalksPlugin, app);
		await app.flush();
		await second.saveData({ autoKeywords: false });
		second.unload();
		expect(settingsWrites).toEqual([`${app.vault.configDir}/plugins/conference-talks/data.json`]);
		const names = (await (globalThis.indexedDB as unknown as { databases(): Promise<{ name: string }[]> }).databases()).map((d) => d.name);
		expect(names.some((name) => name.startsWith('conference-talks-records/'))).toBe(true);
	});
});
