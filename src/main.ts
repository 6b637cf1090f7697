import { Plugin } from 'obsidian';
import { mergeSettings } from './core/settings';
import { createServices, type TalksServices } from './obsidian/services';
import { PluginSettingsStore } from './obsidian/settings-store';
import { TalksSettingTab } from './obsidian/settings-tab';
import { registerExplorer } from './ui/register-explorer';
import { revealExplorer } from './ui/reveal-explorer';
import { registerCommands } from './obsidian/commands';
import { registerTalkLinks } from './obsidian/links';
import { registerTalkHover } from './obsidian/hover';
import { registerTalksCodeBlock } from './ui/code-block';
import { registerTalksEditor } from './editor/register-talks-editor';

/** Composition root: builds the services and registers them; nothing else lives here. */
export default class ConferenceTalksPlugin extends Plugin {
	private services: TalksServices | null = null;

	async onload(): Promise<void> {
		const settings = new PluginSettingsStore(mergeSettings(await this.loadData()), (s) => this.saveData(s));
		const { services, indexer } = createServices(this.app, settings);
		this.services = services;
		this.addChild(indexer);
		this.addSettingTab(new TalksSettingTab(this.app, this, settings));

		// Registrations: one line each (view, commands, obsidian:// links, editor marks).
		registerExplorer(this, services);
		registerCommands(this, services);
		registerTalkLinks(this, services);
		registerTalkHover(this);
		registerTalksCodeBlock(this, services);
		registerTalksEditor(this, services);

		// No file is read before the layout is ready (the vault fires `create` for every file while loading).
		this.app.workspace.onLayoutReady(() => void indexer.start());
	}

	/** The user just turned the plugin on: show the Talks sidebar once (never on ordinary start-ups). */
	onUserEnable(): void {
		void revealExplorer(this.app);
	}

	/** data.json changed on disk (sync from another device): apply it without a restart. */
	async onExternalSettingsChange(): Promise<void> {
		this.services?.settings.reload(await this.loadData());
	}
}
