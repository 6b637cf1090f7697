/**
 * The explorer groups a query's matches first and ranks each group only when its rows are
 * read. Whatever the grouping, a group's rows must be exactly the ranked search hits that
 * belong to it, in rank order, with the same terms to highlight.
 */
import { generateVault } from '../../../src/bench/generate-vault';
import { indexNotes, vaultNotes } from '../../../src/bench/vault-notes';
import { buildExplorerModel, NO_GROUP_KEY } from '../../../src/core/index/explorer-model';
import type { Grouping, TalkGroup } from '../../../src/core/index/index-api';
import type { TalkIndex } from '../../../src/core/index/talk-index';

const GROUPINGS: Grouping[] = ['conference', 'speaker', 'topic', 'date'];
const QUERIES = ['rust', 'ru', 'pos', 'postgers', 'tail latency', 'memory safety', 'the', 'kafka zig'];

let index: TalkIndex;
beforeAll(() => {
	index = indexNotes(vaultNotes(generateVault('tiny'))).index;
});

/** Whether a group holds a talk, by the grouping's own rule. */
function belongs(group: TalkGroup, grouping: Grouping, id: string): boolean {
	const talk = index.talk(id);
	if (!talk) return false;
	if (grouping === 'conference') return (index.conferenceByName(talk.conference)?.id ?? NO_GROUP_KEY) === group.key;
	if (grouping === 'date') return (talk.date || 'undated') === group.key;
	if (grouping === 'speaker') {
		const ids = talk.speakers.map((mention) => index.speakerByName(mention.name)?.id).filter((x) => x !== undefined);
		return ids.length === 0 ? group.key === NO_GROUP_KEY : ids.includes(group.key);
	}
	const ids = index.topicsOf(id).map((name) => index.topicByName(name)?.id).filter((x) => x !== undefined);
	return ids.length === 0 ? group.key === NO_GROUP_KEY : ids.includes(group.key);
}

describe('explorer ranking inside groups', () => {
	it.each(QUERIES)('rows of every group are the ranked hits of that group for %p', (query) => {
		const hits = index.search(query);
		expect(hits.length).toBeGreaterThan(0);
		for (const grouping of GROUPINGS) {
			const model = buildExplorerModel(index, { query, group: grouping, filters: {} });
			expect(model.matched).toBe(hits.length);
			for (const group of model.groups) {
				const expected = hits.filter((hit) => belongs(group, grouping, hit.id));
				// The first screenful alone, then every row: both in rank order.
				expect(group.take(3).map((row) => row.talk.id)).toEqual(expected.slice(0, 3).map((hit) => hit.id));
				expect(group.rows.map((row) => [row.talk.id, row.highlight])).toEqual(expected.map((hit) => [hit.id, hit.terms]));
				expect(group.count).toBe(expected.length);
			}
		}
	});
});
