import fc from 'fast-check';
import type { NoteExtract } from '../../../src/core/model';
import type { PeopleDirectory } from '../../../src/core/parse/parse-context';
import { parseNote } from '../../../src/core/parse/parse-note';
import { TalkReuse } from '../../../src/core/parse/talk-reuse';
import { fold } from '../../../src/core/text/fold';
import { context, note } from './parse-helpers';

const DAY = note(
	'# 2024-05-01',
	'',
	'[[RustConf 2024]]',
	'- Fast Queues in Rust ~ Ada Byron',
	'\t- tokio and #async all the way',
	'\t- Q: what about [[io_uring]]?',
	'- Zig for Rustaceans ~ Bo Linde',
	'\t- comptime is the point',
	'- Panel: Memory Safety ~ Ada Byron, Cy Dunn',
	'\t- Ada: unsafe is a contract',
);

/** A directory whose answers can change, with the version the reuse memo watches. */
function livePeople(): PeopleDirectory & { add(name: string, alias: string): void } {
	const names = new Map<string, string>();
	let version = 0;
	return {
		canonical: (name) => names.get(fold(name)),
		get version() {
			return version;
		},
		add(name, alias) {
			names.set(fold(alias), name);
			version++;
		},
	};
}

/** One directory for the whole suite: a reuse memo starts over for another directory. */
const NOBODY: PeopleDirectory = { canonical: () => undefined, version: 0 };
/** Settings topics of one setup: the same list object from parse to parse, as the plugin's. */
const TOPICS = [{ name: 'Rust', terms: ['rust', 'tokio'] }];

function parseWith(text: string, reuse?: TalkReuse, people: PeopleDirectory = NOBODY): NoteExtract {
	return parseNote({ path: 'Daily/2024-05-01.md', scope: 'daily', fileDate: '2024-05-01', text }, context({ people, reuse, autoKeywords: true, topics: TOPICS }));
}

describe('reusing unchanged talks when a note is parsed again', () => {
	it('rebuilds only the edited talk and gives back the others as the same records', () => {
		const reuse = new TalkReuse();
		const before = parseWith(DAY, reuse);
		const edited = DAY.replace('Zig for Rustaceans', 'Zig for Rust people');
		const after = parseWith(edited, reuse);
		expect(after).toEqual(parseWith(edited));
		expect(after.talks[0]).toBe(before.talks[0]);
		expect(after.talks[2]).toBe(before.talks[2]);
		expect(after.talks[1]).not.toBe(before.talks[1]);
		expect(after.talks[1].title).toBe('Zig for Rust people');
	});

	it('moves the line numbers of talks below an inserted line, and their quotes with them', () => {
		const reuse = new TalkReuse();
		parseWith(DAY, reuse);
		const moved = DAY.replace('[[RustConf 2024]]', 'a line of its own\n\n[[RustConf 2024]]');
		const after = parseWith(moved, reuse);
		expect(after).toEqual(parseWith(moved));
		expect(after.talks[2].quotes[0]?.line).toBe(parseWith(moved).talks[2].quotes[0]?.line);
	});

	it('never serves a talk read with other people or other settings', () => {
		const reuse = new TalkReuse();
		const people = livePeople();
		parseWith(DAY, reuse, people);
		people.add('Ada Lovelace', 'Ada Byron');
		const after = parseWith(DAY, reuse, people);
		expect(after.talks[0].speakers[0].name).toBe(parseWith(DAY, undefined, people).talks[0].speakers[0].name);
		expect(after).toEqual(parseWith(DAY, undefined, people));
		const noKeywords = parseNote({ path: 'Daily/2024-05-01.md', scope: 'daily', fileDate: '2024-05-01', text: DAY }, context({ people, reuse, autoKeywords: false }));
		expect(noKeywords.talks[0].keywords).toEqual({ words: [], counts: [] });
	});

	it('gives the same extract as a parse without reuse, whatever the sequence of edits', () => {
		const lines = DAY.split('\n');
		const edit = fc.record({ at: fc.nat(lines.length + 2), kind: fc.constantFrom('insert', 'delete', 'change', 'indent'), text: fc.constantFrom('- New talk ~ Di Eve', '\t- a note on tokio', '', '## Afternoon', '[[Other Conf]]', '- Title changed ~ Ada Byron') });
		fc.assert(
			fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
				const reuse = new TalkReuse();
				const current = [...lines];
				parseWith(current.join('\n'), reuse);
				for (const { at, kind, text } of edits) {
					const i = Math.min(at, current.length);
					if (kind === 'insert') current.splice(i, 0, text);
					else if (kind === 'delete') current.splice(i, 1);
					else if (kind === 'change') current[i] = text;
					else current[i] = `\t${current[i] ?? ''}`;
					const body = current.join('\n');
					expect(parseWith(body, reuse)).toEqual(parseWith(body));
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('reads each unchanged talk line and frontmatter once: an edit re-reads only what changed', () => {
		let lookups = 0;
		const counting: PeopleDirectory = { canonical: () => (lookups++, undefined), version: 0 };
		const yamlSources: string[] = [];
		// One parser for the setup, as the plugin has: another parser function starts the memo over.
		const parseYaml = (source: string): unknown => (yamlSources.push(source), { conference: '[[RustConf 2024]]' });
		// A comment takes the block past the subset read without a parser (simple-yaml.ts).
		const withFrontmatter = `---\nconference: "[[RustConf 2024]]" # the trip\n---\n${DAY}`;
		const parseCounting = (text: string, reuse?: TalkReuse) =>
			parseNote({ path: 'Daily/2024-05-01.md', scope: 'daily', fileDate: '2024-05-01', text }, context({ people: counting, reuse, autoKeywords: true, topics: TOPICS, parseYaml }));
		const reuse = new TalkReuse();
		parseCounting(withFrontmatter, reuse);
		const edited = withFrontmatter.replace('Zig for Rustaceans', 'Zig for Rust people');
		lookups = 0;
		yamlSources.length = 0;
		const again = parseCounting(edited, reuse);
		const rereadLookups = lookups;
		expect(yamlSources).toEqual([]);
		lookups = 0;
		expect(again).toEqual(parseCounting(edited));
		// A parse without the memo asks the directory about every talk line; the re-parse only about the edited one.
		expect(rereadLookups).toBeLessThan(lookups / 2);
		expect(yamlSources).toHaveLength(1);
	});

	it('reads a changed frontmatter again', () => {
		const reuse = new TalkReuse();
		const front = (conference: string) => `---\nconference: "[[${conference}]]"\n---\n- Fast Queues ~ Ada Byron\n\t- notes`;
		const parseFront = (text: string, memo?: TalkReuse) =>
			parseNote({ path: 'Notes/Queues.md', scope: 'other', text }, context({ people: NOBODY, reuse: memo, autoKeywords: true, topics: TOPICS }));
		parseFront(front('RustConf'), reuse);
		const changed = parseFront(front('ZigConf'), reuse);
		expect(changed).toEqual(parseFront(front('ZigConf')));
		expect(changed.talks[0].conference).toBe('ZigConf');
	});
});
