/**
 * `Workspace`: main area plus left and right sidebars, the active leaf, `onLayoutReady`, and
 * restored (deferred) leaves via `changeLayout`. Fires `active-leaf-change`, `file-open` and
 * `layout-change` like Obsidian.
 */
import type { OpenViewState, ViewState } from 'obsidian';
import type { App } from './app-class';
import { Events } from './events';
import { TFile } from './files';
import { debounce, type FakeDebouncer } from './misc';
import type { View } from './view';
import { MarkdownView } from './view-markdown';
import { WorkspaceRibbon, WorkspaceRoot, WorkspaceSidedock, type WorkspaceSplit } from './workspace-items';
import { WorkspaceLeaf } from './workspace-leaf';

/** One leaf in a saved layout: what `getLayout` returns and `changeLayout` restores. */
export interface FakeLeafLayout {
	type: string;
	state?: Record<string, unknown>;
}

/** A saved layout (fake format, per area). */
export interface FakeLayout {
	main?: FakeLeafLayout[];
	left?: FakeLeafLayout[];
	right?: FakeLeafLayout[];
}

/** The workspace. */
export class Workspace extends Events {
	containerEl: HTMLElement;
	leftSplit: WorkspaceSidedock;
	rightSplit: WorkspaceSidedock;
	rootSplit: WorkspaceRoot;
	leftRibbon = new WorkspaceRibbon();
	rightRibbon = new WorkspaceRibbon();
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady = false;
	requestSaveLayout: FakeDebouncer<[], Promise<void>>;
	/** Fake-only: editor extensions registered by plugins (the demo's CodeMirror editor reads them). */
	editorExtensions: unknown[] = [];
	/** Fake-only: hover link sources registered by plugins. */
	hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
	/** Fake-only: the last layout saved by `requestSaveLayout`. */
	savedLayout: FakeLayout | null = null;
	private layoutReadyCallbacks: (() => unknown)[] = [];
	private lastActiveFile: TFile | null = null;
	private clock = 0;

	constructor(private readonly app: App) {
		super();
		this.containerEl = createDiv('workspace');
		this.leftSplit = new WorkspaceSidedock(null, this, 'mod-left-split');
		this.rootSplit = new WorkspaceRoot(null, this, 'mod-root');
		this.rightSplit = new WorkspaceSidedock(null, this, 'mod-right-split');
		this.containerEl.append(this.leftRibbon.containerEl, this.leftSplit.containerEl, this.rootSplit.containerEl, this.rightSplit.containerEl, this.rightRibbon.containerEl);
		this.requestSaveLayout = debounce(async () => {
			this.savedLayout = this.getLayout();
			return Promise.resolve();
		}, 100, true);
	}

