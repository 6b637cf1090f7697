import { LineMemo } from '../../../src/core/parse/line-memo';
import type { PeopleDirectory } from '../../../src/core/parse/parse-context';
import { splitTalkLine } from '../../../src/core/parse/talk-line';

/** A directory whose known names and version the test changes, as person notes would. */
function directory(names: string[], version: number | undefined): PeopleDirectory & { names: string[]; version: number | undefined } {
	return { names, version, canonical(name: string) { return this.names.includes(name) ? name : undefined; } };
}

describe('LineMemo (talk and speaker lines read once per distinct line)', () => {
	it('reads a line once while the directory keeps its version, and gives what a fresh read gives', () => {
		const reads: string[] = [];
		const memo = new LineMemo((text: string, people: PeopleDirectory) => {
			reads.push(text);
			return splitTalkLine(text, people);
		});
		const people = directory([], 1);
		const line = 'Fast Queues in Practice ~ Ada Byron';
		const first = memo.get(line, people);
		const again = memo.get(`${line}`.slice(0), people);
		expect(again).toBe(first);
		expect(reads).toHaveLength(1);
		expect(again).toEqual(splitTalkLine(line, people));
	});

	it('reads again once the directory changes version: a new person note can change a split', () => {
		const memo = new LineMemo(splitTalkLine);
		const people = directory([], 1);
		const line = 'Ada Byron - Fast Queues';
		// ` - ` splits only next to a known person.
		expect(memo.get(line, people).speakers).toEqual([]);
		people.names.push('Ada Byron');
		people.version = 2;
		expect(memo.get(line, people).speakers.map((s) => s.name)).toEqual(['Ada Byron']);
		expect(memo.get(line, directory([], 1)).speakers).toEqual([]);
	});

	it('never remembers answers from a directory without a version', () => {
		let reads = 0;
		const memo = new LineMemo((text: string) => {
			reads++;
			return text.length;
		});
		const people = directory([], undefined);
		memo.get('a line', people);
		memo.get('a line', people);
		expect(reads).toBe(2);
	});

	it('starts over when full instead of growing', () => {
		let reads = 0;
		const memo = new LineMemo((text: string) => {
			reads++;
			return text;
		}, 2);
		const people = directory([], 1);
		for (const text of ['a', 'b', 'c', 'a']) memo.get(text, people);
		expect(reads).toBe(4);
	});
});
