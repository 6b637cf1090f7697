import fc from 'fast-check';
import { cannotHoldContext } from '../../../src/core/parse/context-free';
import { maskLines } from '../../../src/core/parse/masking';
import { buildOutline } from '../../../src/core/parse/outline';
import { NO_PEOPLE } from '../../../src/core/parse/parse-context';
import { toLines } from '../../../src/core/parse/source-text';
import { findTalkSites } from '../../../src/core/parse/talk-sites';
import { note, parse } from './parse-helpers';

/** Conferences the full scan finds in a note body (no frontmatter). */
function scannedConferences(text: string): number {
	const lines = toLines(text);
	const outline = buildOutline(maskLines(lines, 0), lines, 0);
	return findTalkSites(outline, { bodyStart: 0, date: '2024-05-01', people: NO_PEOPLE, progress: { line: 0 } }).conferences.length;
}

describe('cannotHoldContext (the shortcut past the talk scan)', () => {
	it('takes a daily note whose links all sit on childless bullets', () => {
		const text = note('# 2024-05-01', '- reviewed [[Garden]] with the team', '', '- lunch', '> quoting [[Someone]]');
		expect(cannotHoldContext(text, 0)).toBe(true);
	});

	it('takes linked bullets and paragraphs with too many words around the link to be a context, even with children', () => {
		const text = note('- spent the afternoon in the [[Billing v2]] repository', '\t- watched a recording', 'reviewed the [[Q3 planning]] doc with the team');
		expect(cannotHoldContext(text, 0)).toBe(true);
		expect(scannedConferences(text)).toBe(0);
	});

	it('leaves a linked bullet with children, a linked heading and a lone linked paragraph to the full scan', () => {
		for (const text of [note('- [[RustConf]]', '\t- Fast Queues'), note('## [[RustConf]]'), note('at [[RustConf]]')]) {
			expect(cannotHoldContext(text, 0)).toBe(false);
			expect(scannedConferences(text)).toBe(1);
		}
	});

	it('leaves a tag or a comment that could rejoin a link to the full scan', () => {
		const joined = note('- [<!-- x -->[RustConf]]', '\t- Fast Queues');
		expect(cannotHoldContext(joined, 0)).toBe(false);
		expect(parse(joined).conferences.map((c) => c.name)).toEqual(['RustConf']);
		const tagged = note('Local meetup #Conference');
		expect(cannotHoldContext(tagged, 0)).toBe(false);
	});

	it('never says true of a note where the full scan finds a context', () => {
		const piece = fc.constantFrom(
			'- [[RustConf]]', '\t- [[RustConf]]', '  - Fast Queues — Ada Byron', '', '   ', '# [[Day]]', 'at [[RustConf]]',
			'text', '- ```js', '```', '$$', '- x <!-- [[A]] -->', '> [[Q]]', '1. [[N]]', '* [[S]]', '\t', '- [ ] [[T]]', '---',
			'- spent the day in [[A]] code', '- Day 2 of [[A]]', 'x y z [[P]] (day 2)', '- [x] a b [[T]]', '1. a b [[N]]', '- [[A]] ^block-1',
			'  at [[B]] with the whole team', '- a [[A]] and [[B]]', '- ## [[H]]',
			'- one two [[A]] three ^id-1', '- one two [[A]] three four', '- x [[a[b]] c d e f', '- !! [[A]] ? ?', '- a\u2003b c d [[A]]', '- 1 2 3 4 [[A|x y]]',
		);
		fc.assert(
			// LF-only text takes the native line search; CRLF and lone CR the character loop.
			fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), (pieces, lineBreak) => {
				const text = pieces.join(lineBreak);
				if (cannotHoldContext(text, 0)) expect(scannedConferences(text)).toBe(0);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('cannotHoldContext tag test', () => {
	it('sees #conference in any case, and only that word', () => {
		const holds = (text: string) => !cannotHoldContext(text, 0);
		expect(holds('meetup #CONFERENCE')).toBe(true);
		expect(holds('meetup #ConFerence today')).toBe(true);
		expect(holds('meetup #confer')).toBe(false);
		expect(holds('meetup #conferencE')).toBe(true);
		expect(holds('# heading\n#c0nference')).toBe(false);
	});
});
