/**
 * The keyword scan (a reused hash table read in place) returns exactly what the scan it
 * replaced returned (`reference/keywords.ts`): the same keys, counts and key order, on nasty
 * generated text and on every talk of the generated tiny vault. `FUZZ_RUNS` sets the runs.
 */
import fc from 'fast-check';
import { generateVault } from '../../../src/bench/generate-vault';
import { contextFor, indexNotes, vaultNotes } from '../../../src/bench/vault-notes';
import { collectKeywords } from '../../../src/core/parse/keywords';
import { parseNote } from '../../../src/core/parse/parse-note';
import { foldName, keywordExclusions } from '../../../src/core/parse/talk-refs';
import { referenceKeywords } from './reference/keywords';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

const words = [
	// the same terms in several spellings, plain and possessive
	'rust', 'Rust', 'RUST', 'rUST', "Rust's", 'Rust’s', "rust's", 'tooling', 'Tooling', 'TOOLING', 'sql', 'SQL', 'Sql', 'go', 'Go', 'GO',
	'sqlite', 'SQLite', 'SqLite', 'gRPC', 'GRPC', 'grpc', 'iOS', 'ios', 'OpenTelemetry', 'openTelemetry', 'toString', 'ToString', 'valueOf', 'constructor', 'Constructor', '__proto__',
	// stop words and contractions
	'The', 'the', 'This', 'It', "It's", 'It’s', "Don't", 'Don’t', "don't", 'We', 'E.g', 'e.g', 'I', 'A', 'a', 'Is', 'is',
	// shapes: symbols, dots, digits, joiners
	'C++', 'C#', 'c++', 'c#', 'C+++', 'F#x', 'Fly.io', 'fly.io', 'FLY.IO', 'Node.js', 'node.js', 'v1.2', 'P99', 'p99', '2023', '3D', '3d', 'x86_64', 'A.B.', 'U.S.', 'O’Reilly', "O'Reilly", "rock'n'roll",
	// non-ASCII: accents, sharp s, Greek, dotted I, composed and decomposed forms
	'Éclair', 'éclair', 'ÉCLAIR', 'Eclair', 'eclair', 'Café', 'café', 'Cafe', 'cafe', 'CAFÉ', 'Cafe\u0301', 'cafe\u0301', 'Straße', 'straße', 'STRASSE', 'Strasse', 'ß', 'ẞ',
	'Ωmega', 'ωmega', 'ΩMEGA', 'İstanbul', 'istanbul', 'Istanbul', 'naïve', 'Naïve', 'NAÏVE', 'Zürich', 'zurich', 'Zurich', 'Ünïcode', 'Ǆemal', 'ǅemal', 'ǆemal', 'Ⅻ', 'Kelvin', '\u212Aelvin',
	'Łódź', 'łódź', 'Lodz', '東京', 'Ǉ', '😀Emoji', 'Emoji😀', '𝐀lpha', '𝐚lpha',
];
const separators = [
	' ', ' ', ' ', '  ', '\t', '\n', '\n- ', '\n\t- ', '- ', '. ', '.', '! ', '!', '? ', ': ', ':', ' | ', '|', ' ~ ', '~', '—', ' — ', ', ', '; ', '_', "'", '’', '+', '#', '(', ')', '[', ']', '-', '/', '"', '\u00a0', '\u2003', '\r\n',
];
const specials = [
	'http://Example.com/SomePath', 'https://Docs.Rust-lang.org/Book', 'www.Other.org/Page', 'HTTP://Shout.IO', 'hTTpS://Mixed.Case', 'http:/Broken', 'httpx://Nope', 'www', 'Www.', 'wwwx.Org', 'http',
	'![[Pasted Image 20231018.png]]', '![[Unclosed Image Name', '![[', ']]', '![](Slides.png)', '[the Docs](https://Docs.dev/Guide)', '[x](Some Dest)', '](Dest)', '](', ')',
];
const randomWord = fc.string({ unit: fc.constantFrom(...'aAbBzZéÉßΩ09._\'’+#'.split('')), minLength: 1, maxLength: 8 });
const piece = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...words) },
	{ weight: 5, arbitrary: fc.constantFrom(...separators) },
	{ weight: 1, arbitrary: fc.constantFrom(...specials) },
	{ weight: 1, arbitrary: randomWord },
);
const text = (maxLength: number) => fc.array(piece, { maxLength }).map((p) => p.join(''));
const exclusions = fc.subarray(['rust', 'sql', 'tooling', 'cafe', 'café', 'straße', 'ωmega', 'fly.io', 'c++', 'armin ronacher', 'armin', 'ronacher', 'kelvin', '']).map((x) => new Set(x));

