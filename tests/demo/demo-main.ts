/**
 * The browser demo: the real plugin (src/main.ts) on the fake host, over a snapshot of a vault
 * (`window.__talksVaultData`, written by scripts/demo.mjs). Markdown notes open in a real
 * CodeMirror 6 editor with the plugin's editor extensions; the Talks explorer is open on the
 * right. Exposes `window.__talksDemo = { app, plugin, ready, openUri }` for the browser tests.
 */
import ConferenceTalksPlugin from '../../src/main';
import type { TalksServices } from '../../src/obsidian/services';
import { createFakeApp, loadPlugin, setEditorFactory, type FakeApp } from '../fakes/app';
import { CodeMirrorEditor } from './cm-editor';
import { fillIconsLive } from './demo-icons';
import { drawWorkspaceChrome } from './workspace-chrome';

/** What scripts/demo.mjs embeds. */
interface VaultData {
	readonly name: string;
	/** Vault-relative path -> text; paths under `.obsidian/` are config files. */
	readonly files: Record<string, string>;
	/** The note to show in the main area ('' picks the newest note with talks). */
	readonly open: string;
}

/** What the page exposes. */
interface TalksDemo {
	readonly app: FakeApp;
	/** The loaded plugin (set before `ready` resolves). */
	plugin: ConferenceTalksPlugin | null;
	/** Resolves once indexing finished, the explorer is drawn and the note is open. */
	ready: Promise<void>;
	/** Opens an `obsidian://` URI through the registered protocol handlers; false when none. */
	openUri(uri: string): boolean;
}

declare global {
	interface Window {
		__talksVaultData?: VaultData;
		__talksDemo?: TalksDemo;
	}
}

const MANIFEST = { id: 'conference-talks', name: 'Conference talks', author: 'Demo', version: '0.0.0', minAppVersion: '1.7.2', description: 'Browse the conference talks in your daily notes.' };

function start(): TalksDemo {
	const data = window.__talksVaultData ?? { name: 'Empty vault', files: {}, open: '' };
	const params = new URLSearchParams(window.location.search);
	if (params.get('theme') === 'dark') document.body.addClass('theme-dark');
	else document.body.addClass('theme-light');
	const editors = new Set<CodeMirrorEditor>();
	let app: FakeApp | null = null;
	setEditorFactory((view, onChange) => {
		const editor = new CodeMirrorEditor(view, onChange, () => app?.workspace.editorExtensions ?? []);
		editors.add(editor);
		view.register(() => {
			editors.delete(editor);
			editor.destroy();
		});
		return editor;
	});
	app = createFakeApp(data.files, { vaultName: data.name });
	const created = app;
	created.workspace.on('fake:editor-extensions' as 'layout-change', () => editors.forEach((e) => e.reconfigure(created.workspace.editorExtensions)));
	fillIconsLive(document);
	document.body.appendChild((created.workspace as unknown as { containerEl: HTMLElement }).containerEl);
	drawWorkspaceChrome(created, data.name);
	const demo: TalksDemo = { app: created, plugin: null, ready: Promise.resolve(), openUri: (uri) => created.openUri(uri) };
	demo.ready = boot(created, data, demo);
	return demo;
}

async function boot(app: FakeApp, data: VaultData, demo: TalksDemo): Promise<void> {
	const plugin = await loadPlugin(ConferenceTalksPlugin, app, MANIFEST, { userEnable: true });
	demo.plugin = plugin;
	await app.layoutReady();
	// The composition root keeps its services private; the demo reads them to know when indexing is done.
	const services = (plugin as unknown as { services: TalksServices }).services;
	await new Promise<void>((resolve) => {
		const done = () => services.indexer.status.state === 'ready' || services.indexer.status.state === 'error';
		if (done()) return resolve();
		const off = services.indexer.onStatusChange(() => {
			if (!done()) return;
			off();
			resolve();
		});
	});
	const path = data.open || services.index.talks()[0]?.file || app.vault.getMarkdownFiles()[0]?.path;
	const file = path ? app.vault.getFileByPath(path) : null;
	if (file) await app.workspace.getLeaf(false).openFile(file);
	app.commands.executeCommandById(`${MANIFEST.id}:open-talks`);
	await new Promise((resolve) => window.setTimeout(resolve, 0));
}

window.__talksDemo = start();
