import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTalkRanges, linesOf, rangeAtLine, readsLike, SEARCH_RADIUS } from '../../src/editor/talk-ranges';
import { seedExtract } from '../core/index/seed-extract';

const seedText = readFileSync(join(__dirname, '..', 'fixtures', 'vaults', 'seed', '2023-10-18.md'), 'utf8');
const seedTalks = seedExtract().talks;

describe('findTalkRanges on the seed note', () => {
	it('finds all seven talk lines where the index put them, with their offsets', () => {
		const ranges = findTalkRanges(seedText, seedTalks);
		expect(ranges.map((r) => r.line)).toEqual([6, 16, 46, 70, 92, 111, 159]);
		const lines = seedText.split('\n');
		for (const range of ranges) {
			expect(seedText.slice(range.from, range.to)).toBe(lines[range.line - 1]);
		}
		expect(ranges[5].talkId).toBe(seedTalks[5].id);
		expect(ranges[5].endLine).toBe(seedTalks[5].endLine);
	});

	it('matches the panel line although its title was shown with the mojibake repaired', () => {
		expect(readsLike(seedText.split('\n')[110], seedTalks[5].title)).toBe(true);
	});

	it('follows talks that moved down while the index has not caught up', () => {
		const edited = seedText.replace('## Log\n', '## Log\n\nTyped before the index saw it\n- a new bullet\n');
		const ranges = findTalkRanges(edited, seedTalks);
		expect(ranges.map((r) => r.line)).toEqual([9, 19, 49, 73, 95, 114, 162]);
		expect(ranges.map((r) => r.endLine - r.line)).toEqual(seedTalks.map((t) => t.endLine - t.line));
	});

	it('leaves out a talk whose line was deleted, rather than marking the wrong line', () => {
		const lines = seedText.split('\n');
		lines.splice(158, 1); // "+ Ingesting in Rust ~ Armin Ronacher"
		const ranges = findTalkRanges(lines.join('\n'), seedTalks);
		expect(ranges.map((r) => r.line)).toEqual([6, 16, 46, 70, 92, 111]);
	});

	it('gives up beyond the search radius', () => {
		const pad = '\n'.repeat(SEARCH_RADIUS + 5);
		const ranges = findTalkRanges(seedText.replace('## Log\n', `## Log\n${pad}`), seedTalks);
		expect(ranges).toEqual([]);
	});

	it('costs nothing without talks and copes with CRLF text', () => {
		expect(findTalkRanges(seedText, [])).toEqual([]);
		const crlf = seedText.replace(/\n/g, '\r\n');
		const ranges = findTalkRanges(crlf, seedTalks);
		expect(ranges.map((r) => r.line)).toEqual([6, 16, 46, 70, 92, 111, 159]);
		expect(crlf.slice(ranges[0].from, ranges[0].to)).toBe('+ Quantifying the Performance Impact of Shard-per-core Architecture');
	});
});

describe('findTalkRanges on small notes', () => {
	const talk = (id: string, title: string, line: number, endLine = line) => ({ id, title, line, endLine });

	it('does not let two talks with the same title take the same line', () => {
		const text = '[[Conf]]\n- Lightning ~ Ada Byron\n- Lightning ~ Bo Linde';
		const ranges = findTalkRanges(text, [talk('a', 'Lightning', 2), talk('b', 'Lightning', 3)]);
		expect(ranges.map((r) => [r.talkId, r.line])).toEqual([['a', 2], ['b', 3]]);
		// After a line was inserted above both, each still gets its own line.
		const moved = findTalkRanges(`x\n${text}`, [talk('a', 'Lightning', 2), talk('b', 'Lightning', 3)]);
		expect(moved.map((r) => r.line).sort()).toEqual([3, 4]);
	});

	it('reads headings and ordered items as talk lines, plain paragraphs not', () => {
		expect(readsLike('### Fast Queues ~ Ada Byron', 'Fast Queues')).toBe(true);
		expect(readsLike('1. **Fast Queues** (Ada Byron)', 'Fast Queues')).toBe(true);
		expect(readsLike('Fast Queues ~ Ada Byron', 'Fast Queues')).toBe(false);
		expect(readsLike('- Slow Queues', 'Fast Queues')).toBe(false);
	});

	it('accepts a talk line with markup, a kind prefix or a block id', () => {
		expect(readsLike('- Keynote: [Fast Queues](https://example.com) — Ada Byron ^fq', 'Fast Queues')).toBe(true);
	});

	it('places a title without letters only on its own line', () => {
		const text = '- 🚀\n- other';
		expect(findTalkRanges(text, [talk('r', '🚀', 1)]).map((r) => r.line)).toEqual([1]);
		expect(findTalkRanges(`x\n${text}`, [talk('r', '🚀', 1)])).toEqual([]);
	});

	it('ignores indexed lines past the end of a shortened note unless the last line is the talk', () => {
		expect(findTalkRanges('- Fast Queues', [talk('f', 'Fast Queues', 9)]).map((r) => r.line)).toEqual([1]);
		expect(findTalkRanges('', [talk('f', 'Fast Queues', 9)])).toEqual([]);
	});

	it('finds the innermost talk at a line', () => {
		const ranges = findTalkRanges('## Talks\n### Outer\n- Inner ~ Ada Byron\n  - note\n- after', [talk('outer', 'Outer', 2, 5), talk('inner', 'Inner', 3, 4)]);
		expect(rangeAtLine(ranges, 2)?.talkId).toBe('outer');
		expect(rangeAtLine(ranges, 4)?.talkId).toBe('inner');
		expect(rangeAtLine(ranges, 5)?.talkId).toBe('outer');
		expect(rangeAtLine(ranges, 1)).toBeUndefined();
	});

	it('splits lines like CodeMirror does', () => {
		const lines = linesOf('a\r\nb\rc\n');
		expect(lines.lines).toBe(4);
		expect([1, 2, 3, 4].map((n) => lines.line(n).text)).toEqual(['a', 'b', 'c', '']);
		expect(lines.line(2)).toEqual({ from: 3, to: 4, text: 'b' });
	});
});
