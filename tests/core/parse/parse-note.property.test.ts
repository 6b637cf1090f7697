/** Properties of parseNote on arbitrary markdown-ish text: it never throws and its records always make sense. */
import fc from 'fast-check';
import type { NoteExtract } from '../../../src/core/model';
import { parse } from './parse-helpers';

const runs = Number(process.env.FUZZ_RUNS ?? 150);

const fragments = [
	'', '- ', '\t', '  ', '    ', '+ ', '* ', '1. ', '2) ', '# ', '## ', '### ', '[[Conf]]', '[[A|B]]', 'at [[X]]',
	'#conference', 'Talk ~ Ada Byron', 'Keynote: Big Idea', 'Jon Haddad: Perf', 'Title (Bo Linde, Cy Young)', '```', '~~~',
	'$$', '<!--', '-->', '%%', '> ', '>[!note]', '---', 'text', '![[img.png]]', 'https://x.example/a', '[ ] ', '[x] ',
	' ^block-1', ':', '(', ')', '|', ' — ', 'ðŸ¤¯', '\u0000', '\r', 'carl', 'J: ', 'Speakers: Ada Byron, Bo Linde', '\ufeff',
];
const line = fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((parts) => parts.join(''));
const noteText = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

function checkInvariants(extract: NoteExtract, text: string): void {
	const lineCount = text.split(/\r\n|\r|\n/).length;
	expect(extract.diagnostics.filter((d) => d.message.startsWith('Could not read'))).toEqual([]);
	const ids = new Set<string>();
	let previousEnd = 0;
	for (const talk of extract.talks) {
		expect(talk.title.trim()).not.toBe('');
		expect(talk.line).toBeGreaterThan(previousEnd);
		expect(talk.endLine).toBeGreaterThanOrEqual(talk.line);
		expect(talk.endLine).toBeLessThanOrEqual(lineCount);
		expect(ids.has(talk.id)).toBe(false);
		ids.add(talk.id);
		previousEnd = talk.endLine;
	}
	for (const mention of extract.conferences) {
		expect(mention.line).toBeGreaterThanOrEqual(1);
		expect(mention.line).toBeLessThanOrEqual(lineCount);
	}
	expect(JSON.parse(JSON.stringify(extract))).toEqual(extract);
}

describe('parseNote on arbitrary text', () => {
	it('never throws, never crashes inside, and gives talks in order, in range, with unique ids', () => {
		fc.assert(
			fc.property(noteText, (text) => {
				checkInvariants(parse(text), text);
				checkInvariants(parse(text, { scope: 'other' }), text);
			}),
			{ numRuns: runs },
		);
	});

	it('gives the same talks whatever the line endings', () => {
		fc.assert(
			fc.property(noteText.filter((text) => !text.includes('\r') && !text.includes('\u0000')), (text) => {
				expect(parse(text.replace(/\n/g, '\r\n')).talks).toEqual(parse(text).talks);
			}),
			{ numRuns: runs },
		);
	});

	it('survives any string at all', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
				expect(() => parse(text)).not.toThrow();
			}),
			{ numRuns: runs },
		);
	});
});