/** Both scans' results as entry lists, so key order counts too. */
function both(title: string, body: string, exclude: ReadonlySet<string>): { got: [string, number][]; want: [string, number][] } {
	const { words, counts } = collectKeywords(title, body, exclude);
	return { got: words.map((word, k): [string, number] => [word, counts[k]]), want: Object.entries(referenceKeywords(title, body, exclude)) };
}

describe('collectKeywords against the scan it replaced', () => {
	it('returns the same keywords, counts and order on generated text', () => {
		fc.assert(
			fc.property(text(12), text(60), exclusions, (title, body, exclude) => {
				const { got, want } = both(title, body, exclude);
				expect(got).toEqual(want);
			}),
			{ numRuns: runs * 10 },
		);
	});

	it('stays the same over a run of talks, the table and remembered forms carried from one to the next', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(text(6), text(30), exclusions), { minLength: 2, maxLength: 8 }), (talks) => {
				for (const [title, body, exclude] of talks) {
					const { got, want } = both(title, body, exclude);
					expect(got).toEqual(want);
				}
			}),
			{ numRuns: runs },
		);
	});

	it('stays the same on talks with hundreds of distinct terms (the table grows), and on a small talk after them', () => {
		const term = fc.stringMatching(/^[A-Z][a-z]{1,5}[A-Z]?$/);
		fc.assert(
			fc.property(fc.array(fc.oneof(term, fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 200, maxLength: 900 }), text(20), (pieces, small) => {
				const body = pieces.join(' ');
				expect(both(pieces.slice(0, 8).join(' '), body, new Set()).got).toEqual(both(pieces.slice(0, 8).join(' '), body, new Set()).want);
				expect(both('', small, new Set()).got).toEqual(both('', small, new Set()).want);
			}),
			{ numRuns: Math.max(10, runs / 5) },
		);
	});

	it('stays the same past the size at which the table is let go', () => {
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		const name = (k: number): string => 'T' + letters[k % 26] + letters[Math.floor(k / 26) % 26] + letters[Math.floor(k / 676) % 26];
		const lines: string[] = [];
		for (let k = 0; k < 12000; k++) lines.push(`- we use ${name(k)} and ${name(k).toUpperCase()} with ${name(k).toLowerCase()}`);
		const huge = lines.join('\n');
		const { got, want } = both('Talk About Taaa', huge, new Set(['tbaa']));
		expect(got.length).toBeGreaterThan(10000);
		expect(got).toEqual(want);
		expect(both('Rust at Scale', 'we like Rust. RUST is great, Rust!', new Set()).got).toEqual([['Rust', 5]]);
	});

	it('keeps telling lower-case words apart after tens of thousands of talks (the check numbers its uses)', () => {
		const wrong: number[] = [];
		for (let k = 0; k < 70000; k++) {
			// A weak `Tooling` is dropped only where the talk also writes `tooling`.
			const body = k % 2 === 0 ? '- Tooling is great\n- the tooling is the reason' : '- Tooling is great\n- the toolbox is the reason';
			const found = collectKeywords('', body, new Set());
			if (found.words.includes('Tooling') !== (k % 2 === 1)) wrong.push(k);
		}
		expect(wrong).toEqual([]);
	});

	it('returns the same for every talk of the generated tiny vault', () => {
		const notes = vaultNotes(generateVault('tiny'));
		const { index } = indexNotes(notes);
		const ctx = { ...contextFor(notes, index), reuse: undefined };
		let talks = 0;
		let withKeywords = 0;
		for (const input of notes.inputs) {
			for (const talk of parseNote(input, ctx).talks) {
				const { got, want } = both(talk.title, talk.notes, new Set(keywordExclusions(talk.speakers.map((speaker) => foldName(speaker.name)), talk.conference)));
				expect({ title: talk.title, keywords: got }).toEqual({ title: talk.title, keywords: want });
				talks++;
				if (got.length > 0) withKeywords++;
			}
		}
		expect(talks).toBeGreaterThan(20);
		expect(withKeywords).toBeGreaterThan(talks / 2);
	});
});
