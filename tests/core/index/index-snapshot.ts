/**
 * Notes drawn from small pools of paths, names, titles and ids (so collisions, merges and
 * person-note aliases happen often), and every output of an index a user could see as
 * plain data: what the property tests of the index compare.
 */
import fc from 'fast-check';
import { buildExplorerModel } from '../../../src/core/index/explorer-model';
import type { Grouping } from '../../../src/core/index/index-api';
import type { TalkIndex } from '../../../src/core/index/talk-index';
import type { NoteExtract, TalkKind } from '../../../src/core/model';
import { note, type TalkSpec } from '../../helpers/extract-builder';

/** Paths the generated notes live at. */
export const PATHS = ['2024-01-01.md', 'b/2024-01-01.md', '2024-01-02.md', 'People/Carl.md', 'People/Ann.md', 'Ideas.md'];
const TITLES = ['Keynote', 'keynote', 'Fast Queues', 'Zoë on Rust', 'Q&A'];
const SPEAKERS = ['Ada Byron', 'ada  byron', 'Ádá Byron', 'Bo Linde', 'carllerche', 'Carl Lerche', "Mary O'Neil", 'Mary O Neil', ' '];
const AFFILIATIONS = ['Acme', 'acme', 'Globex'];
const TOPICS = ['Rust', 'rust', 'C++', 'C', 'Databases', ''];
const CANDIDATES = ['Rust', 'Zig', 'Kafka', 'Ada Byron', 'RustConf', 'Carl', 'Lee'];
const CONFERENCES = ['RustConf', 'rustconf', 'FOSDEM', ''];
const DATES = ['2024-01-01', '2024-01-02', ''];
const WORDS = ['rust', 'zig', 'queues', 'kafka', 'ownership', 'acme'];
const KINDS: TalkKind[] = ['talk', 'panel', 'keynote'];
const GROUPINGS: Grouping[] = ['conference', 'speaker', 'topic', 'date'];

/** One of `items`. */
export const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const talkSpec: fc.Arbitrary<TalkSpec> = fc.record({
	title: pick(TITLES),
	blockId: fc.option(pick(['b1', 'b2']), { nil: undefined }),
	speakers: fc.array(
		fc.tuple(pick(SPEAKERS), fc.option(pick(AFFILIATIONS), { nil: undefined })).map(([name, affiliation]) => (affiliation ? { name, affiliation } : { name })),
		{ maxLength: 3 },
	),
	topics: fc.array(pick(TOPICS), { maxLength: 3 }),
	keywords: fc.dictionary(pick(CANDIDATES), fc.integer({ min: 1, max: 4 }), { maxKeys: 4 }),
	conference: pick(CONFERENCES),
	date: pick(DATES),
	kind: pick(KINDS),
	notes: fc.array(pick(WORDS), { maxLength: 4 }).map((words) => words.map((w) => `- ${w}`).join('\n')),
});

/** A note at `path`: talks, conference lines, perhaps a person record, diagnostics. */
export const extract = (path: string): fc.Arbitrary<NoteExtract> =>
	fc
		.record({
			date: pick(DATES),
			talks: fc.array(talkSpec, { maxLength: 3 }),
			conferences: fc.array(fc.record({ name: pick(CONFERENCES), line: fc.integer({ min: 1, max: 9 }), date: pick(DATES) }), { maxLength: 2 }),
			person: fc.option(fc.record({ name: pick(['Carl Lerche', 'Ann Lee', 'Ada Byron']), aliases: fc.subarray(['carllerche', 'Lee', 'ADA', 'Ada Byron']) }), {
				nil: undefined,
			}),
			diagnostics: fc.array(fc.record({ file: fc.constant(path), line: fc.integer({ min: 0, max: 9 }), message: pick(['odd line', 'bad yaml']) }), { maxLength: 2 }),
		})
		.map((spec) => note(path, spec));

/** What the explorer and pickers read after a change, as a view would between two edits. */
export function look(index: TalkIndex): void {
	index.talks();
	index.speakers();
	index.conferences();
	index.topics();
	for (const group of GROUPINGS) buildExplorerModel(index, { query: '', group, filters: {} }).groups.forEach((g) => g.take(1));
}

/** Every output a user could see, as plain data. */
export function snapshot(index: TalkIndex): unknown {
	const talks = index.talks();
	// Before the topic table exists topicsOf computes one talk alone; after, it reads the table: both must agree.
	const topicsAlone = talks.map((talk) => index.topicsOf(talk.id));
	const topics = index.topics();
	expect(talks.map((talk) => index.topicsOf(talk.id))).toEqual(topicsAlone);
	return {
		paths: index.paths(),
		talks,
		perNote: index.paths().map((path) => index.talksIn(path)),
		byId: talks.map((talk) => index.talk(talk.id)),
		speakers: index.speakers(),
		topics,
		conferences: index.conferences(),
		diagnostics: index.diagnostics(),
		topicsOf: topicsAlone,
		withoutTopic: index.overview().withoutTopic(),
		byName: [...SPEAKERS, ...TOPICS, ...CANDIDATES, ...CONFERENCES, 'lee', 'ADA'].map((name) => [
			index.speakerByName(name)?.id,
			index.topicByName(name)?.id,
			index.conferenceByName(name)?.id,
			index.people().canonical(name),
		]),
		search: ['rust', 'fast queues', 'zoe', 'byron', 'kafka zig', 'q', 'carllerche', 'ownershp'].map((query) => index.search(query)),
		suggest: ['', 'a', 'c', 'mary o', 'lee'].map((prefix) => index.suggestSpeakers(prefix).map((s) => s.id)),
		explorer: GROUPINGS.flatMap((group) => [
			buildExplorerModel(index, { query: '', group, filters: {} }),
			buildExplorerModel(index, { query: 'rust', group, filters: { kinds: ['talk', 'panel'], topics: ['rust', 'c'] } }),
		]).map(({ revision: _revision, totals, matched, groups }) => ({
			totals: { ...totals },
			matched,
			// Rows and details are made on demand: compare what a view reads, the first row alone and all of them.
			groups: groups.map((g) => ({ key: g.key, label: g.label, count: g.count, first: g.take(1), detail: g.detail, rows: g.rows })),
		})),
	};
}
