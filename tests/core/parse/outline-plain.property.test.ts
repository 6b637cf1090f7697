/** The typed-array masking and hand-trimmed outline build exactly the outline the plain per-line passes built. */
import fc from 'fast-check';
import { maskKind, maskLines, maskText } from '../../../src/core/parse/masking';
import { buildOutline, isTrimSpace } from '../../../src/core/parse/outline';
import { plainBuildOutline, plainMaskLines } from './reference/plain-outline';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const pieces = [
	' ', '  ', '\t', '-', '*', '+', '_', '#', '## ', '1.', '2)', '>', '> ', 'a', 'Talk', ' ~ Ada', '[ ]', '[x]', '```', '~~~', '$$', '`', '<!--', '-->',
	'%%', '\u00a0', '\u2028', '\u3000', '\ufeff', '\f', '\v', 'é', '😀', ' #', '---', '- - -',
];
const line = fc.oneof(
	{ weight: 4, arbitrary: fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
);

describe('maskLines and buildOutline', () => {
	it('give every line the kind, text and tree the plain passes gave', () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 25 }), fc.nat(4), (lines, from) => {
				const masked = maskLines(lines, from);
				const plain = plainMaskLines(lines, from);
				expect(Array.from({ length: masked.codes.length }, (_, i) => ({ kind: maskKind(masked, i), text: maskText(masked, i) }))).toEqual(plain);
				expect(buildOutline(masked, lines, from)).toEqual(plainBuildOutline(plain, lines, from));
			}),
			{ numRuns: runs * 10 },
		);
	});

	it('trims exactly the white space String.prototype.trim does', () => {
		const wrong: number[] = [];
		for (let c = 0; c <= 0xffff; c++) if (isTrimSpace(c) !== (String.fromCharCode(c).trim() === '')) wrong.push(c);
		expect(wrong).toEqual([]);
	});
});
