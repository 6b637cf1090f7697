/**
 * The explorer's own state: what the user typed, picked and expanded. Plain data, saved by the
 * view through getState/setState (so it survives a restart), and read back defensively: a
 * workspace file is user-editable and may hold anything.
 */
import type { Grouping, TalkFilters } from '../core/index/index-api';
import type { TalkKind } from '../core/model';

/** The four kinds of filter chip. */
export type FilterKind = 'speakers' | 'topics' | 'conferences' | 'kinds';

/** Filters with every list present (the view edits them; TalkFilters leaves lists optional). */
export interface ExplorerFilters extends TalkFilters {
	readonly speakers: readonly string[];
	readonly topics: readonly string[];
	readonly conferences: readonly string[];
	readonly kinds: readonly TalkKind[];
}

/** Everything the explorer restores after a restart. */
export interface ExplorerState {
	/** The search text, as typed. */
	readonly query: string;
	readonly group: Grouping;
	readonly filters: ExplorerFilters;
	/** Ids of the expanded talk rows. */
	readonly expanded: readonly string[];
}

/** Every grouping, in the order the switch shows them. */
export const GROUPINGS: readonly Grouping[] = ['conference', 'speaker', 'topic', 'date'];

/** Every session kind, in the order the kind dropdown lists them. */
export const TALK_KINDS: readonly TalkKind[] = ['talk', 'keynote', 'panel', 'workshop', 'tutorial', 'lightning', 'fireside', 'ama', 'bof'];

/** No filters at all. */
export const NO_FILTERS: ExplorerFilters = { speakers: [], topics: [], conferences: [], kinds: [] };

/** A fresh explorer: no search, grouped by conference. */
export const DEFAULT_STATE: ExplorerState = { query: '', group: 'conference', filters: NO_FILTERS, expanded: [] };

/** Rows drawn per page ("Show more" adds another page): drawing thousands of rows at once stalls typing. */
export const PAGE_SIZE = 200;

/** Upper bounds, so a hand-edited workspace file cannot make the view do unbounded work. */
const MAX_QUERY = 500;
const MAX_LIST = 200;

/** Reads a saved state, keeping what is valid and defaulting the rest. Never throws. */
export function readState(raw: unknown): ExplorerState {
	const data = isRecord(raw) ? raw : {};
	const filters = isRecord(data.filters) ? data.filters : {};
	return {
		query: typeof data.query === 'string' ? data.query.slice(0, MAX_QUERY) : '',
		group: GROUPINGS.find((g) => g === data.group) ?? 'conference',
		filters: {
			speakers: strings(filters.speakers),
			topics: strings(filters.topics),
			conferences: strings(filters.conferences),
			kinds: strings(filters.kinds).filter((k): k is TalkKind => (TALK_KINDS as readonly string[]).includes(k)),
		},
		expanded: strings(data.expanded),
	};
}

/** The state as plain JSON for getState (copies, so the workspace never holds our arrays). */
export function writeState(state: ExplorerState): Record<string, unknown> {
	return {
		query: state.query,
		group: state.group,
		filters: { speakers: [...state.filters.speakers], topics: [...state.filters.topics], conferences: [...state.filters.conferences], kinds: [...state.filters.kinds] },
		expanded: [...state.expanded],
	};
}

/** Adds one filter value (no duplicates). */
export function addFilter(filters: ExplorerFilters, kind: FilterKind, value: string): ExplorerFilters {
	const list: readonly string[] = filters[kind];
	if (list.includes(value)) return filters;
	return { ...filters, [kind]: [...list, value] };
}

/** Removes one filter value. */
export function removeFilter(filters: ExplorerFilters, kind: FilterKind, value: string): ExplorerFilters {
	const list: readonly string[] = filters[kind];
	return { ...filters, [kind]: list.filter((v) => v !== value) };
}

/** True when any filter is set. */
export function hasFilters(filters: ExplorerFilters): boolean {
	return filters.speakers.length + filters.topics.length + filters.conferences.length + filters.kinds.length > 0;
}

/** Expands a collapsed row or collapses an expanded one. */
export function toggleExpanded(state: ExplorerState, talkId: string): ExplorerState {
	const expanded = state.expanded.includes(talkId) ? state.expanded.filter((id) => id !== talkId) : [...state.expanded, talkId];
	return { ...state, expanded };
}

function strings(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	const out: string[] = [];
	for (const item of value) if (typeof item === 'string' && item !== '' && !out.includes(item) && out.length < MAX_LIST) out.push(item);
	return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
