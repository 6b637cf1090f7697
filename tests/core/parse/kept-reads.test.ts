import { fold } from '../../../src/core/text/fold';
import { keptSpeakerLine, keptTalkLine } from '../../../src/core/parse/kept-reads';
import type { PeopleDirectory } from '../../../src/core/parse/parse-context';
import { ReparseMemos, readOnce } from '../../../src/core/parse/reparse-memos';
import { parseSpeakerLine } from '../../../src/core/parse/speaker-line';
import { splitTalkLine } from '../../../src/core/parse/talk-line';

const people: PeopleDirectory = { canonical: (name) => (fold(name) === 'ada byron' ? 'Ada Byron' : undefined) };

/** Every object and array in a value, outermost first. */
function objectsIn(value: unknown): object[] {
	if (value === null || typeof value !== 'object') return [];
	return [value, ...Object.values(value).flatMap(objectsIn)];
}

describe('kept reads', () => {
	const lines = [
		'Threads | **Fast Queues** ([[Ada Byron]], Cy Dunn (Acme)) - great demo ^fq1',
		'Keynote: [Fast Queues](https://example.org) ~ Ada Byron',
		'Plain title without speakers',
	];

	it('a talk line is kept as an equal copy, fields in the same order, sharing no object with the read', () => {
		for (const line of lines) {
			const read = splitTalkLine(line, people);
			const kept = keptTalkLine(read);
			expect(kept).toEqual(read);
			expect(JSON.stringify(kept)).toBe(JSON.stringify(read));
			const readObjects = new Set(objectsIn(read));
			for (const object of objectsIn(kept)) expect(readObjects.has(object)).toBe(false);
		}
	});

	it('a speaker line is kept as an equal copy, moderators included', () => {
		const read = parseSpeakerLine('Moderator: [[Ada Byron]]; Panelists: Cy Dunn (Acme), Bo Li', people);
		expect(read).not.toBeNull();
		const kept = keptSpeakerLine(read);
		expect(JSON.stringify(kept)).toBe(JSON.stringify(read));
		const readObjects = new Set(objectsIn(read));
		for (const object of objectsIn(kept)) expect(readObjects.has(object)).toBe(false);
		expect(keptSpeakerLine(null)).toBeNull();
	});

	it('the re-parse memos keep copies: a read returned to one parse is never served to the next', () => {
		const memos = new ReparseMemos();
		const first = readOnce(memos.talkLines, lines[0], people, splitTalkLine);
		const again = readOnce(memos.talkLines, lines[0], people, splitTalkLine);
		expect(again).toEqual(first);
		expect(again).not.toBe(first);
		expect(again.speakers).not.toBe(first.speakers);
		// Served from the memo from then on: the same kept copy.
		expect(readOnce(memos.talkLines, lines[0], people, splitTalkLine)).toBe(again);

		const speakerLine = 'Speakers: Ada Byron, Cy Dunn';
		const named = readOnce(memos.speakerLines, speakerLine, people, parseSpeakerLine);
		const namedAgain = readOnce(memos.speakerLines, speakerLine, people, parseSpeakerLine);
		expect(namedAgain).toEqual(named);
		expect(namedAgain).not.toBe(named);
	});
});
