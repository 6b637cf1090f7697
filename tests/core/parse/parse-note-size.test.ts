/** Big and hostile notes: linear time, no recursion limits. */
import { note, parse } from './parse-helpers';

describe('parseNote on big and hostile notes', () => {
	it('reads a note of thousands of talks in well under a few seconds', () => {
		const talks: string[] = ['# 2024-05-01', '[[Big Conf]]'];
		for (let i = 0; i < 3000; i++) {
			talks.push(`- Talk number ${i} ~ Speaker Person`, '\t- a point with a https://example.com/link', '\t\t- a deeper point', '\t- ![[image.png]]');
		}
		const text = talks.join('\n');
		const started = Date.now();
		const extract = parse(text);
		const elapsed = Date.now() - started;
		expect(extract.talks).toHaveLength(3000);
		expect(extract.talks[2999].endLine).toBe(talks.length);
		expect(elapsed).toBeLessThan(5000);
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
		const started = Date.now();
		const extract = parse(note('[[Conf]]', `- ${hostile} ~ Ada Byron`, '\t- child', hostile));
		expect(Date.now() - started).toBeLessThan(5000);
		expect(extract.diagnostics.filter((d) => d.message.startsWith('Could not read'))).toEqual([]);
	});
});