	/** The active editor: the active leaf's MarkdownView, if it is one. */
	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutReadyCallbacks.push(callback);
	}

	/** Fake-internal: marks the layout ready and runs the queued callbacks, in order. */
	_setLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const cb of this.layoutReadyCallbacks.splice(0)) {
			try {
				cb();
			} catch (e) {
				console.error(e);
			}
		}
	}

	getLayout(): Record<string, unknown> {
		const area = (split: WorkspaceSplit) => this.leavesIn(split).map((l) => ({ type: l.view.getViewType(), state: l.view.getState() }));
		return { main: area(this.rootSplit), left: area(this.leftSplit), right: area(this.rightSplit) };
	}

	/** Replaces the layout; restored leaves hold a DeferredView until revealed (Obsidian 1.7.2+). */
	async changeLayout(layout: FakeLayout): Promise<void> {
		for (const leaf of this.allLeaves()) leaf.detach();
		const restore = (split: WorkspaceSplit, leaves: FakeLeafLayout[] = []) => {
			for (const l of leaves) this.newLeafIn(split, false)._defer(l.type, l.state ?? {});
		};
		restore(this.rootSplit, layout.main);
		restore(this.leftSplit, layout.left);
		restore(this.rightSplit, layout.right);
		this.trigger('layout-change');
		return Promise.resolve();
	}

	getLeaf(newLeaf?: 'tab' | 'split' | 'window' | boolean): WorkspaceLeaf {
		if (!newLeaf) return this.getUnpinnedLeaf();
		if (newLeaf === 'split') {
			const leaf = new WorkspaceLeaf(this.app);
			this.rootSplit.addGroup().insertLeaf(leaf);
			this.trigger('layout-change');
			return leaf;
		}
		const group = this.activeLeaf && this.activeLeaf.getRoot() === this.rootSplit ? this.activeLeaf.parent : this.rootSplit.firstGroup();
		const leaf = new WorkspaceLeaf(this.app);
		group.insertLeaf(leaf);
		this.trigger('layout-change');
		return leaf;
	}

	/** The active main-area leaf if unpinned, else the most recent unpinned main-area leaf, else a new one. Never a sidebar leaf. */
	getUnpinnedLeaf(): WorkspaceLeaf {
		const active = this.activeLeaf;
		if (active && active.getRoot() === this.rootSplit && !active.isPinned()) return active;
		const recent = this.leavesIn(this.rootSplit)
			.filter((l) => !l.isPinned())
			.sort((a, b) => b.activeTime - a.activeTime)[0];
		return recent ?? this.newLeafIn(this.rootSplit, false);
	}

	getMostRecentLeaf(root: WorkspaceSplit = this.rootSplit): WorkspaceLeaf | null {
		return this.leavesIn(root).sort((a, b) => b.activeTime - a.activeTime)[0] ?? null;
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf | null {
		return this.newLeafIn(this.leftSplit, split);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf | null {
		return this.newLeafIn(this.rightSplit, split);
	}

	/** Returns the sidebar's leaf of this type, or creates one; reveals it unless `reveal: false`. */
	async ensureSideLeaf(type: string, side: 'left' | 'right', options: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const split = side === 'left' ? this.leftSplit : this.rightSplit;
		let leaf = this.leavesIn(split).find((l) => l.view.getViewType() === type);
		if (!leaf) {
			leaf = this.newLeafIn(split, options.split ?? false);
			await leaf.setViewState({ type, state: options.state, active: options.active });
		} else if (options.active) {
			this.setActiveLeaf(leaf, { focus: true });
		}
		if (options.reveal ?? true) await this.revealLeaf(leaf);
		return leaf;
	}

	/** Loads a deferred view, expands its sidebar and selects its tab. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
		const root = leaf.getRoot();
		if (root instanceof WorkspaceSidedock && root.collapsed) root.expand();
		leaf.parent.selectTab(leaf);
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		if (!leaf.attached) return;
		leaf.activeTime = ++this.clock;
		leaf.parent.selectTab(leaf);
		if (this.activeLeaf === leaf) return;
		this.activeLeaf?.containerEl.removeClass('mod-active');
		this.activeLeaf = leaf;
		leaf.containerEl.addClass('mod-active');
		this.trigger('active-leaf-change', leaf);
		this._activeViewChanged(leaf);
	}

	/** Fake-internal: the active leaf now shows another view or file; fires `file-open` for files. */
	_activeViewChanged(leaf: WorkspaceLeaf): void {
		const file = leaf._file();
		if (file && file !== this.lastActiveFile) {
			this.lastActiveFile = file;
			this.trigger('file-open', file);
		}
	}

	/** Fake-internal: bookkeeping after a leaf is detached. */
	_leafDetached(leaf: WorkspaceLeaf): void {
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			const next = this.getMostRecentLeaf();
			if (next) this.setActiveLeaf(next);
			else this.trigger('active-leaf-change', null);
		}
		this.trigger('layout-change');
		this.requestSaveLayout();
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.allLeaves().find((l) => l.id === id) ?? null;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const file = this.activeLeaf?._file() ?? this.lastActiveFile;
		return file && this.app.vault.getFileByPath(file.path) === file ? file : null;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const l of this.leavesIn(this.rootSplit)) callback(l);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const l of this.allLeaves()) callback(l);
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.allLeaves().filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const l of this.getLeavesOfType(viewType)) l.detach();
	}

	getLastOpenFiles(): string[] {
		return this.lastActiveFile ? [this.lastActiveFile.path] : [];
	}

	/** Opens a link target in a main-area leaf; an unresolved link creates the note, as Obsidian does. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: 'tab' | 'split' | 'window' | boolean, openViewState?: OpenViewState): Promise<void> {
		const path = linktext.split('#')[0];
		let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file) file = await this.app.vault.create(path.endsWith('.md') ? path : `${path}.md`, '');
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	/** Tells editors that registered extensions changed (fake: fires `fake:editor-extensions`). */
	updateOptions(): void {
		this.trigger('fake:editor-extensions', this.editorExtensions);
	}

	/** Fake-internal: every attached leaf, sidebars included. */
	allLeaves(): WorkspaceLeaf[] {
		return [...this.leavesIn(this.leftSplit), ...this.leavesIn(this.rootSplit), ...this.leavesIn(this.rightSplit)];
	}

	/** Fake-internal: a view state for each leaf, for assertions. */
	leafStates(): ViewState[] {
		return this.allLeaves().map((l) => l.getViewState());
	}

	private leavesIn(split: WorkspaceSplit): WorkspaceLeaf[] {
		return split.groups().flatMap((g) => g.leaves());
	}

	private newLeafIn(split: WorkspaceSplit, newGroup: boolean): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		(newGroup ? split.addGroup() : split.firstGroup()).insertLeaf(leaf);
		this.trigger('layout-change');
		return leaf;
	}
}
