/**
 * What a ```talks block shows, computed from the index: the explorer's filters and grouping
 * applied to the block's query, cut to its limit. Pure, so the rendering stays a thin shell.
 */
import type { TalksBlockQuery } from './code-block-query';
import { buildExplorerModel, filterOf, listGroup } from './index/explorer-model';
import type { TalkFilters, TalkGroup, TalkIndexApi, TalkRow } from './index/index-api';

/** The block's view-model. */
export interface TalksBlockModel {
	/** Groups in display order; one group with an empty label when the block does not group. */
	readonly groups: readonly TalkGroup[];
	/** Rows shown (a talk in two groups counts twice). */
	readonly shown: number;
	/** Rows there would be without the limit. */
	readonly total: number;
	/** Names that match nothing in the index, as messages for the block (`No speaker "X".`). */
	readonly missing: readonly string[];
}

/** An id no entity has (entity ids never start with `~`): a filter on it matches no talk. */
const NO_MATCH = '~missing';

/** Runs a block's query against the index. Unknown names match nothing and are reported. */
export function buildTalksBlockModel(index: TalkIndexApi, query: TalksBlockQuery): TalksBlockModel {
	const missing: string[] = [];
	const resolve = (names: readonly string[], label: string, byId: (id: string) => { id: string } | undefined, byName: (name: string) => { id: string } | undefined) =>
		names.map((name) => {
			const found = byId(name) ?? byName(name);
			if (!found) missing.push(`No ${label} "${name}".`);
			return found?.id ?? NO_MATCH;
		});
	const filters: TalkFilters = {
		speakers: resolve(query.speakers, 'speaker', (id) => index.speaker(id), (name) => index.speakerByName(name)),
		topics: resolve(query.topics, 'topic', (id) => index.topic(id), (name) => index.topicByName(name)),
		conferences: resolve(query.conferences, 'conference', (id) => index.conference(id), (name) => index.conferenceByName(name)),
		kinds: query.kinds,
	};
	const groups = query.group === 'none' ? [flatGroup(index, query.query, filters)] : buildExplorerModel(index, { query: query.query, group: query.group, filters }).groups;
	const total = groups.reduce((sum, group) => sum + group.count, 0);
	const limited = limitRows(groups, query.limit);
	return { groups: limited, shown: Math.min(total, query.limit), total, missing };
}

/** All matching talks in result order: best search match first, or newest first without a search. */
function flatGroup(index: TalkIndexApi, text: string, filters: TalkFilters): TalkGroup {
	const query = text.trim();
	const rows: TalkRow[] = query
		? index
				.search(query)
				.map((hit) => ({ talk: index.talk(hit.id), highlight: hit.terms }))
				.filter((row): row is TalkRow => row.talk !== undefined)
		: index.talks().map((talk) => ({ talk, highlight: [] }));
	const keep = filterOf(index, filters);
	return listGroup('', '', '', rows.filter((row) => keep(row.talk)));
}

/** Keeps the first `limit` rows in display order; groups left empty are dropped. */
function limitRows(groups: readonly TalkGroup[], limit: number): TalkGroup[] {
	let left = limit;
	const out: TalkGroup[] = [];
	for (const group of groups) {
		if (left <= 0) break;
		const rows = group.take(left);
		left -= rows.length;
		if (rows.length > 0 || group.key === '') out.push(listGroup(group.key, group.label, group.detail, rows));
	}
	return out;
}
