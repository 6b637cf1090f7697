/** Big and hostile notes: linear time (against a bare scan of the same text, never a clock), no recursion limits. */
import { slowdown } from './linear-time';
import { note, parse } from './parse-helpers';

/** Most a whole-note parse may cost in bare scans of the same text (see tests/hostile/parse-note-linear.test.ts). */
const MAX_PARSE_SLOWDOWN = 200;

describe('parseNote on big and hostile notes', () => {
	it('reads a note of thousands of talks within a fixed factor of a bare scan', () => {
		const talks: string[] = ['# 2024-05-01', '[[Big Conf]]'];
		for (let i = 0; i < 3000; i++) {
			talks.push(`- Talk number ${i} ~ Speaker Person`, '\t- a point with a https://example.com/link', '\t\t- a deeper point', '\t- ![[image.png]]');
		}
		const text = talks.join('\n');
		const extract = parse(text);
		expect(extract.talks).toHaveLength(3000);
		expect(extract.talks[2999].endLine).toBe(talks.length);
		expect(slowdown(text, parse)).toBeLessThan(MAX_PARSE_SLOWDOWN);
	});

	it('keeps 2000-deep nesting as the notes of one talk', () => {
		const lines = ['[[Conf]]', '- Deep Talk ~ Ada Byron'];
		for (let i = 1; i <= 2000; i++) lines.push(`${'\t'.repeat(i)}- level ${i}`);
		const extract = parse(lines.join('\n'));
		expect(extract.talks).toHaveLength(1);
		expect(extract.talks[0].endLine).toBe(2002);
	});

	it('reads a megabyte line of brackets and backticks without hanging', () => {
		const hostile = '[[('.repeat(100_000) + '`'.repeat(1000) + '<!--%%'.repeat(1000);
		const text = note('[[Conf]]', `- ${hostile} ~ Ada Byron`, '\t- child', hostile);
		const extract = parse(text);
		expect(slowdown(text, parse)).toBeLessThan(MAX_PARSE_SLOWDOWN);
		expect(extract.diagnostics.filter((d) => d.message.startsWith('Could not read'))).toEqual([]);
	});
});
