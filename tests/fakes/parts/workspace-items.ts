/**
 * The workspace tree: splits hold tab groups, tab groups hold leaves. Only the selected tab of a
 * group is shown, and a collapsed sidebar hides everything in it, so `el.isShown()` is honest.
 */
import { Events } from './events';
import type { Workspace } from './workspace';
import type { WorkspaceLeaf } from './workspace-leaf';

function rootOf(start: WorkspaceItem): WorkspaceItem {
	let item = start;
	while (item.parent) item = item.parent;
	return item;
}

/** Anything in the workspace tree. */
export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent | null;
	abstract containerEl: HTMLElement;

	getRoot(): WorkspaceItem {
		return rootOf(this);
	}

	getContainer(): WorkspaceItem {
		return this.getRoot();
	}
}

/** An item with children. */
export abstract class WorkspaceParent extends WorkspaceItem {
	/** Fake-internal: the children, in order. */
	children: WorkspaceItem[] = [];
}

/** A tab group: one leaf visible at a time. */
export class WorkspaceTabs extends WorkspaceParent {
	containerEl: HTMLElement;
	/** Fake-internal: the leaves' host. */
	tabContainerEl: HTMLElement;
	currentTab = 0;

	constructor(public parent: WorkspaceSplit) {
		super();
		this.containerEl = createDiv('workspace-tabs');
		this.containerEl.createDiv('workspace-tab-header-container');
		this.tabContainerEl = this.containerEl.createDiv('workspace-tab-container');
	}

	/** Fake-internal: the leaves of this group. */
	leaves(): WorkspaceLeaf[] {
		return this.children as WorkspaceLeaf[];
	}

	/** Fake-internal: adds a leaf (as the selected tab). */
	insertLeaf(leaf: WorkspaceLeaf): void {
		this.children.push(leaf);
		leaf.parent = this;
		this.tabContainerEl.appendChild(leaf.containerEl);
		this.selectTab(leaf);
	}

	/** Fake-internal: removes a leaf; the previous tab becomes the selected one. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const i = this.children.indexOf(leaf);
		if (i < 0) return;
		this.children.splice(i, 1);
		leaf.containerEl.detach();
		if (this.children.length) this.selectTab(this.children[Math.max(0, Math.min(i, this.children.length - 1))] as WorkspaceLeaf);
	}

	/** Fake-internal: shows one leaf and hides the others. */
	selectTab(leaf: WorkspaceLeaf): void {
		this.currentTab = Math.max(0, this.children.indexOf(leaf));
		for (const l of this.leaves()) l.containerEl.toggle(l === leaf);
	}
}

/** A split: a column of tab groups. */
export class WorkspaceSplit extends WorkspaceParent {
	containerEl: HTMLElement;

	constructor(public parent: WorkspaceParent | null, readonly workspace: Workspace, cls: string) {
		super();
		this.containerEl = createDiv({ cls: ['workspace-split', cls] });
	}

	/** Fake-internal: the tab groups of this split. */
	groups(): WorkspaceTabs[] {
		return this.children as WorkspaceTabs[];
	}

	/** Fake-internal: adds a new, empty tab group. */
	addGroup(): WorkspaceTabs {
		const tabs = new WorkspaceTabs(this);
		this.children.push(tabs);
		this.containerEl.appendChild(tabs.containerEl);
		return tabs;
	}

	/** Fake-internal: the first tab group, created when there is none. */
	firstGroup(): WorkspaceTabs {
		return this.groups()[0] ?? this.addGroup();
	}
}

/** The main area. */
export class WorkspaceRoot extends WorkspaceSplit {
	win: Window = window;
	doc: Document = document;
}

/** A sidebar. Collapsing hides its content. */
export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = false;

	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}
	collapse(): void {
		this.collapsed = true;
		this.containerEl.addClass('is-sidedock-collapsed');
		this.containerEl.hide();
		this.workspace.trigger('layout-change');
	}
	expand(): void {
		this.collapsed = false;
		this.containerEl.removeClass('is-sidedock-collapsed');
		this.containerEl.show();
		this.workspace.trigger('layout-change');
	}
}

/** A ribbon: icons added by plugins. */
export class WorkspaceRibbon {
	/** Fake-internal: the ribbon's element. */
	containerEl: HTMLElement = createDiv({ cls: ['workspace-ribbon', 'side-dock-actions'] });
}
