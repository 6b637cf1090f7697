import { readFileSync } from 'fs';
import { join } from 'path';
import { collectKeywords } from '../../../src/core/parse/keywords';
import { fold } from '../../../src/core/text/fold';
import { keywordRecord } from '../../helpers/extract-builder';
import { MAX_SLOWDOWN, repeatTo, slowdown } from './linear-time';

const NONE = new Set<string>();
/** The keywords of a talk as `{ word: count }`. */
const collect = (title: string, body: string, exclude: Iterable<string>): Record<string, number> => keywordRecord(collectKeywords(title, body, exclude));
const keys = (record: Record<string, number>): string[] => Object.keys(record).sort();

/** The seed's talks as [title, notes, speakers], split the simple way (top-level `+` items). */
function seedTalks(): { title: string; body: string; speakers: string[] }[] {
	const note = readFileSync(join(__dirname, '../../../../shared/fixtures/vaults/seed/2023-10-18.md'), 'utf8');
	const expected = JSON.parse(readFileSync(join(__dirname, '../../../../shared/fixtures/expected/seed.json'), 'utf8')) as {
		talks: { title: string; speakers: string[] }[];
	};
	const bodies: string[][] = [];
	for (const line of note.split('\n')) {
		if (line.startsWith('+ ')) bodies.push([]);
		else if (line.startsWith('\t') && bodies.length > 0) bodies[bodies.length - 1].push(line);
	}
	return expected.talks.map((t, k) => ({ title: t.title, body: bodies[k].join('\n'), speakers: t.speakers }));
}

/** What the parser passes as exclusions: speakers' full, first and last names and the conference's words. */
function exclusions(speakers: string[]): Set<string> {
	const out = new Set(fold('ScyllaDB P99 Conf').split(' '));
	for (const name of speakers) {
		const f = fold(name);
		out.add(f);
		for (const w of f.split(' ')) out.add(w);
	}
	return out;
}

describe('collectKeywords', () => {
	it('makes Rust a strong candidate in exactly the four seed talks that name it', () => {
		const withRust: string[] = [];
		for (const talk of seedTalks()) {
			const keywords = collect(talk.title, talk.body, exclusions(talk.speakers));
			if (!('Rust' in keywords)) continue;
			withRust.push(talk.title);
			// Strong: among the talk's three most counted candidates.
			const top = Object.entries(keywords).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k);
			expect({ title: talk.title, top: top.includes('Rust') }).toEqual({ title: talk.title, top: true });
		}
		expect(withRust).toEqual([
			'High-Level Rust for Backend Programming',
			'A Case for Rust Higher Up the Stack',
			'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???',
			'Ingesting in Rust',
		]);
	});

	it('keeps mixed-case words, acronyms and dotted or symbol tokens', () => {
		const found = collect('', 'moved to SQLite, then gRPC and Fly.io; C++ vs C# and OpenTelemetry over HTTP', NONE);
		expect(keys(found)).toEqual(['C#', 'C++', 'Fly.io', 'HTTP', 'OpenTelemetry', 'SQLite', 'gRPC']);
	});

	it('keeps capitalised words in mid-sentence, and at a bullet start only if never written in lower case', () => {
		const body = ['- Diesel for SQL', '- Tooling is great', '- the tooling is the reason', '- moved to Tokio later'].join('\n');
		expect(keys(collect('', body, NONE))).toEqual(['Diesel', 'SQL', 'Tokio']);
	});

	it('takes Title Case title words only when the notes name them too or their shape is technical', () => {
		const found = collect('Quantifying the Performance Impact of SQL in Rust', '- moved a service to Rust', NONE);
		expect(keys(found)).toEqual(['Rust', 'SQL']);
		expect(found.Rust).toBe(3);
	});

	it('drops stop words, short words, numbers, URLs, link destinations and embed targets', () => {
		const body = [
			"- Don't panic! Why? How? What? The Cost of This",
			'- A B 20 2023 p99',
			'- https://Example.com/SomePath and www.Other.org',
			'- [the docs](https://Docs.dev/Guide) ![[Pasted Image 20231018.png]] ![](Slides.png)',
		].join('\n');
		expect(keys(collect('', body, NONE))).toEqual([]);
	});

	it('excludes the given folded names', () => {
		const found = collect('Ingesting in Rust', 'Armin Ronacher moved Sentry to Rust, with ScyllaDB', new Set(['armin', 'ronacher', 'armin ronacher', 'scylladb']));
		expect(keys(found)).toEqual(['Rust', 'Sentry']);
	});

	it('counts the title double and names a term by its most common spelling', () => {
		const found = collect('Rust at Scale', 'we like Rust. RUST is great, Rust!', NONE);
		expect(found.Rust).toBe(2 * 1 + 3); // title once (counted double), body three times
		expect(found.RUST).toBeUndefined();
	});

	it('strips possessives and keeps non-Latin capitals', () => {
		expect(keys(collect('', "we saw Tokio's scheduler and Ωmega tools", NONE))).toEqual(['Tokio', 'Ωmega']);
	});

	it('stays linear on megabytes of hostile text', () => {
		for (const unit of ['![[', '](', 'Word ', 'http://', 'a.b.c.', 'C+++', "x'"]) {
			const factor = slowdown(repeatTo(unit), (text) => collect(text.slice(0, 100), text, NONE));
			expect({ unit, fast: factor < MAX_SLOWDOWN }).toEqual({ unit, fast: true });
		}
	}, 60000);
});

describe('collectKeywords on words that name built-in object methods', () => {
	it('counts toString and valueOf like any other word', () => {
		const found = collect('', '- we call toString on it\n- then ValueOf and ToString again', new Set());
		expect(Object.entries(found)).toEqual(expect.arrayContaining([['toString', 2], ['ValueOf', 1]]));
		expect(Object.values(found).every((n) => typeof n === 'number')).toBe(true);
	});
});
