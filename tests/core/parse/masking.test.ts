import { maskLines } from '../../../src/core/parse/masking';

const kinds = (...lines: string[]) => maskLines(lines, 0).map((line) => line.kind);

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
		expect(lines.map((line) => line.kind)).toEqual(['open', 'hidden', 'hidden', 'open', 'hidden', 'hidden', 'open']);
		expect(lines.map((line) => line.text)).toEqual(['', '- hidden', '-->', '', '- hidden', '%%', '- shown']);
		const masked = maskLines(['- Talk <!-- draft --> ~ Ada %%todo%%', '- Keep %% open', 'still hidden %%', '- after'], 0);
		expect(masked.map((line) => line.text)).toEqual(['- Talk  ~ Ada ', '- Keep ', 'still hidden %%', '- after']);
		expect(masked.map((line) => line.kind)).toEqual(['open', 'open', 'hidden', 'open']);
	});

	it('does not see comments inside code spans', () => {
		expect(maskLines(['- use `%%` for comments'], 0)[0].text).toBe('- use `%%` for comments');
	});

	it('skips the frontmatter lines', () => {
		expect(maskLines(['---', '```', '---', '- a'], 3).map((line) => line.kind)).toEqual(['hidden', 'hidden', 'hidden', 'open']);
	});
});
