/** What the explorer's render functions call back; the view implements them (state changes, navigation). */
import type { Grouping } from '../core/index/index-api';
import type { FilterKind } from './explorer-state';

/** Callbacks of the explorer's DOM. Ids, not records, so handlers always act on the current index. */
export interface ExplorerHandlers {
	/** The search text changed (typed: the view debounces; Esc: `immediate`). */
	onQuery(query: string, immediate: boolean): void;
	onGroup(group: Grouping): void;
	onAddFilter(kind: FilterKind, value: string): void;
	onRemoveFilter(kind: FilterKind, value: string): void;
	onClearFilters(): void;
	/** Expand or collapse a row. */
	onToggleRow(talkId: string): void;
	/** Open the talk's note at the talk's line in the main area. */
	onOpenTalk(talkId: string): void;
	/** Open a note (a person note, a diagnostic's file) at a 1-based line; 0 for the top. */
	onOpenFile(path: string, line: number): void;
	/** Follow a link of a talk: a URL, or a wikilink target resolved from `sourcePath`. */
	onOpenLink(link: string, sourcePath: string): void;
	/** Draw more rows. */
	onShowMore(): void;
	onToggleDiagnostics(): void;
	onOpenSettings(): void;
	/** Render a talk's notes as markdown into `el` (the view owns the renderer's lifecycle). */
	renderNotes(el: HTMLElement, talkId: string): void;
}
