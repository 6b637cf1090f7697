/**
 * `Plugin`: everything it registers is undone on unload. Commands are stored as
 * `<manifest.id>:<id>` with the name prefixed by the plugin name; data lives in
 * `<configDir>/plugins/<id>/data.json` on the vault adapter (JSON round trip).
 */
import type { Command, PluginManifest } from 'obsidian';
import type { App } from './app-class';
import { Component } from './component';
import type { CodeBlockProcessor } from './markdown-renderer';
import { setIcon, setTooltip } from './misc';
import type { PluginSettingTab } from './setting';
import type { View } from './view';
import type { WorkspaceLeaf } from './workspace-leaf';

/** A community plugin. */
export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	onload(): Promise<void> | void {}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.workspace.leftRibbon.containerEl.createDiv({ cls: ['side-dock-ribbon-action', 'clickable-icon'], attr: { 'aria-label': title } });
		setIcon(el, icon);
		setTooltip(el, title);
		el.addEventListener('click', (evt) => void callback(evt));
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv('status-bar-item');
		el.addClass(`plugin-${this.manifest.id}`);
		this.register(() => el.detach());
		return el;
	}

	addCommand(command: Command): Command {
		const full: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.app.commands.addCommand(full);
		this.register(() => this.app.commands.removeCommand(full.id));
		return full;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.setting.addPluginTab(settingTab);
		this.register(() => this.app.setting.removePluginTab(settingTab));
	}

	registerView(type: string, viewCreator: (leaf: WorkspaceLeaf) => View): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => this.app.viewRegistry.unregisterView(type));
	}

	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.app.workspace.hoverLinkSources.set(id, info);
		this.register(() => this.app.workspace.hoverLinkSources.delete(id));
	}

	registerExtensions(extensions: string[], viewType: string): void {
		for (const ext of extensions) this.app.viewRegistry.extensions.set(ext, viewType);
		this.register(() => extensions.forEach((ext) => this.app.viewRegistry.extensions.delete(ext)));
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockProcessor, sortOrder?: number): CodeBlockProcessor & { sortOrder?: number } {
		this.app._codeBlockProcessors.set(language, handler);
		this.register(() => this.app._codeBlockProcessors.delete(language));
		const processor = handler as CodeBlockProcessor & { sortOrder?: number };
		if (sortOrder !== undefined) processor.sortOrder = sortOrder;
		return processor;
	}

	/** Collected in `app.workspace.editorExtensions` (the array is kept by reference, as Obsidian does). */
	registerEditorExtension(extension: unknown): void {
		this.app.workspace.editorExtensions.push(extension);
		this.app.workspace.updateOptions();
		this.register(() => {
			const list = this.app.workspace.editorExtensions;
			const i = list.indexOf(extension);
			if (i >= 0) list.splice(i, 1);
			this.app.workspace.updateOptions();
		});
	}

	registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string> & { action: string }) => unknown): void {
		this.app.protocolHandlers.set(action, handler);
		this.register(() => {
			if (this.app.protocolHandlers.get(action) === handler) this.app.protocolHandlers.delete(action);
		});
	}

	async loadData(): Promise<unknown> {
		const path = this.dataPath();
		if (!(await this.app.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}

	private dataPath(): string {
		return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
	}
}
