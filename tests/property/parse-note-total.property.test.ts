/**
 * The parser is total: for any string at all (lone surrogates, control characters, every
 * line ending) and for markdown-shaped notes built to nest, fence, quote and mix endings,
 * it never throws, every position it reports is inside the note, the same input gives the
 * same output twice, and LF, CRLF and CR (even mixed in one note) read alike, as does a BOM.
 * Extends tests/core/parse/parse-note.property.test.ts, which checks talk order and ids
 * on a smaller grammar. `FUZZ_RUNS` sets the number of cases.
 */
import fc from 'fast-check';
import type { NoteExtract } from '../../src/core/model';
import { parse } from '../core/parse/parse-helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SETTINGS = { numRuns: RUNS, seed: 20_240_602 };

/** Lines as the parser counts them. */
function lineCount(text: string): number {
	return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/).length;
}

/** Every position in the extract lies inside the note, and each talk's parts inside the talk. */
function expectInside(extract: NoteExtract, text: string): void {
	const lines = lineCount(text);
	expect(extract.diagnostics.filter((d) => d.message.startsWith('Could not read'))).toEqual([]);
	for (const talk of extract.talks) {
		expect(talk.line).toBeGreaterThanOrEqual(1);
		expect(talk.endLine).toBeGreaterThanOrEqual(talk.line);
		expect(talk.endLine).toBeLessThanOrEqual(lines);
		for (const quote of talk.quotes) {
			expect(quote.line).toBeGreaterThan(talk.line);
			expect(quote.line).toBeLessThanOrEqual(talk.endLine);
		}
	}
	for (const mention of extract.conferences) {
		expect(mention.line).toBeGreaterThanOrEqual(1);
		expect(mention.line).toBeLessThanOrEqual(lines);
	}
	for (const diagnostic of extract.diagnostics) {
		expect(diagnostic.line).toBeGreaterThanOrEqual(0);
		expect(diagnostic.line).toBeLessThanOrEqual(lines);
	}
}

/** Any string: every code unit, lone surrogates and controls included. */
const anyText = fc.string({ unit: 'binary', maxLength: 300 });

const INDENTS = ['', '\t', '  ', '    ', '\t\t', ' \t', '>', '> ', '> > '];
const STARTS = ['- ', '* ', '+ ', '1. ', '2) ', '# ', '## ', '### ', '- [ ] ', '- [x] ', ''];
const BODIES = [
	'[[RustConf 2024]]', 'at [[FOSDEM|Fosdem]] day 2', 'Local meetup #conference', 'Fast Queues ~ Ada Byron', 'Ada Byron: Why Tests Flake',
	'Zero-copy Parsing (Ada Byron, Bo Linde)', 'Keynote: Big Ideas', 'Threads | Live Discussion - Rust vs Zig', 'Speakers: Ada Byron, Bo Linde',
	'ada: a quote', 'G: wish', '```', '```js', '~~~', '$$', '<!--', '-->', '%%', 'a %% b %% c', '`code <!-- x` y', '---', '***', '![[img.png]]',
	'https://example.com/x', '#rust and [[Tokio]]', 'Title ^block-1', 'ðŸ¤¯ mojibake', '', '   ', 'plain words',
];
const ENDINGS = ['\n', '\r\n', '\r'];

/** A markdown-shaped line: some indentation or quoting, a marker, a body. */
const mdLine = fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...STARTS), fc.constantFrom(...BODIES)).map((parts) => parts.join(''));
/** A markdown-shaped note with mixed line endings and, sometimes, frontmatter. */
const mdNote = fc
	.tuple(
		fc.constantFrom('', '---\nconference: "[[KubeCon]]"\n---\n', '---\ntalks: true\n---\r\n', '---\n: : [broken\n---\n', '---\nunclosed: yes\n'),
		fc.array(fc.tuple(mdLine, fc.constantFrom(...ENDINGS)), { maxLength: 40 }),
	)
	.map(([frontmatter, lines]) => frontmatter + lines.map(([line, ending]) => line + ending).join(''));

/** LF only, for comparing the endings. */
const toLf = (text: string) => text.replace(/\r\n|\r/g, '\n');

describe('parseNote is total', () => {
	it('never throws and reports positions inside the note, for any string', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				expectInside(parse(text), text);
				expectInside(parse(text, { scope: 'other' }), text);
			}),
			SETTINGS,
		);
	});

	it('never throws and reports positions inside the note, for markdown-shaped notes', () => {
		fc.assert(
			fc.property(mdNote, (text) => {
				expectInside(parse(text), text);
			}),
			SETTINGS,
		);
	});

	it('gives the same extract twice for the same input', () => {
		fc.assert(
			fc.property(fc.oneof(anyText, mdNote), (text) => {
				expect(parse(text, {}, { autoKeywords: true })).toEqual(parse(text, {}, { autoKeywords: true }));
			}),
			SETTINGS,
		);
	});

	it('reads LF, CRLF, CR and any mix of them alike', () => {
		fc.assert(
			fc.property(fc.oneof(mdNote, anyText), (text) => {
				const lf = toLf(text);
				const expected = parse(lf);
				expect(parse(text)).toEqual(expected);
				expect(parse(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
				expect(parse(lf.replace(/\n/g, '\r'))).toEqual(expected);
			}),
			SETTINGS,
		);
	});

	it('reads a note the same with a byte order mark', () => {
		fc.assert(
			fc.property(mdNote, (text) => {
				expect(parse(`\ufeff${text}`)).toEqual(parse(text));
			}),
			SETTINGS,
		);
	});
});
