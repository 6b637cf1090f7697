/** The note size limit: how a note is measured, and that the parser skips an oversized note whole. */
import { isTooLargeText, MAX_NOTE_BYTES, tooLargeMessage, utf8Length } from '../../src/core/limits';
import { parse } from './parse/parse-helpers';

describe('utf8Length', () => {
	it('counts what TextEncoder would write, for every width of character and lone surrogates', () => {
		for (const text of ['', 'ascii', 'café', 'ðŸ¤¯', '🤯 emoji', '中文字', '\ud800 lone', 'end \udc00', 'a\u0000b', '\ufeffbom']) {
			expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
		}
	});
});

describe('isTooLargeText', () => {
	it('puts the limit exactly at MAX_NOTE_BYTES of UTF-8', () => {
		expect(isTooLargeText('a'.repeat(MAX_NOTE_BYTES))).toBe(false);
		expect(isTooLargeText('a'.repeat(MAX_NOTE_BYTES + 1))).toBe(true);
		// Fewer code units than the limit, but three bytes each: over.
		const wide = '中'.repeat(Math.floor(MAX_NOTE_BYTES / 3) + 1);
		expect(wide.length).toBeLessThan(MAX_NOTE_BYTES);
		expect(isTooLargeText(wide)).toBe(true);
		expect(isTooLargeText('中'.repeat(Math.floor(MAX_NOTE_BYTES / 3)))).toBe(false);
	});

	it('words the diagnostic in megabytes', () => {
		expect(tooLargeMessage(6.5 * 1024 * 1024)).toBe('Note is 6.5 MB, over the 5 MB limit; not indexed (split it into smaller notes to see its talks)');
	});
});

describe('parseNote and the size limit', () => {
	/** A daily note of honest talks, padded with notes to about `bytes`. */
	function bigNote(bytes: number): string {
		const head = '[[Big Conf]]\n- First Talk ~ Ada Byron\n\t- notes\n';
		const tail = '- Last Talk ~ Bo Linde\n\t- notes\n';
		const filler = '\t- a line of notes about queues and latency\n';
		const body = filler.repeat(Math.ceil((bytes - head.length - tail.length) / filler.length));
		return (head + body).slice(0, bytes - tail.length) + '\n' + tail;
	}

	it('indexes a note just under the limit whole, with its last talk', () => {
		const text = bigNote(MAX_NOTE_BYTES - 64);
		const extract = parse(text);
		expect(extract.talks.map((t) => t.title)).toEqual(['First Talk', 'Last Talk']);
		expect(extract.diagnostics).toEqual([]);
	});

	it('skips a note just over the limit whole: no talks, no conference, one diagnostic', () => {
		const extract = parse(bigNote(MAX_NOTE_BYTES + 64));
		expect(extract.talks).toEqual([]);
		expect(extract.conferences).toEqual([]);
		expect(extract.date).toBe('2024-05-01');
		expect(extract.diagnostics).toEqual([{ file: 'Daily/2024-05-01.md', line: 0, message: expect.stringMatching(/^Note is 5 MB, over the 5 MB limit; not indexed/) }]);
	});

	it('skips a large note that opts in, or a person note, with a diagnostic; other large notes silently', () => {
		const padding = 'x'.repeat(MAX_NOTE_BYTES);
		const optIn = parse(`---\nconference: "[[RustConf]]"\n---\n- Talk ~ Ada Byron\n${padding}`, { path: 'RustConf.md', scope: 'other', fileDate: undefined });
		expect(optIn.diagnostics).toHaveLength(1);
		expect(optIn.talks).toEqual([]);
		const person = parse(`---\ntype: person\n---\n${padding}`, { path: 'People/Ada Byron.md', scope: 'other', fileDate: undefined });
		expect(person.person).toBeUndefined();
		expect(person.diagnostics).toHaveLength(1);
		const other = parse(`# An export\n${padding}`, { path: 'Exports/log.md', scope: 'other', fileDate: undefined });
		expect(other.diagnostics).toEqual([]);
		expect(other.talks).toEqual([]);
	});
});
