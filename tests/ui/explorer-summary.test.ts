import { buildExplorerModel } from '../../src/core/index/explorer-model';
import type { ExplorerModel } from '../../src/core/index/index-api';
import { TalkIndex } from '../../src/core/index/talk-index';
import { summaryOf } from '../../src/ui/explorer-screen';
import { nameLookups } from '../../src/ui/name-lookups';
import { DEFAULT_STATE } from '../../src/ui/explorer-state';
import { note, person } from '../helpers/extract-builder';
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

	it('counts a speaker or conference once however its talks write the name', () => {
		const vault = new TalkIndex();
		vault.upsert(person('People/Ada Byron.md', 'Ada Byron', ['adab']));
		vault.upsert(note('2024-05-01.md', { conference: 'RustConf 2024', talks: [{ title: 'Queues in Rust', speakers: ['Ada Byron'] }, { title: 'Rust locks', speakers: ['ada byron', 'Bo Linde'] }] }));
		vault.upsert(note('2024-05-02.md', { conference: 'rustconf 2024', talks: [{ title: 'Rust allocators', speakers: ['adab', 'Åsa Ek'] }, { title: 'More Rust', speakers: ['Asa Ek'] }] }));
		const query = { ...DEFAULT_STATE, query: 'rust' };
		const model = buildExplorerModel(vault, { query: 'rust', group: 'conference', filters: {} });
		expect(summaryOf(nameLookups(vault), model, query)).toBe('4 of 4 talks · 3 speakers · 1 conference');
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
