/**
 * The parts of Obsidian's window the fake leaves blank, drawn for the demo: tab headers over
 * each tab group (icon and title in the main area, icons only in the sidebars, as Obsidian
 * shows them) and a title bar. Redrawn on every layout change; a click selects the tab.
 */
import { setIcon } from 'obsidian';
import type { FakeApp } from '../fakes/app';
import type { WorkspaceLeaf } from '../fakes/parts/workspace-leaf';

/** Keeps the tab headers in step with the workspace. */
export function drawWorkspaceChrome(app: FakeApp, vaultName: string): void {
	const workspace = app.workspace as unknown as { containerEl: HTMLElement; rootSplit: { containerEl: HTMLElement }; allLeaves(): WorkspaceLeaf[]; activeLeaf: WorkspaceLeaf | null };
	const title = workspace.containerEl.ownerDocument.body.createDiv({ cls: 'titlebar', prepend: true });
	title.createDiv({ cls: 'titlebar-text', text: `${vaultName} - Obsidian` });
	const redraw = () => {
		const groups = new Map<HTMLElement, WorkspaceLeaf[]>();
		for (const leaf of workspace.allLeaves()) {
			const list = groups.get(leaf.parent.containerEl) ?? [];
			list.push(leaf);
			groups.set(leaf.parent.containerEl, list);
		}
		for (const [groupEl, leaves] of groups) {
			const header = groupEl.querySelector<HTMLElement>(':scope > .workspace-tab-header-container');
			if (!header) continue;
			const inMain = workspace.rootSplit.containerEl.contains(groupEl);
			header.empty();
			const tabs = header.createDiv('workspace-tab-header-container-inner');
			const selected = leaves[leaves[0].parent.currentTab] ?? leaves[0];
			for (const leaf of leaves) {
				const tab = tabs.createDiv({ cls: leaf === selected ? ['workspace-tab-header', 'is-active'] : 'workspace-tab-header', attr: { 'aria-label': leaf.getDisplayText() } });
				if (leaf === workspace.activeLeaf) tab.addClass('mod-active');
				const inner = tab.createDiv('workspace-tab-header-inner');
				setIcon(inner.createDiv('workspace-tab-header-inner-icon'), leaf.getIcon());
				if (inMain) inner.createDiv({ cls: 'workspace-tab-header-inner-title', text: leaf.getDisplayText() });
				tab.addEventListener('click', () => app.workspace.setActiveLeaf(leaf as never, { focus: true }));
			}
		}
	};
	app.workspace.on('layout-change', redraw);
	app.workspace.on('active-leaf-change', redraw);
	app.workspace.on('file-open', redraw);
	redraw();
}
