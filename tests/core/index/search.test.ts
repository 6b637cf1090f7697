import { TalkIndex } from '../../../src/core/index/talk-index';
import { maxTypos } from '../../../src/core/index/lean-index';
import { searchTerm } from '../../../src/core/index/search-index';
import { note } from '../../helpers/extract-builder';
import { seedExtract } from './seed-extract';

const seed = () => {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	return index;
};
const titles = (index: TalkIndex, query: string) => index.search(query).map((hit) => index.talk(hit.id)?.title);
const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

describe('full-text search', () => {
	it('ranks the panel first for `zig`', () => {
		expect(titles(seed(), 'zig')[0]).toBe(PANEL);
	});

	it('finds both talks whose notes mention Serde', () => {
		expect(titles(seed(), 'serde').sort()).toEqual(['High-Level Rust for Backend Programming', 'Ingesting in Rust']);
	});

	it('finds exactly Glauber Costa\'s two talks for `glauber`', () => {
		expect(titles(seed(), 'glauber').sort()).toEqual([PANEL, 'Writing Low Latency Database Applications Even if Your Code Sucks'].sort());
	});

	it('finds a speaker from the first two letters typed', () => {
		expect(titles(seed(), 'gl').sort()).toEqual([PANEL, 'Writing Low Latency Database Applications Even if Your Code Sucks'].sort());
	});

	it('finds Carl Lerche\'s talks for `carl lerche`', () => {
		expect(titles(seed(), 'carl lerche').sort()).toEqual(['A Case for Rust Higher Up the Stack', PANEL].sort());
	});

	it('ranks a title or speaker match above a passing mention in the notes', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Queues everywhere', notes: '- about kafka' }, { title: 'Kafka at scale' }, { title: 'Streams', speakers: ['Kafka Franz'] }] }));
		const ranked = titles(index, 'kafka');
		expect(ranked.slice(0, 2).sort()).toEqual(['Kafka at scale', 'Streams']);
		expect(ranked[2]).toBe('Queues everywhere');
	});

	it('matches prefixes, folds accents both ways and ignores case', () => {
		const index = new TalkIndex();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Zoë on Ownership', speakers: ['José Müller'] }] }));
		expect(index.search('owner')).toHaveLength(1);
		expect(index.search('ZOE')).toHaveLength(1);
		expect(index.search('jose muller')).toHaveLength(1);
		expect(index.search('josé')).toHaveLength(1);
		expect(searchTerm('Müller')).toBe('muller');
	});

	it('forgives a typo in longer words only', () => {
		expect([maxTypos('zig'), maxTypos('serde'), maxTypos('glauberr')]).toEqual([0, 1, 2]);
		const index = seed();
		expect(titles(index, 'glauberr').sort()).toEqual(titles(index, 'glauber').sort());
		expect(titles(index, 'lerchr').sort()).toEqual(titles(index, 'lerche').sort());
		// Three letters are too few to guess: `zag` is not `zig`.
		expect(index.search('zag')).toEqual([]);
	});

	it('combines words with AND, and falls back to OR when that finds nothing', () => {
		const index = seed();
		expect(titles(index, 'rust zig')).toEqual([PANEL]);
		const fallback = titles(index, 'zig kubernetes');
		expect(fallback[0]).toBe(PANEL);
		expect(index.search('kubernetes')).toEqual([]);
	});

	it('returns nothing for an empty query and honours the limit', () => {
		const index = seed();
		expect(index.search('   ')).toEqual([]);
		expect(index.search('rust', 2)).toHaveLength(2);
		expect(index.search('rust', 0)).toEqual([]);
	});

	it('reports the indexed terms that matched, for highlighting', () => {
		const hit = seed().search('lerch')[0];
		expect(hit.terms).toContain('lerche');
	});

	it('forgets a removed note and a replaced note\'s old text', () => {
		const index = seed();
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Quokkas', notes: '- wombats' }] }));
		index.upsert(note('2024-01-01.md', { talks: [{ title: 'Quokkas', notes: '- numbats' }] }));
		expect(index.search('wombats')).toEqual([]);
		expect(index.search('numbats')).toHaveLength(1);
		index.remove('2024-01-01.md');
		expect(index.search('quokkas')).toEqual([]);
	});

	it('ranks and scores an updated index exactly like a fresh one', () => {
		const noise = (i: number) => note(`2024-02-${String(i + 1).padStart(2, '0')}.md`, { talks: [{ title: `Rust ${i}`, notes: `- zig ${'rust '.repeat(i)}` }] });
		const updated = seed();
		for (let i = 0; i < 30; i++) updated.upsert(noise(i));
		for (let i = 0; i < 30; i += 2) updated.remove(noise(i).path);
		const fresh = seed();
		for (let i = 1; i < 30; i += 2) fresh.upsert(noise(i));
		for (const query of ['rust', 'zig', 'rust zig', 'carl', 'serde']) expect(updated.search(query)).toEqual(fresh.search(query));
	});
});
