import fc from 'fast-check';
import { isWordChar } from '../../../src/core/parse/line-scan';
import type { TopicRule } from '../../../src/core/parse/parse-context';
import { fold } from '../../../src/core/text/fold';
import { topicTermsIn } from './parse-helpers';

/**
 * The plain definition of a topic match: the folded term occurs in the folded text, with a
 * word boundary wherever the term starts or ends with a word character. The topic-term search
 * only walks where its regex finds a possible start; this checks the regex never hides one.
 */
function plainMatch(text: string, rules: readonly TopicRule[]): string[] {
	const hay = fold(text);
	const names: string[] = [];
	for (const rule of rules) {
		const hit = [rule.name, ...rule.terms].map(fold).some((term) => term !== '' && occursAsWord(hay, term));
		if (hit && !names.includes(rule.name)) names.push(rule.name);
	}
	return names;
}

function occursAsWord(hay: string, term: string): boolean {
	for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + 1)) {
		const end = at + term.length;
		const startOk = at === 0 || !isWordChar(hay, at) || !isWordChar(hay, at - 1);
		const endOk = end >= hay.length || !isWordChar(hay, end - 1) || !isWordChar(hay, end);
		if (startOk && endOk) return true;
	}
	return false;
}

/**
 * Pieces that exercise case, white space runs, regex metacharacters, overlaps and accents, and
 * non-ASCII characters that fold to themselves (dashes, lower-case Cyrillic), to one other
 * character (`É`, `К`, `ẞ`) or to something else (NBSP, `İ`, combining marks, `Σ`, whose
 * lower case depends on where it stands): the walk reads each kind of text differently.
 */
const piece = fc.constantFrom('a', 'B', 'ab', 'b a', ' ', '  ', '\n', '\t', '.', '+', '(', ')', '[', '|', '\\', '*', '?', '$', '^', '-', '_', 'é', 'E\u0301', '1', '—', '→', 'к', 'К', 'ß', '\u00a0', '\u2003', 'İ', 'Σ', 'Å', 'ǅ', 'ﬁ', 'ẞ', 'E\u0591', 'é\u0301');
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const term = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

describe('topicTermsIn against the plain definition', () => {
	it('finds exactly the topics whose folded terms occur as whole words', () => {
		fc.assert(
			fc.property(fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), text, (termLists, body) => {
				const rules: TopicRule[] = termLists.map((terms, k) => ({ name: `T${k}`, terms }));
				expect(topicTermsIn(body, rules)).toEqual(plainMatch(body, rules));
			}),
			{ numRuns: 3000 },
		);
	});

	it('finds terms that start inside another match (`memory safety`, `safety`)', () => {
		const rules: TopicRule[] = [
			{ name: 'Memory safety', terms: ['memory safety'] },
			{ name: 'Safety', terms: ['safety'] },
			{ name: 'Calls', terms: ['f(x)', 'a|b'] },
		];
		expect(topicTermsIn('Memory \n Safety first', rules)).toEqual(['Memory safety', 'Safety']);
		expect(topicTermsIn('call f(x) or a|b', rules)).toEqual(['Calls']);
		expect(topicTermsIn('call fx or a', rules)).toEqual([]);
	});

	it('looks for terms in the title and in the notes, never across the two', () => {
		const rules: TopicRule[] = [{ name: 'Memory safety', terms: [] }, { name: 'Rust', terms: [] }];
		expect(topicTermsIn(['Why memory', 'safety matters in Rust'], rules)).toEqual(['Rust']);
		expect(topicTermsIn(['Memory Safety', 'no notes'], rules)).toEqual(['Memory safety']);
		fc.assert(
			fc.property(fc.array(term, { minLength: 1, maxLength: 3 }), text, text, (terms, title, notes) => {
				const split: TopicRule[] = [{ name: 'T', terms }];
				const either = topicTermsIn(title, split).length + topicTermsIn(notes, split).length > 0;
				expect(topicTermsIn([title, notes], split)).toEqual(either ? ['T'] : []);
			}),
			{ numRuns: 1000 },
		);
	});
});
