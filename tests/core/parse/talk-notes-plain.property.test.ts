/** A talk's notes cut by offsets are exactly the dedented, trimmed lines the plain path joined. */
import fc from 'fast-check';
import { dedent } from '../../../src/core/parse/indent';
import { maskLines } from '../../../src/core/parse/masking';
import { buildOutline, type OutlineLine } from '../../../src/core/parse/outline';
import { talkNotes } from '../../../src/core/parse/talk-notes';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** talkNotes as first written: every line trimmed to test it, dedented, then trimmed at the end. */
function plainTalkNotes(outline: readonly OutlineLine[], index: number, end: number): string {
	const out: string[] = [];
	let first = index + 1;
	while (first <= end && !outline[first].substantive) first++;
	if (first > end) return '';
	const columns = outline[first].kind === 'inner' ? 0 : outline[first].indent;
	for (let j = first; j <= end; j++) {
		const raw = outline[j].raw;
		out.push(raw.trim() === '' ? '' : dedent(raw, columns).trimEnd());
	}
	return out.join('\n');
}

const indent = fc.array(fc.constantFrom(' ', '  ', '\t', '\u00a0'), { maxLength: 3 }).map((p) => p.join(''));
const body = fc.constantFrom('- note', '- note  ', '- x\t', 'text', '', ' ', '\u3000', '```', '- [ ] task', '1. step', '> quote', '- é ');
const line = fc.tuple(indent, body).map(([a, b]) => a + b);

describe('talkNotes', () => {
	it('gives every talk the notes the plain path gave', () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), (rest) => {
				const lines = ['- Talk ~ Ada Byron', ...rest];
				const outline = buildOutline(maskLines(lines, 0), lines, 0);
				for (let i = 0; i < outline.length; i++) expect(talkNotes(outline, i, outline[i].end)).toBe(plainTalkNotes(outline, i, outline[i].end));
			}),
			{ numRuns: runs * 5 },
		);
	});
});
