/** `WorkspaceLeaf`: holds one view; setViewState creates, reuses or replaces it through the view registry. */
import type { OpenViewState, ViewState } from 'obsidian';
import type { App } from './app-class';
import type { TFile } from './files';
import { DeferredView, EmptyView, type View } from './view';
import { FileView } from './view-markdown';
import { WorkspaceItem, type WorkspaceTabs } from './workspace-items';

let nextLeafId = 1;

/** A tab: one view at a time. */
export class WorkspaceLeaf extends WorkspaceItem {
	parent!: WorkspaceTabs;
	view: View;
	hoverPopover = null;
	containerEl: HTMLElement;
	/** Fake-internal: stable id (as `getLeafById` uses). */
	readonly id = `leaf-${nextLeafId++}`;
	/** Fake-internal: when it was last active (for getMostRecentLeaf). */
	activeTime = 0;
	/** Fake-internal: false once detached. */
	attached = true;
	private pinned = false;
	private group: string | null = null;

	constructor(readonly app: App) {
		super();
		this.containerEl = createDiv('workspace-leaf');
		this.view = new EmptyView(this);
		this.view.containerEl.setAttr('data-type', 'empty');
		this.containerEl.appendChild(this.view.containerEl);
	}

	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	async loadIfDeferred(): Promise<void> {
		if (this.view instanceof DeferredView) await this.setViewState({ type: this.view.getViewType(), state: this.view.getState() });
	}

	/** Fake-internal: makes this a restored leaf whose view loads on reveal. */
	_defer(type: string, state: Record<string, unknown>): void {
		void this.view._close();
		this.view = new DeferredView(this, type, state);
		this.view.containerEl.setAttr('data-type', type);
		this.containerEl.appendChild(this.view.containerEl);
	}

	async open(view: View): Promise<View> {
		const old = this.view;
		this.view = view;
		await old._close();
		await view._open(this.containerEl);
		return view;
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const ws = this.app.workspace;
		const creator = this.app.viewRegistry.getCreator(viewState.type);
		if (this.view.getViewType() !== viewState.type || this.isDeferred || !this.view._loaded) {
			const view = creator ? creator(this) : new EmptyView(this);
			await this.open(view);
		}
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (eState !== undefined) this.view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		if (viewState.active) ws.setActiveLeaf(this, { focus: true });
		else if (ws.activeLeaf === this) ws._activeViewChanged(this);
		ws.trigger('layout-change');
		ws.requestSaveLayout();
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = file.extension === 'md' ? 'markdown' : file.extension;
		await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true }, openState?.eState);
	}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		if (pinned === this.pinned) return;
		this.pinned = pinned;
		this.trigger('pinned-change', pinned);
	}

	/** Fake-internal: whether the leaf is pinned. */
	isPinned(): boolean {
		return this.pinned;
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger('group-change', group);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		this.setGroup(other.group ?? other.id);
	}

	detach(): void {
		if (!this.attached) return;
		this.attached = false;
		void this.view._close();
		this.parent.removeLeaf(this);
		this.app.workspace._leafDetached(this);
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}

	/** Fake-internal: the file shown, when the view is a FileView. */
	_file(): TFile | null {
		return this.view instanceof FileView ? this.view.file : null;
	}
}
