/** Properties of the line-level parsers on arbitrary markdown-ish lines: no throws, nothing invented. */
import fc from 'fast-check';
import { newInlineRefs, scanInline } from '../../../src/core/parse/inline';
import type { PeopleDirectory } from '../../../src/core/parse/parse-context';
import { parseSpeakerLine } from '../../../src/core/parse/speaker-line';
import { splitTalkLine } from '../../../src/core/parse/talk-line';
import { repairMojibake } from '../../../src/core/parse/text-repair';
import { fold } from '../../../src/core/text/fold';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const people: PeopleDirectory = { canonical: (name) => (fold(name) === 'ada byron' ? 'Ada Byron' : undefined) };

const fragments = [
	'', ' ', 'Ada Byron', 'Bo Linde', 'ada', 'Fast Queues', 'of', 'van', '[[', ']]', '[[Ada Byron]]', '[[A|B]]', '[', ']', '(', ')',
	'(Acme)', '](https://x.dev/a)', '![[img.png]]', 'https://x.dev/(a)', '~', '~~', ' — ', ' -- ', ' - ', '-', ':', ': ', ',', ' & ',
	' and ', '/', ' by ', '|', '**', '__', '`', '#tag', '#', '^id', ' ^blk-1', 'Keynote: ', 'Panel', 'Live Discussion', 'ðŸ¤¯', 'Ã©', '🤯',
	'\\', '\t', 'Speakers: ', 'moderated by ',
];
const line = fc.array(fc.constantFrom(...fragments), { maxLength: 12 }).map((parts) => parts.join(''));
const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe('line parsers on arbitrary lines', () => {
	it('splitTalkLine never throws, keeps a title, and takes speaker names from the line', () => {
		fc.assert(
			fc.property(line, (text) => {
				const parts = splitTalkLine(text, people);
				if (text.trim() !== '') expect(parts.title.trim()).not.toBe('');
				const source = squash(repairMojibake(text));
				for (const speaker of parts.speakers) {
					expect(speaker.name.trim()).not.toBe('');
					expect(source).toContain(speaker.name);
				}
				if (parts.blockId) expect(text).toContain(`^${parts.blockId}`);
				if (parts.track) expect(source).toContain(squash(parts.track));
			}),
			{ numRuns: runs * 4 },
		);
	});

	it('parseSpeakerLine never throws and returns only names found in the line', () => {
		fc.assert(
			fc.property(line, (text) => {
				const speakers = parseSpeakerLine(text, people);
				if (speakers === null) return;
				expect(speakers.length).toBeGreaterThan(0);
				for (const speaker of speakers) expect(squash(repairMojibake(text))).toContain(speaker.name);
			}),
			{ numRuns: runs * 4 },
		);
	});

	it('scanInline never throws and every tag and web link is text of the line', () => {
		fc.assert(
			fc.property(line, (text) => {
				const refs = newInlineRefs();
				scanInline(text, refs);
				for (const tag of refs.tags) expect(text).toContain(`#${tag}`);
				for (const link of refs.links) if (link.startsWith('http')) expect(text).toContain(link);
				for (const target of [...refs.wikilinks, ...refs.images]) expect(target.trim()).toBe(target);
			}),
			{ numRuns: runs * 4 },
		);
	});

	it('repairMojibake undoes the damage of any text and leaves text with other characters alone', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
				const damaged = [...Buffer.from(text, 'utf8')].map((b) => String.fromCharCode(b)).join('');
				const repaired = repairMojibake(damaged);
				// Latin-1 reading of the bytes: repaired unless a two-byte letter is in the vetoed IPA range.
				if (!/[\u0250-\u02ff\u0080-\u009f]/.test(text)) expect(repaired).toBe(text);
				// A character no single byte explains means the text was never mis-decoded: hands off.
				expect(repairMojibake(`${text}\u4e2d`)).toBe(`${text}\u4e2d`);
			}),
			{ numRuns: runs * 4 },
		);
	});
});
