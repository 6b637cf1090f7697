/** `View` and `ItemView` with Obsidian's DOM: containerEl > .view-header + .view-content (= contentEl). */
import type { ViewStateResult } from 'obsidian';
import { Component } from './component';
import type { App } from './app-class';
import { Scope } from './keymap';
import type { Menu } from './menu';
import { setIcon } from './misc';
import type { WorkspaceLeaf } from './workspace-leaf';

/** Base of every view a leaf can hold. */
export abstract class View extends Component {
	app: App;
	icon = 'document';
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv('workspace-leaf-content');
	}

	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}
	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
	onPaneMenu(_menu: Menu, _source: string): void {}

	/** Fake-internal: what WorkspaceLeaf.open does with a new view. */
	async _open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.setAttr('data-type', this.getViewType());
		parentEl.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	/** Fake-internal: what the leaf does with the view it replaces or detaches. */
	async _close(): Promise<void> {
		this.unload();
		await this.onClose();
		this.containerEl.detach();
	}
}

/** A view with a header (title, actions) and a content element. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	/** Fake-only: the header, its title and the actions container, as in Obsidian's DOM. */
	headerEl: HTMLElement;
	titleEl: HTMLElement;
	actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.headerEl = this.containerEl.createDiv('view-header');
		this.headerEl.createDiv('view-header-nav-buttons');
		this.titleEl = this.headerEl.createDiv('view-header-title-container').createDiv('view-header-title');
		this.actionsEl = this.headerEl.createDiv('view-actions');
		this.contentEl = this.containerEl.createDiv('view-content');
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.actionsEl.createEl('a', { cls: ['clickable-icon', 'view-action'], attr: { 'aria-label': title } });
		setIcon(el, icon);
		el.addEventListener('click', callback);
		return el;
	}

	async _open(parentEl: HTMLElement): Promise<void> {
		this.titleEl.setText(this.getDisplayText());
		await super._open(parentEl);
	}
}

/** The placeholder a restored leaf holds until it is revealed (Obsidian 1.7.2+). */
export class DeferredView extends View {
	constructor(leaf: WorkspaceLeaf, private readonly type: string, private readonly state: Record<string, unknown>) {
		super(leaf);
	}
	getViewType(): string {
		return this.type;
	}
	getDisplayText(): string {
		return this.type;
	}
	getState(): Record<string, unknown> {
		return this.state;
	}
}

/** The view of an empty leaf. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return 'empty';
	}
	getDisplayText(): string {
		return 'New tab';
	}
}
