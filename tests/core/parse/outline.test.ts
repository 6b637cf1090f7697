import { maskLines } from '../../../src/core/parse/masking';
import { buildOutline, type OutlineLine } from '../../../src/core/parse/outline';

const outline = (...lines: string[]): OutlineLine[] => buildOutline(maskLines(lines, 0), lines, 0);
/** `depth:text` for every item. */
const tree = (...lines: string[]) =>
	outline(...lines)
		.filter((line) => line.kind === 'item')
		.map((line) => `${line.depth}:${line.text}`);

describe('the outline (section 9)', () => {
	it('gives the same tree for tabs, two spaces, four spaces and a mix', () => {
		const expected = ['0:a', '1:b', '2:c', '1:d', '0:e'];
		expect(tree('- a', '\t- b', '\t\t- c', '\t- d', '- e')).toEqual(expected);
		expect(tree('- a', '  - b', '    - c', '  - d', '- e')).toEqual(expected);
		expect(tree('- a', '    - b', '        - c', '    - d', '- e')).toEqual(expected);
		expect(tree('- a', '\t- b', '\t    - c', '  - d', '- e')).toEqual(expected);
	});

	it('reads all list markers and numbered lists with . or )', () => {
		expect(tree('* a', '+ b', '- c', '1. d', '2) e', '10. f')).toEqual(['0:a', '0:b', '0:c', '0:d', '0:e', '0:f']);
	});

	it('does not take bold text, numbers, tags or rules for structure', () => {
		const kinds = outline('**bold**', '1.5 GB', '#tag', '---', '- - -', '-dash').map((line) => line.kind);
		expect(kinds).toEqual(['text', 'text', 'text', 'rule', 'rule', 'text']);
	});

	it('ends a subtree at its last non-blank line, ignoring trailing empty bullets', () => {
		const lines = outline('- a', '\t- b', '', '\t\t- c', '\t+ ', '', '- d');
		expect(lines[0].end).toBe(3);
		expect(lines[1].end).toBe(3);
		expect(lines[6].end).toBe(6);
	});

	it('ends a heading section at the next heading of the same or higher level', () => {
		const lines = outline('# A', '## B', 'text', '### C', '- x', '## D', '', '# E');
		expect(lines.map((line) => line.end)).toEqual([5, 4, 2, 4, 4, 5, 6, 7]);
		expect(lines[0].text).toBe('A');
		expect(outline('## Closed ##')[0].text).toBe('Closed');
		expect(outline('## C#')[0].text).toBe('C#');
	});

	it('keeps a code block under the item it is indented under', () => {
		const lines = outline('- a', '\t```', '- not an item', '\t```', '\t- b', '- c');
		expect(lines[0].end).toBe(4);
		expect(lines.filter((line) => line.kind === 'item').map((line) => line.text)).toEqual(['a', 'b', 'c']);
	});

	it('marks task items and paragraphs that stand outside any list', () => {
		const lines = outline('- [ ] todo', '- [x] done', '- [>] moved', 'para', '- a', '\tcontinued');
		expect(lines.slice(0, 3).map((line) => line.task)).toEqual([true, true, true]);
		expect(lines[3].topLevel).toBe(true);
		expect(lines[5].topLevel).toBe(false);
		expect(lines[4].end).toBe(5);
	});

	it('handles very deep nesting without recursion', () => {
		const lines = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}- level ${i}`);
		const result = buildOutline(maskLines(lines, 0), lines, 0);
		expect(result[999].depth).toBe(999);
		expect(result[0].end).toBe(999);
	});
});
