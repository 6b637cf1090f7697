import { buildExplorerModel } from '../../src/core/index/explorer-model';
import type { ExplorerModel } from '../../src/core/index/index-api';
import { TalkIndex } from '../../src/core/index/talk-index';
import { summaryOf } from '../../src/ui/explorer-screen';
import { nameLookups } from '../../src/ui/name-lookups';
import { DEFAULT_STATE } from '../../src/ui/explorer-state';
import { seedExtract } from '../core/index/seed-extract';

describe('explorer summary of the matches', () => {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	const state = { ...DEFAULT_STATE, query: 'rust' };

	it('counts the matched talks, their speakers and conferences', () => {
		const model = buildExplorerModel(index, { query: 'rust', group: 'speaker', filters: {} });
		const talks = new Set(model.groups.flatMap((group) => group.rows.map((row) => row.talk.id)));
		expect(summaryOf(nameLookups(index), model, state)).toMatch(new RegExp(`^${talks.size} of 7 talks · \\d+ speakers? · 1 conference$`));
	});

	it('reads the matches, never the rows of every group (rows rank each group they are made for)', () => {
		const model = buildExplorerModel(index, { query: 'rust', group: 'speaker', filters: {} });
		const expected = summaryOf(nameLookups(index), model, state);
		const untouchable: ExplorerModel = {
			...model,
			matchedTalks: () => model.matchedTalks(),
			groups: model.groups.map((group) => ({
				key: group.key,
				label: group.label,
				count: group.count,
				detail: group.detail,
				take: () => {
					throw new Error('rows read');
				},
				get rows(): never {
					throw new Error('rows read');
				},
			})),
		};
		expect(summaryOf(nameLookups(index), untouchable, state)).toBe(expected);
	});
});
