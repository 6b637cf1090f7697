/**
 * Render-function test helpers: an index over the seed note (plus more), a screen built from
 * it, and handlers that record what the DOM asked for.
 */
import { TalkIndex } from '../../src/core/index/talk-index';
import type { NoteExtract } from '../../src/core/model';
import type { IndexStatus } from '../../src/obsidian/index-status';
import type { ExplorerHandlers } from '../../src/ui/explorer-handlers';
import { buildExplorerScreen, type ScreenContext } from '../../src/ui/explorer-screen';
import { DEFAULT_STATE, type ExplorerState } from '../../src/ui/explorer-state';
import { renderExplorer } from '../../src/ui/render-explorer';
import type { ExplorerScreen } from '../../src/ui/screen-types';
import { seedExtract } from '../core/index/seed-extract';

/** The indexer's status once done. */
export const READY: Extract<IndexStatus, { state: 'ready' }> = { state: 'ready', notes: 1, talks: 7, cached: 0, parsed: 1 };

/** An index of the seed note and any extra notes. */
export function seedIndex(...extra: NoteExtract[]): TalkIndex {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	for (const extract of extra) index.upsert(extract);
	return index;
}

/** A screen for a state patch over the defaults. */
export function screenOf(index: TalkIndex, state: Partial<ExplorerState> = {}, context: Partial<ScreenContext> = {}): ExplorerScreen {
	return buildExplorerScreen(index, { ...DEFAULT_STATE, ...state }, { status: READY, limit: 200, diagnosticsOpen: false, ...context });
}

/** One recorded callback: its name and arguments. */
export type Call = [string, ...unknown[]];

/** Handlers that record every call; `renderNotes` writes the talk id so tests can see it ran. */
export function recorder(): { handlers: ExplorerHandlers; calls: Call[] } {
	const calls: Call[] = [];
	const rec =
		(name: string) =>
		(...args: unknown[]) => {
			calls.push([name, ...args]);
		};
	const handlers: ExplorerHandlers = {
		onQuery: rec('onQuery'),
		onGroup: rec('onGroup'),
		onAddFilter: rec('onAddFilter'),
		onRemoveFilter: rec('onRemoveFilter'),
		onClearFilters: rec('onClearFilters'),
		onToggleRow: rec('onToggleRow'),
		onOpenTalk: rec('onOpenTalk'),
		onOpenFile: rec('onOpenFile'),
		onOpenLink: rec('onOpenLink'),
		onShowMore: rec('onShowMore'),
		onToggleDiagnostics: rec('onToggleDiagnostics'),
		onOpenSettings: rec('onOpenSettings'),
		renderNotes: (el, talkId) => {
			calls.push(['renderNotes', talkId]);
			el.createDiv({ cls: 'rendered', text: talkId });
		},
	};
	return { handlers, calls };
}

/** Renders a screen into a fresh element attached to the document. */
export function draw(screen: ExplorerScreen, handlers: ExplorerHandlers, el: HTMLElement = document.body.createDiv()): HTMLElement {
	renderExplorer(el, screen, handlers);
	return el;
}

/** Dispatches a keydown as a user's key press would. */
export function press(el: Element, key: string): void {
	el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
