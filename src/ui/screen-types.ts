/**
 * The explorer's screen model: everything the render functions draw, as plain data built from
 * the index by explorer-screen.ts. Render functions never reach into the index themselves.
 */
import type { Diagnostic, Talk } from '../core/model';
import type { ExplorerState, FilterKind } from './explorer-state';

/** A speaker on a row; `id` is absent when the index does not know the name (no filter then). */
export interface RowSpeaker {
	readonly name: string;
	readonly id?: string;
	readonly affiliation?: string;
	readonly moderator: boolean;
}

/** A topic chip on a row. */
export interface RowTopic {
	readonly id: string;
	readonly name: string;
}

/** One talk row, ready to draw. */
export interface RowView {
	readonly talk: Talk;
	/** Terms to mark in the title. */
	readonly highlight: readonly string[];
	readonly speakers: readonly RowSpeaker[];
	readonly topics: readonly RowTopic[];
	/** The conference's id, for the conference filter. */
	readonly conferenceId?: string;
	readonly expanded: boolean;
}

/** One group of rows under a header. */
export interface GroupView {
	readonly key: string;
	readonly label: string;
	readonly detail: string;
	/** Rows in the whole group (some may be cut by the row limit). */
	readonly count: number;
	readonly rows: readonly RowView[];
	/** The filter a click on the header adds (absent for dates and the "No ..." groups). */
	readonly filter?: { readonly kind: FilterKind; readonly value: string };
}

/** A removable filter chip. */
export interface FilterChip {
	readonly kind: FilterKind;
	readonly value: string;
	/** What the chip shows: the entity's name, or the kind itself. */
	readonly label: string;
}

/** The card above the rows when the filters single out one speaker or one topic. */
export interface EntityCard {
	readonly kind: 'speaker' | 'topic';
	readonly id: string;
	readonly name: string;
	/** Affiliations (speaker) or nothing (topic). */
	readonly affiliations: readonly string[];
	/** Other names this speaker goes by. */
	readonly aliases: readonly string[];
	/** Path of the speaker's person note. */
	readonly personNote?: string;
	/** `2 talks · 1 conference`. */
	readonly counts: string;
	/** The conferences, newest first, each a filter. */
	readonly conferences: ReadonlyArray<{ readonly id: string; readonly name: string; readonly dates: string }>;
}

/** Where the explorer looked for daily notes, for the "no daily notes" state. */
export interface DailyNotesInfo {
	/** Daily notes found with the folder and format in force. */
	readonly count: number;
	readonly folder: string;
	readonly format: string;
}

/** The helpful message shown instead of rows. */
export type EmptyState =
	| { readonly kind: 'loading'; readonly message: string }
	| { readonly kind: 'no-daily-notes'; readonly folder: string; readonly format: string }
	| { readonly kind: 'no-talks' }
	| { readonly kind: 'no-results'; readonly query: string; readonly filters: number };

/** The status line: indexing progress, problems, warnings. */
export interface StatusView {
	/** `Indexing 1,200 of 3,650 notes`; '' when there is nothing to say. */
	readonly message: string;
	/** A determinate progress bar while indexing. */
	readonly progress?: { readonly value: number; readonly max: number };
	/** `7 talks found in 12 notes`, once indexed (shown as the summary's tooltip). */
	readonly detail?: string;
	readonly warning?: string;
	readonly error: boolean;
}

/** Everything renderExplorer draws. */
export interface ExplorerScreen {
	readonly state: ExplorerState;
	/** `7 talks · 6 speakers · 1 conference`, or `2 of 7 talks · ...` when narrowed. */
	readonly summary: string;
	readonly chips: readonly FilterChip[];
	readonly cards: readonly EntityCard[];
	readonly groups: readonly GroupView[];
	/** Rows drawn and rows matched (a talk in several groups counts once per group). */
	readonly shownRows: number;
	readonly totalRows: number;
	readonly empty?: EmptyState;
	readonly status: StatusView;
	readonly diagnostics: readonly Diagnostic[];
	readonly diagnosticsOpen: boolean;
}
