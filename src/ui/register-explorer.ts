/** Registers the Talks explorer: its view type, the ribbon icon, the "Open talks" command and the line flash. */
import type { Plugin } from 'obsidian';
import { flashLinesExtension } from '../editor/flash-lines';
import type { TalksServices } from '../obsidian/services';
import { EXPLORER_ICON, ExplorerView, VIEW_TYPE_EXPLORER } from './explorer-view';
import { revealExplorer } from './reveal-explorer';

/** Everything the explorer adds to Obsidian; main.ts calls this once in onload. */
export function registerExplorer(plugin: Plugin, services: Pick<TalksServices, 'index' | 'indexer' | 'settings'>): void {
	const deps = { services, pluginId: plugin.manifest.id };
	plugin.registerView(VIEW_TYPE_EXPLORER, (leaf) => new ExplorerView(leaf, deps));
	plugin.addRibbonIcon(EXPLORER_ICON, 'Open talks', () => {
		void revealExplorer(plugin.app);
	});
	plugin.addCommand({
		id: 'open-talks',
		name: 'Open talks',
		callback: () => {
			void revealExplorer(plugin.app);
		},
	});
	// openTalk flashes the talk's lines through this field; without it the flash is skipped.
	plugin.registerEditorExtension(flashLinesExtension());
}
