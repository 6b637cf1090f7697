/**
 * `App`: vault, metadata cache, workspace, keymap, plus the internal registries the fake needs to
 * model plugins honestly (commands, views, setting tabs, protocol handlers). Fake-only helpers:
 * `openUri`, `layoutReady`, `flush`.
 */
import type { Command, MarkdownView as RealMarkdownView } from 'obsidian';
import { Keymap, Scope } from './keymap';
import type { CodeBlockProcessor } from './markdown-renderer';
import { MetadataCache } from './metadata-cache';
import type { PluginSettingTab } from './setting';
import { TaskQueue, settle } from './task-queue';
import { Vault } from './vault';
import type { View } from './view';
import { MarkdownView } from './view-markdown';
import { Workspace } from './workspace';
import type { WorkspaceLeaf } from './workspace-leaf';

type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** View types by name (Obsidian's internal `app.viewRegistry`). */
export class ViewRegistry {
	/** File extension -> view type. */
	extensions = new Map<string, string>([['md', 'markdown']]);
	private creators = new Map<string, ViewCreator>();

	constructor(private readonly app: App) {
		this.creators.set('markdown', (leaf) => new MarkdownView(leaf));
	}

	registerView(type: string, creator: ViewCreator): void {
		if (this.creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.creators.set(type, creator);
	}

	/** Unregisters a type; open leaves of that type close their view and become empty (their state is lost). */
	unregisterView(type: string): void {
		this.creators.delete(type);
		for (const leaf of this.app.workspace.getLeavesOfType(type)) {
			if (!leaf.isDeferred) void leaf.setViewState({ type: 'empty' });
		}
	}

	getCreator(type: string): ViewCreator | undefined {
		return this.creators.get(type);
	}
}

/** The command registry (Obsidian's internal `app.commands`). */
export class Commands {
	commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	/** Commands the palette would list now (each checkCallback asked with `checking: true`). */
	listCommands(): Command[] {
		return Object.values(this.commands).filter((c) => this.run(c, true));
	}

	/** Runs a command as the palette would; false when it does not exist or is not available now. */
	executeCommandById(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		if (!this.run(command, true)) return false;
		this.run(command, false);
		return true;
	}

	private run(c: Command, checking: boolean): boolean {
		const view = this.app.workspace.activeEditor;
		if (c.editorCheckCallback) return view ? c.editorCheckCallback(checking, view.editor, view as unknown as RealMarkdownView) !== false : false;
		if (c.editorCallback) {
			if (!view) return false;
			if (!checking) void c.editorCallback(view.editor, view as unknown as RealMarkdownView);
			return true;
		}
		if (c.checkCallback) return c.checkCallback(checking) === true;
		if (c.callback) {
			if (!checking) void c.callback();
			return true;
		}
		return false;
	}
}

/** The settings window (Obsidian's internal `app.setting`): plugin tabs, one open at a time. */
export class SettingManager {
	pluginTabs: PluginSettingTab[] = [];
	activeTab: PluginSettingTab | null = null;
	containerEl: HTMLElement = createDiv('vertical-tab-content-container');

	addPluginTab(tab: PluginSettingTab): void {
		this.pluginTabs.push(tab);
	}

	removePluginTab(tab: PluginSettingTab): void {
		if (this.activeTab === tab) this.close();
		this.pluginTabs = this.pluginTabs.filter((t) => t !== tab);
	}

	/** Opens a plugin's tab: attaches its container and renders its definitions (1.13+), else calls `display()`. */
	openTabById(pluginId: string): PluginSettingTab | null {
		const tab = this.pluginTabs.find((t) => t.plugin.manifest.id === pluginId) ?? null;
		if (!tab) return null;
		this.close();
		this.activeTab = tab;
		if (!this.containerEl.isConnected) document.body.appendChild(this.containerEl);
		this.containerEl.appendChild(tab.containerEl);
		tab._render();
		return tab;
	}

	/** Leaves the tab: `hide()` is called, as when the user closes settings. */
	close(): void {
		const tab = this.activeTab;
		if (!tab) return;
		this.activeTab = null;
		tab.hide();
		tab.containerEl.detach();
	}
}

/** Options for a fake App. */
export interface FakeAppOptions {
	/** Vault name (also the IndexedDB-friendly `appId` unless `appId` is given). */
	vaultName?: string;
	appId?: string;
	/** Files in the config dir, by path relative to it: `{ 'daily-notes.json': '{"folder":"Daily"}' }`. */
	config?: Record<string, string>;
}

/** The app. */
export class App {
	keymap: Keymap;
	scope: Scope;
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	lastEvent: Event | null = null;
	/** Internal in Obsidian; the vault's id (used to name per-vault storage). */
	appId: string;
	commands: Commands;
	viewRegistry: ViewRegistry;
	setting = new SettingManager();
	/** Fake-internal: obsidian:// handlers by action. */
	protocolHandlers = new Map<string, (params: Record<string, string> & { action: string }) => unknown>();
	/** Fake-internal: code block processors by language. */
	_codeBlockProcessors = new Map<string, CodeBlockProcessor>();
	/** Fake-internal: the status bar. */
	statusBarEl: HTMLElement = createDiv('status-bar');
	/** Fake-internal: the metadata worker's queue (see `flush`). */
	readonly queue = new TaskQueue();
	private localStorage = new Map<string, unknown>();

	constructor(files: Record<string, string> = {}, options: FakeAppOptions = {}) {
		this.scope = new Scope();
		this.keymap = new Keymap(this.scope);
		this.vault = new Vault(options.vaultName ?? 'Test vault');
		this.appId = options.appId ?? (options.vaultName ?? 'test-vault').toLowerCase().replace(/[^a-z0-9]+/g, '-');
		for (const [path, content] of Object.entries(files)) {
			if (path.startsWith(`${this.vault.configDir}/`)) void this.vault.adapter.write(path, content);
			else this.vault._seed(path, content);
		}
		for (const [path, content] of Object.entries(options.config ?? {})) void this.vault.adapter.write(`${this.vault.configDir}/${path}`, content);
		this.metadataCache = new MetadataCache(this.vault, this.queue);
		this.workspace = new Workspace(this);
		this.commands = new Commands(this);
		this.viewRegistry = new ViewRegistry(this);
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	/**
	 * Fake-only: opens an `obsidian://action?k=v` URI as Obsidian does: the handler for `action` gets
	 * the decoded query plus `action` (a key without a value is `'true'`). Returns false when no handler.
	 */
	openUri(uri: string): boolean {
		const m = /^obsidian:\/\/([^?#/]+)\/?(?:\?([^#]*))?/.exec(uri);
		if (!m) return false;
		const action = decodeURIComponent(m[1]);
		const params: Record<string, string> & { action: string } = { action };
		for (const pair of (m[2] ?? '').split('&')) {
			if (!pair) continue;
			const eq = pair.indexOf('=');
			const key = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
			params[key] = eq < 0 ? 'true' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
		}
		params.action = action;
		const handler = this.protocolHandlers.get(action);
		if (!handler) return false;
		void handler(params);
		return true;
	}

	/**
	 * Fake-only: what Obsidian does when the vault has loaded: fires `create` for every file (to the
	 * handlers registered so far), then marks the layout ready and runs `onLayoutReady` callbacks.
	 */
	async layoutReady(): Promise<void> {
		if (this.workspace.layoutReady) return;
		for (const f of this.vault.getAllLoadedFiles()) if (f.parent) this.vault.trigger('create', f);
		this.workspace._setLayoutReady();
		await settle();
	}

	/** Fake-only: runs pending background work (metadata `changed`/`resolved`) and lets promises settle. */
	async flush(): Promise<void> {
		await this.queue.flush();
	}
}
