/** The explorer's callbacks: state transitions and navigation, over a narrow host (the view). */
import type { App } from 'obsidian';
import type { TalkIndexApi } from '../core/index/index-api';
import { openLinkFrom, openNoteAt, openTalk } from '../obsidian/navigate';
import type { ExplorerHandlers } from './explorer-handlers';
import { addFilter, NO_FILTERS, PAGE_SIZE, removeFilter, toggleExpanded, type ExplorerState } from './explorer-state';
import { openPluginSettings } from './open-settings';

/** What the handlers need from the view. */
export interface ExplorerHost {
	readonly app: App;
	readonly state: ExplorerState;
	limit: number;
	diagnosticsOpen: boolean;
	readonly deps: { readonly services: { readonly index: TalkIndexApi }; readonly pluginId: string };
	/** Debounced search. */
	typed(query: string): void;
	update(patch: Partial<ExplorerState>, options?: { keepLimit?: boolean }): void;
	draw(force?: boolean): void;
	renderNotes(el: HTMLElement, talkId: string): void;
}

/** Handlers bound to one view. */
export function explorerHandlers(host: ExplorerHost): ExplorerHandlers {
	const index = () => host.deps.services.index;
	return {
		onQuery: (query, immediate) => (immediate ? host.update({ query }) : host.typed(query)),
		onGroup: (group) => host.update({ group }),
		onAddFilter: (kind, value) => host.update({ filters: addFilter(host.state.filters, kind, value) }),
		onRemoveFilter: (kind, value) => host.update({ filters: removeFilter(host.state.filters, kind, value) }),
		onClearFilters: () => host.update({ filters: NO_FILTERS }),
		onToggleRow: (talkId) => host.update(toggleExpanded(host.state, talkId), { keepLimit: true }),
		onOpenTalk: (talkId) => {
			const talk = index().talk(talkId);
			if (talk) void openTalk(host.app, talk);
		},
		onOpenFile: (path, line) => void openNoteAt(host.app, path, line),
		onOpenLink: (link, sourcePath) => void openLinkFrom(host.app, link, sourcePath),
		onShowMore: () => {
			host.limit += PAGE_SIZE;
			host.draw(true);
		},
		onToggleDiagnostics: () => {
			host.diagnosticsOpen = !host.diagnosticsOpen;
			host.draw(true);
		},
		onOpenSettings: () => openPluginSettings(host.app, host.deps.pluginId),
		renderNotes: (el, talkId) => host.renderNotes(el, talkId),
	};
}
