/**
 * The Talks explorer's ItemView. It owns lifecycle only: state (saved through getState/setState),
 * subscriptions, and when to draw. Drawing is renderExplorer's job, from a screen model built
 * by buildExplorerScreen. It draws only when shown and only when the index revision, the
 * indexer's status or its own state changed since the last draw.
 */
import { Component, ItemView, MarkdownRenderer, debounce, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import type { TalkFilters } from '../core/index/index-api';
import { onCursorTalk } from '../obsidian/cursor-talk';
import type { TalksServices } from '../obsidian/services';
import { findDailyNotes } from './daily-notes-info';
import { buildExplorerScreen } from './explorer-screen';
import { DEFAULT_STATE, PAGE_SIZE, readState, writeState, type ExplorerState } from './explorer-state';
import { explorerHandlers, type ExplorerHost } from './explorer-view-handlers';
import { renderExplorer, searchInputOf } from './render-explorer';
import { markCursorRow } from './cursor-row';
import { focusRowById } from './roving-focus';
import type { DailyNotesInfo, ExplorerScreen } from './screen-types';

/** The view type (also the key of its saved state in the workspace). */
export const VIEW_TYPE_EXPLORER = 'conference-talks-explorer';

/** The icon of the view, its ribbon button and its tab. */
export const EXPLORER_ICON = 'presentation';

/** What the view needs: the services and the plugin's id (for its settings tab). */
export interface ExplorerDeps {
	readonly services: Pick<TalksServices, 'index' | 'indexer' | 'settings'>;
	readonly pluginId: string;
}

/** What other features may ask the explorer to show (see revealExplorer). */
export interface ExplorerRequest {
	readonly filters?: TalkFilters;
	readonly query?: string;
	readonly focusTalkId?: string;
}

/** The Talks sidebar. */
export class ExplorerView extends ItemView implements ExplorerHost {
	/** The last screen drawn (focusTalk reads it; so do tests). */
	lastScreen: ExplorerScreen | null = null;
	state: ExplorerState = DEFAULT_STATE;
	limit = PAGE_SIZE;
	diagnosticsOpen = false;
	/** Renders of markdown notes live as long as one draw. */
	private notesScope: Component | null = null;
	private drawnKey = '';
	/** Set when the view's own state changed since the last draw (it may be hidden then). */
	private stale = true;
	private daily: { key: string; info?: DailyNotesInfo } = { key: '' };
	/** The talk the editor's cursor is in (follow cursor), marked in the list. */
	private cursorTalkId: string | null = null;
	private readonly handlers = explorerHandlers(this);
	/** Index changes come in bursts while indexing: draw at most every 50 ms. */
	private readonly soon = debounce(() => this.draw(), 50);
	/** Typing searches after 100 ms of quiet. */
	readonly typed = debounce((query: string) => this.update({ query }), 100, true);

	constructor(leaf: WorkspaceLeaf, readonly deps: ExplorerDeps) {
		super(leaf);
		this.icon = EXPLORER_ICON;
	}

	getViewType(): string {
		return VIEW_TYPE_EXPLORER;
	}

	getDisplayText(): string {
		return 'Talks';
	}

	protected async onOpen(): Promise<void> {
		const { index, indexer } = this.deps.services;
		this.register(index.onChange(() => this.soon()));
		this.register(indexer.onStatusChange(() => this.soon()));
		// A sidebar tab that becomes visible, or a sidebar that expands, fires these.
		this.registerEvent(this.app.workspace.on('layout-change', () => this.draw()));
		this.registerEvent(onCursorTalk(this.app.workspace, (event) => this.followCursor(event.talkId)));
		this.draw();
		return Promise.resolve();
	}

	protected async onClose(): Promise<void> {
		this.soon.cancel();
		this.typed.cancel();
		if (this.notesScope) this.removeChild(this.notesScope);
		this.notesScope = null;
		return Promise.resolve();
	}

	onResize(): void {
		this.draw();
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), ...writeState(this.state) };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.state = readState(state);
		this.draw(true);
		await super.setState(state, result);
	}

	/** Applies a change of the explorer's own state, saves it with the workspace and draws. */
	update(patch: Partial<ExplorerState>, options: { keepLimit?: boolean } = {}): void {
		if (patch.query !== undefined || patch.filters !== undefined || patch.group !== undefined) {
			if (!options.keepLimit) this.limit = PAGE_SIZE;
		}
		if (patch.query !== undefined) this.typed.cancel();
		this.state = { ...this.state, ...patch };
		this.app.workspace.requestSaveLayout();
		this.draw(true);
	}

	/** Shows what another feature asks for: replaces query and filters, then focuses a talk's row. */
	show(request: ExplorerRequest): void {
		const f = request.filters ?? {};
		this.update({
			query: request.query ?? '',
			filters: { speakers: [...(f.speakers ?? [])], topics: [...(f.topics ?? [])], conferences: [...(f.conferences ?? [])], kinds: [...(f.kinds ?? [])] },
		});
		if (request.focusTalkId) this.focusTalk(request.focusTalkId);
	}

	/** Draws more rows until the talk's row is drawn, then focuses it. False when the talk is not listed. */
	focusTalk(talkId: string): boolean {
		const has = (screen: ExplorerScreen | null) => screen?.groups.some((g) => g.rows.some((r) => r.talk.id === talkId)) ?? false;
		while (this.lastScreen && !has(this.lastScreen) && this.lastScreen.shownRows < this.lastScreen.totalRows) {
			const before = this.lastScreen;
			this.limit += PAGE_SIZE;
			this.draw(true);
			// Hidden views do not draw: stop rather than grow the limit forever.
			if (this.lastScreen === before) break;
		}
		return focusRowById(this.contentEl, talkId);
	}

	/** Focuses the search field. */
	focusSearch(): void {
		searchInputOf(this.contentEl)?.focus();
	}

	/** Renders a talk's notes as markdown; embeds and links resolve from the talk's note. */
	renderNotes(el: HTMLElement, talkId: string): void {
		const talk = this.deps.services.index.talk(talkId);
		if (!talk || !this.notesScope) return;
		MarkdownRenderer.render(this.app, talk.notes, el, talk.file, this.notesScope).catch((error: unknown) => {
			console.error('Conference talks: could not render the notes of a talk', error);
			el.setText(talk.notes);
		});
	}

	/** Draws when shown and something changed (`force`: the view's own state changed). */
	draw(force = false): void {
		if (force) this.stale = true;
		if (!this.contentEl.isShown()) return;
		const { index, indexer } = this.deps.services;
		const key = `${index.revision}|${JSON.stringify(indexer.status)}|${this.daily.info?.count ?? ''}`;
		if (!this.stale && key === this.drawnKey) return;
		this.drawnKey = key;
		this.stale = false;
		this.soon.cancel();
		this.checkDailyNotes();
		if (this.notesScope) this.removeChild(this.notesScope);
		this.notesScope = this.addChild(new Component());
		const screen = buildExplorerScreen(index, this.state, { status: indexer.status, limit: this.limit, daily: this.daily.info, diagnosticsOpen: this.diagnosticsOpen });
		this.lastScreen = screen;
		renderExplorer(this.contentEl, screen, this.handlers);
		markCursorRow(this.contentEl, this.cursorTalkId, false);
	}

	/** The editor's cursor entered a talk (or left every talk: null). */
	followCursor(talkId: string | null): void {
		const next = this.deps.services.settings.get().followCursor ? talkId : null;
		if (next === this.cursorTalkId) return;
		this.cursorTalkId = next;
		markCursorRow(this.contentEl, this.cursorTalkId, true);
	}

	/** With no talks at all, looks (once per revision and settings) for daily notes, to say why. */
	private checkDailyNotes(): void {
		const { index, indexer, settings } = this.deps.services;
		if (index.talks().length > 0 || indexer.status.state !== 'ready') return;
		const key = `${index.revision}|${JSON.stringify(settings.get())}`;
		if (this.daily.key === key) return;
		this.daily = { key };
		findDailyNotes(this.app, settings.get())
			.then((info) => {
				if (this.daily.key !== key) return;
				this.daily = { key, info };
				this.draw(true);
			})
			.catch((error: unknown) => console.error('Conference talks: could not look for daily notes', error));
	}
}
