/**
 * Shows the Talks explorer, from the ribbon, the "Open talks" command, links and other
 * commands. One explorer only: an existing leaf of the type is reused wherever the user put
 * it; otherwise one is made in the right sidebar. Restored leaves are deferred since
 * Obsidian 1.7.2, so the view is only used after `revealLeaf` loaded it.
 */
import type { App } from 'obsidian';
import { ExplorerView, VIEW_TYPE_EXPLORER, type ExplorerRequest } from './explorer-view';

/** What to show: filters and query replace the current ones; a focused talk's row gets the focus. */
export type RevealOptions = ExplorerRequest;

/** Opens (or reveals) the explorer and applies the request; null when the view could not load. */
export async function revealExplorer(app: App, options: RevealOptions = {}): Promise<ExplorerView | null> {
	const workspace = app.workspace;
	const leaf = workspace.getLeavesOfType(VIEW_TYPE_EXPLORER)[0] ?? (await workspace.ensureSideLeaf(VIEW_TYPE_EXPLORER, 'right', { active: true, reveal: true }));
	await workspace.revealLeaf(leaf);
	const view = leaf.view;
	if (!(view instanceof ExplorerView)) return null;
	workspace.setActiveLeaf(leaf, { focus: true });
	const focusTalkId = options.focusTalkId;
	if (options.filters !== undefined || options.query !== undefined) view.show(options);
	// Keep the user's filters when the talk is among their results; otherwise show everything.
	else if (focusTalkId) {
		if (!view.focusTalk(focusTalkId)) view.show({ focusTalkId });
	} else view.focusSearch();
	return view;
}
