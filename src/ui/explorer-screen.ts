/**
 * Builds the explorer's screen model from the index and the explorer's state: the core's
 * explorer model (search, filters, grouping) plus what the rows need to be clickable (speaker,
 * topic and conference ids), chips, entity cards, the summary, status and empty states.
 * Pure: no DOM, no obsidian, so it is tested without either.
 */
import { buildExplorerModel, NO_GROUP_KEY } from '../core/index/explorer-model';
import type { ExplorerModel, TalkIndexApi, TalkRow } from '../core/index/index-api';
import type { IndexStatus } from '../obsidian/index-status';
import { entityCards, filterChips } from './screen-cards';
import { hasFilters, type ExplorerState, type FilterKind } from './explorer-state';
import { formatNumber, joinParts, plural } from './format';
import { nameLookups, type NameLookups } from './name-lookups';
import { statusView } from './screen-status';
import type { DailyNotesInfo, EmptyState, ExplorerScreen, GroupView, RowView } from './screen-types';

/** What the screen depends on besides the index and the state. */
export interface ScreenContext {
	readonly status: IndexStatus;
	/** Most rows to draw (the rest behind "Show more"). */
	readonly limit: number;
	/** Known once the view has looked (only needed when there are no talks). */
	readonly daily?: DailyNotesInfo;
	readonly diagnosticsOpen: boolean;
}

/** The whole screen for one state of the index and the explorer. */
export function buildExplorerScreen(index: TalkIndexApi, state: ExplorerState, context: ScreenContext): ExplorerScreen {
	const model = buildExplorerModel(index, { query: state.query, group: state.group, filters: state.filters });
	const expanded = new Set(state.expanded);
	const lookups = nameLookups(index);
	let budget = Math.max(1, context.limit);
	let totalRows = 0;
	const groups: GroupView[] = [];
	for (const group of model.groups) {
		totalRows += group.count;
		if (budget <= 0) continue;
		// Only the rows drawn are made: the model makes them on demand.
		const rows = group.take(budget).map((row) => rowView(index, lookups, row, expanded.has(row.talk.id)));
		budget -= rows.length;
		groups.push({ key: group.key, label: group.label, detail: group.detail, count: group.count, rows, filter: groupFilter(state, group.key) });
	}
	const diagnostics = index.diagnostics();
	return {
		state,
		summary: summaryOf(lookups, model, state),
		chips: filterChips(index, state.filters),
		cards: entityCards(index, state.filters),
		groups,
		shownRows: groups.reduce((n, g) => n + g.rows.length, 0),
		totalRows,
		empty: emptyState(model, state, context),
		status: statusView(context.status),
		diagnostics,
		diagnosticsOpen: context.diagnosticsOpen && diagnostics.length > 0,
	};
}

/** One row: the talk plus the ids that make its speakers, topics and conference clickable. */
function rowView(index: TalkIndexApi, lookups: NameLookups, row: TalkRow, expanded: boolean): RowView {
	const talk = row.talk;
	const speakers = talk.speakers.map((mention) => {
		const speaker = lookups.speaker(mention.name);
		return { name: speaker?.name ?? mention.name, id: speaker?.id, affiliation: mention.affiliation, moderator: mention.role === 'moderator' };
	});
	const topics: Array<RowView['topics'][number]> = [];
	for (const name of index.topicsOf(talk.id)) {
		const topic = lookups.topic(name);
		if (topic) topics.push({ id: topic.id, name: topic.name });
	}
	return { talk, highlight: row.highlight, speakers, topics, conferenceId: lookups.conference(talk.conference)?.id, expanded };
}

/** `7 talks · 6 speakers · 1 conference`; narrowed: `2 of 7 talks · 3 speakers · 1 conference` (of the matches). */
export function summaryOf(lookups: NameLookups, model: ExplorerModel, state: ExplorerState): string {
	const narrowed = state.query.trim() !== '' || hasFilters(state.filters);
	if (!narrowed) {
		const t = model.totals;
		return joinParts([plural(t.talks, 'talk'), plural(t.speakers, 'speaker'), plural(t.conferences, 'conference')]);
	}
	// The matches themselves, not the groups' rows: rows would rank every group, drawn or not.
	const talks = model.matchedTalks();
	const speakers = new Set<string>();
	const conferences = new Set<string>();
	for (const talk of talks) {
		for (const mention of talk.speakers) speakers.add(lookups.speaker(mention.name)?.id ?? mention.name);
		if (talk.conference !== '') conferences.add(lookups.conference(talk.conference)?.id ?? talk.conference);
	}
	const total = model.totals.talks;
	return joinParts([`${formatNumber(talks.length)} of ${plural(total, 'talk')}`, plural(speakers.size, 'speaker'), plural(conferences.size, 'conference')]);
}

/** A group header adds its entity as a filter (not for dates or the "No ..." groups, nor when already filtered). */
function groupFilter(state: ExplorerState, key: string): GroupView['filter'] {
	if (key === NO_GROUP_KEY) return undefined;
	const kind: FilterKind | undefined = state.group === 'conference' ? 'conferences' : state.group === 'speaker' ? 'speakers' : state.group === 'topic' ? 'topics' : undefined;
	if (!kind) return undefined;
	const current: readonly string[] = state.filters[kind];
	return current.includes(key) ? undefined : { kind, value: key };
}

function emptyState(model: ExplorerModel, state: ExplorerState, context: ScreenContext): EmptyState | undefined {
	if (model.totals.talks === 0) {
		const status = context.status;
		if (status.state === 'idle' || status.state === 'indexing') return { kind: 'loading', message: status.state === 'idle' ? 'Waiting for the vault to load' : 'Looking for talks in your notes' };
		if (context.daily && context.daily.count === 0) return { kind: 'no-daily-notes', folder: context.daily.folder, format: context.daily.format };
		return { kind: 'no-talks' };
	}
	if (model.matched > 0) return undefined;
	const f = state.filters;
	return { kind: 'no-results', query: state.query.trim(), filters: f.speakers.length + f.topics.length + f.conferences.length + f.kinds.length };
}
