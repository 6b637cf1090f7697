import fc from 'fast-check';
import { maskKind, maskLines, maskText, type MaskedLines } from '../../../src/core/parse/masking';

const each = <T>(masked: MaskedLines, read: (i: number) => T): T[] => Array.from({ length: masked.codes.length }, (_, i) => read(i));
const kindsOf = (masked: MaskedLines) => each(masked, (i) => maskKind(masked, i));
const textsOf = (masked: MaskedLines) => each(masked, (i) => maskText(masked, i));
const kinds = (...lines: string[]) => kindsOf(maskLines(lines, 0));

describe('lines that are never structure (section 9)', () => {
	it('masks fenced code with backticks or tildes, up to a matching closer', () => {
		expect(kinds('```js', '- not a talk', '```', '- talk')).toEqual(['block', 'inner', 'inner', 'open']);
		expect(kinds('~~~~', '```', '- inside', '~~~~', '- out')).toEqual(['block', 'inner', 'inner', 'inner', 'open']);
	});

	it('opens a fence right after a list marker, keeping the bullet itself', () => {
		expect(kinds('- ```python', '  - code', '  ```', '- talk')).toEqual(['open', 'inner', 'inner', 'open']);
	});

	it('lets an unclosed fence mask everything after it', () => {
		expect(kinds('```', '- a', '', '# b')).toEqual(['block', 'inner', 'inner', 'inner']);
	});

	it('does not take inline triple backticks for a fence', () => {
		expect(kinds('```code``` here', '- talk')).toEqual(['open', 'open']);
	});

	it('masks $$ math blocks, one-line ones included', () => {
		expect(kinds('$$', '- x', '$$', '$$ a $$', '- y')).toEqual(['block', 'inner', 'inner', 'block', 'open']);
	});

	it('hides multi-line HTML and %% comments, and cuts comments out of a line', () => {
		const lines = maskLines(['<!--', '- hidden', '-->', '%%', '- hidden', '%%', '- shown'], 0);
		expect(kindsOf(lines)).toEqual(['open', 'hidden', 'hidden', 'open', 'hidden', 'hidden', 'open']);
		expect(textsOf(lines)).toEqual(['', '- hidden', '-->', '', '- hidden', '%%', '- shown']);
		const masked = maskLines(['- Talk <!-- draft --> ~ Ada %%todo%%', '- Keep %% open', 'still hidden %%', '- after'], 0);
		expect(textsOf(masked)).toEqual(['- Talk  ~ Ada ', '- Keep ', 'still hidden %%', '- after']);
		expect(kindsOf(masked)).toEqual(['open', 'open', 'hidden', 'open']);
	});

	it('does not see comments inside code spans', () => {
		expect(maskText(maskLines(['- use `%%` for comments'], 0), 0)).toBe('- use `%%` for comments');
	});

	it('skips the frontmatter lines', () => {
		expect(kindsOf(maskLines(['---', '```', '---', '- a'], 3))).toEqual(['hidden', 'hidden', 'hidden', 'open']);
	});

	it('masks the same with the note text given (which lets notes without openers skip the per-line searches) as without', () => {
		const piece = fc.constantFrom('- talk', '```js', '```', '~~~', '  ~~~~', '$$', '$$ a $$', 'x $$', '<!--', '-->', 'a <!-- b --> c', '%%', 'x %% y %%', '- `%%`', '', '- ```py');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(3), (lines, from) => {
				const withText = maskLines(lines, from, lines.join('\n'));
				const without = maskLines(lines, from);
				expect(kindsOf(withText)).toEqual(kindsOf(without));
				expect(textsOf(withText)).toEqual(textsOf(without));
			}),
			{ numRuns: 1000 },
		);
		expect(kindsOf(maskLines(['---', 'a: 1', '---', '- talk'], 3, '---\na: 1\n---\n- talk'))).toEqual(['hidden', 'hidden', 'hidden', 'open']);
	});
});
