import { conferenceTalks, resolveTalkId, similarity, speakerTalks, talksAtLine, topicTalks } from '../../../src/core/index/selectors';
import { TalkIndex } from '../../../src/core/index/talk-index';
import { note } from '../../helpers/extract-builder';
import { SEED_PATH, seedExtract } from './seed-extract';

const vault = () => {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	index.upsert(note('2024-06-01.md', { conference: 'RustConf', talks: [{ title: 'Tokio in Depth', speakers: ['Carl Lerche'], topics: ['Rust'] }] }));
	return index;
};

describe('selectors for views and commands', () => {
	it('lists a speaker\'s, a topic\'s and a conference\'s talks newest first', () => {
		const index = vault();
		expect(speakerTalks(index, 'carl-lerche').map((t) => t.title)).toEqual([
			'Tokio in Depth',
			'A Case for Rust Higher Up the Stack',
			'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???',
		]);
		expect(topicTalks(index, 'rust').map((t) => t.date)).toEqual(['2024-06-01', '2023-10-18', '2023-10-18', '2023-10-18', '2023-10-18']);
		expect(conferenceTalks(index, 'rustconf').map((t) => t.title)).toEqual(['Tokio in Depth']);
		expect(speakerTalks(index, 'nobody')).toEqual([]);
		expect(topicTalks(index, 'nothing')).toEqual([]);
		expect(conferenceTalks(index, 'nowhere')).toEqual([]);
	});

	it('finds the talk under a 1-based line, from its own line to its last', () => {
		const index = vault();
		expect(talksAtLine(index, SEED_PATH, 46)?.title).toBe('High-Level Rust for Backend Programming');
		expect(talksAtLine(index, SEED_PATH, 69)?.title).toBe('High-Level Rust for Backend Programming');
		expect(talksAtLine(index, SEED_PATH, 70)?.title).toBe('Writing Low Latency Database Applications Even if Your Code Sucks');
		expect(talksAtLine(index, SEED_PATH, 5)).toBeUndefined();
		expect(talksAtLine(index, SEED_PATH, 178)).toBeUndefined();
		expect(talksAtLine(index, 'elsewhere.md', 46)).toBeUndefined();
	});

	it('picks the innermost talk when talks nest', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Outer', line: 3, endLine: 30 }, { title: 'Inner', line: 8, endLine: 12 }] }));
		expect(talksAtLine(index, '2024-01-01.md', 10)?.title).toBe('Inner');
		expect(talksAtLine(index, '2024-01-01.md', 20)?.title).toBe('Outer');
	});

	it('resolves a link id exactly, after a title edit, or after a collision went away', () => {
		const index = vault();
		expect(resolveTalkId(index, '2023-10-18-ingesting-in-rust')).toBe('2023-10-18-ingesting-in-rust');
		// The title was `Ingesting Data in Rust` when the link was made.
		expect(resolveTalkId(index, '2023-10-18-ingesting-data-in-rust')).toBe('2023-10-18-ingesting-in-rust');
		expect(resolveTalkId(index, '2024-06-01-tokio-in-depth~2')).toBe('2024-06-01-tokio-in-depth');
		// Same title, other day: not this talk.
		expect(resolveTalkId(index, '2023-10-19-ingesting-in-rust')).toBeUndefined();
		// Same day, nothing alike.
		expect(resolveTalkId(index, '2023-10-18-gardening-for-beginners')).toBeUndefined();
		expect(resolveTalkId(index, 'some-block-id')).toBeUndefined();
	});

	it('resolves undated talks too', () => {
		const index = new TalkIndex();
		index.upsert(note('Ideas.md', { talks: [{ title: 'Fast Queues Revisited' }] }));
		expect(resolveTalkId(index, 'undated-fast-queues')).toBe('undated-fast-queues-revisited');
	});

	it('measures slug similarity from 0 to 1', () => {
		expect(similarity('abc', 'abc')).toBe(1);
		expect(similarity('abc', 'xyz')).toBe(0);
		expect(similarity('ingesting-in-rust', 'ingesting-data-in-rust')).toBeGreaterThan(0.7);
	});
});
