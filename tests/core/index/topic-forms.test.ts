import fc from 'fast-check';
import { hasWord, isSkippedWord, usableCount } from '../../../src/core/index/topic-forms';

describe('what the topic registry skips for a talk', () => {
	it('finds a word among a name\'s words exactly as splitting the name on spaces would', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ab'), maxLength: 12 });
		const word = fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 4 });
		fc.assert(
			fc.property(text, word, (name, candidate) => {
				expect(hasWord(name, candidate)).toBe(name.split(' ').includes(candidate));
			}),
			{ seed: 7, numRuns: 2000 },
		);
	});

	it('skips a talk\'s explicit topics, its conference and single words of its speakers\' names, never a whole name', () => {
		const speakers = ['glauber costa', 'carl lerche'];
		expect(isSkippedWord('rust', ['rust'], 'rustconf', speakers)).toBe(true);
		expect(isSkippedWord('rustconf', [], 'rustconf', speakers)).toBe(true);
		expect(isSkippedWord('carl', [], 'rustconf', speakers)).toBe(true);
		expect(isSkippedWord('costa', [], 'rustconf', speakers)).toBe(true);
		// A candidate spelling a whole name is not one word of it (person names are checked vault-wide instead).
		expect(isSkippedWord('glauber costa', [], 'rustconf', speakers)).toBe(false);
		expect(isSkippedWord('car', [], 'rustconf', speakers)).toBe(false);
		expect(isSkippedWord('kafka', [], '', [])).toBe(false);
	});

	it('counts only positive finite keyword counts (a cache may hold anything)', () => {
		expect([1, 2.5, 0, -1, Number.NaN, Infinity, '3', null].map(usableCount)).toEqual([true, true, false, false, false, false, false, false]);
	});
});
