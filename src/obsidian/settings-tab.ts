/**
 * The settings tab: the rows declared in settings-definitions.ts, rendered by Obsidian (1.13+)
 * or by settings-render.ts (older versions). Every change is saved and applied at once through
 * the settings store; the indexer re-parses only what a change affects.
 */
import { normalizePath, PluginSettingTab, type App, type Plugin, type Setting, type SettingDefinitionItem } from 'obsidian';
import { DEFAULT_SETTINGS } from '../core/settings';
import { readDailyNoteFormat } from './daily-notes-settings';
import { controlValue, settingDefinitions, settingsPatch } from './settings-definitions';
import { renderSettingDefinitions } from './settings-render';
import type { SettingsStore } from './settings-store';

/** The plugin's settings tab. */
export class TalksSettingTab extends PluginSettingTab {
	private applyPending: () => void = () => {};

	constructor(app: App, plugin: Plugin, private readonly settings: SettingsStore) {
		super(app, plugin);
	}

	getSettingDefinitions(): SettingDefinitionItem[] {
		return settingDefinitions((setting) => void this.showDetected(setting));
	}

	getControlValue(key: string): unknown {
		return controlValue(this.settings.get(), key);
	}

	setControlValue(key: string, value: unknown): Promise<void> {
		const patch = settingsPatch(key, value, normalizePath);
		return patch ? this.settings.update(patch) : Promise.resolve();
	}

	/** Obsidian before 1.13: the same rows, rendered with Setting. */
	display(): void {
		this.containerEl.empty();
		this.applyPending = renderSettingDefinitions(this.containerEl, this.getSettingDefinitions(), {
			get: (key) => this.getControlValue(key),
			set: (key, value) => void this.setControlValue(key, value),
		});
	}

	hide(): void {
		// Leaving the tab applies what was typed last.
		this.applyPending();
		super.hide();
	}

	/** Shows Obsidian's own daily-note settings (without this plugin's overrides), read when the row is shown. */
	private async showDetected(setting: Setting): Promise<void> {
		setting.setDesc('Reading the daily notes settings…');
		const daily = await readDailyNoteFormat(this.app.vault, DEFAULT_SETTINGS);
		setting.setDesc(`From Obsidian: folder ${daily.folder === '' ? '(vault root)' : daily.folder}, date format ${daily.format}.`);
	}
}
