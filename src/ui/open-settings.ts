/**
 * Opens the plugin's settings tab. Obsidian has no public API for it: `app.setting` is internal
 * (present since 0.9, used by many plugins), so this one adapter guards every step and reports
 * a notice the user can act on when it is missing.
 */
import { Notice, type App } from 'obsidian';

interface SettingWindow {
	open?: () => void;
	openTabById?: (id: string) => unknown;
}

/** Opens Settings at this plugin's tab; true when it could. */
export function openPluginSettings(app: App, pluginId: string): boolean {
	const setting = (app as unknown as { setting?: SettingWindow }).setting;
	try {
		if (setting && typeof setting.openTabById === 'function') {
			if (typeof setting.open === 'function') setting.open();
			setting.openTabById(pluginId);
			return true;
		}
	} catch (error) {
		console.error('Conference talks: could not open the settings', error);
	}
	new Notice('Open the settings, then this plugin\'s tab.');
	return false;
}
