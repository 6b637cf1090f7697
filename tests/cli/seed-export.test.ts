/** Acceptance: `talks` on the real seed note agrees with shared/fixtures/expected/seed.json. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ExportJson, SpeakerJson, TalkJson } from '../../src/cli/records';
import { SEED_EXPECTED, SEED_VAULT, talks, talksJson } from './run-cli-helpers';
import { readSeedExpected } from '../helpers/seed-expected';

const expected = readSeedExpected(SEED_EXPECTED);
let exported: ExportJson;

beforeAll(async () => {
	exported = await talksJson<ExportJson>(['export', SEED_VAULT]);
});

describe('talks export --json on the seed vault', () => {
	it('finds exactly the expected talks, in note order, with no diagnostics', () => {
		expect(exported.talks.map((t) => t.title)).toEqual(expected.talks.map((t) => t.title));
		expect(exported.diagnostics).toEqual([]);
	});

	it.each(expected.talks.map((t) => [t.title, t] as const))('agrees on every listed field of "%s"', (_title, want) => {
		const talk = exported.talks.find((t) => t.title === want.title) as TalkJson;
		expect(talk.speakers).toEqual(want.speakers);
		expect(talk.kind).toBe(want.kind);
		expect(talk.track).toBe(want.track ?? null);
		expect(talk.conference).toBe(want.conference);
		expect(talk.date).toBe(want.date);
		if (want.line !== undefined) expect(talk.line).toBe(want.line);
		expect(talk.images).toHaveLength(want.images);
		expect(talk.links).toHaveLength(want.links);
		expect(talk.file).toBe('2023-10-18.md');
		expect(talk.endLine).toBeGreaterThanOrEqual(talk.line);
		expect(talk.notes).not.toBe('');
	});

	it('has the expected speakers with their talk counts and affiliations', () => {
		expect(exported.speakers.map((s) => s.name).sort()).toEqual(expected.speakers.map((s) => s.name).sort());
		for (const want of expected.speakers) {
			const speaker = exported.speakers.find((s) => s.name === want.name) as SpeakerJson;
			expect(speaker.talkIds).toHaveLength(want.talks);
			if (want.affiliations) expect(speaker.affiliations).toEqual(want.affiliations);
			for (const id of speaker.talkIds) expect(exported.talks.some((t) => t.id === id)).toBe(true);
		}
	});

	it('gives the Rust topic to exactly the four talks that name it', () => {
		const titles = (ids: readonly string[]) => ids.map((id) => exported.talks.find((t) => t.id === id)?.title).sort();
		for (const [name, wantTitles] of Object.entries(expected.topics)) {
			const topic = exported.topics.find((t) => t.name === name);
			expect(topic).toBeDefined();
			expect(titles(topic?.talkIds ?? [])).toEqual([...wantTitles].sort());
			const tagged = exported.talks.filter((t) => t.topics.includes(name)).map((t) => t.title);
			expect(tagged.sort()).toEqual([...wantTitles].sort());
		}
	});

	it('has the one conference with its date and talks', () => {
		expect(exported.conferences.map(({ name, dates, talkIds }) => ({ name, dates, talks: talkIds.length }))).toEqual(expected.conferences);
	});
});

describe('talks subcommands on the seed vault', () => {
	it('lists Glauber Costa and Carl Lerche first among speakers, in a table and in JSON', async () => {
		const speakers = await talksJson<SpeakerJson[]>(['speakers', SEED_VAULT]);
		expect(speakers.slice(0, 2).map((s) => s.name).sort()).toEqual(['Carl Lerche', 'Glauber Costa']);
		const table = await talks(['speakers', SEED_VAULT]);
		expect(table.status).toBe(0);
		const rows = table.stdout.split('\n').slice(2, 4);
		expect(rows.map((row) => row.split(/\s{2,}/)[0]).sort()).toEqual(['Carl Lerche', 'Glauber Costa']);
		expect(rows.every((row) => /\s2\s/.test(row))).toBe(true);
	});

	it('ranks the Rust vs Zig panel first for "zig"', async () => {
		const hits = await talksJson<Array<TalkJson & { score: number }>>(['search', SEED_VAULT, 'zig']);
		expect(hits[0]?.kind).toBe('panel');
		expect(hits[0]?.title).toContain('Rust vs Zig');
		const table = await talks(['search', SEED_VAULT, 'zig']);
		expect(table.stdout.split('\n')[2]).toMatch(/^\s*1\s.*Rust vs Zig/);
	});

	it('finds both talks that mention Serde', async () => {
		const hits = await talksJson<TalkJson[]>(['search', SEED_VAULT, 'serde']);
		expect(hits.map((t) => t.title).sort()).toEqual(['High-Level Rust for Backend Programming', 'Ingesting in Rust']);
	});

	it('filters talks by speaker name or id, topic and conference', async () => {
		const byCarl = await talksJson<TalkJson[]>(['talks', SEED_VAULT, '--speaker', 'carl lerche']);
		expect(byCarl.map((t) => t.title)).toEqual(['A Case for Rust Higher Up the Stack', expect.stringContaining('Rust vs Zig')]);
		const byId = await talksJson<TalkJson[]>(['talks', SEED_VAULT, '--speaker=glauber-costa', '--topic', 'rust']);
		expect(byId.map((t) => t.title)).toEqual([expect.stringContaining('Rust vs Zig')]);
		const either = await talksJson<TalkJson[]>(['talks', SEED_VAULT, '--speaker', 'Jon Haddad', '--speaker', 'Armin Ronacher']);
		expect(either.map((t) => t.speakers[0])).toEqual(['Jon Haddad', 'Armin Ronacher']);
		const conf = await talksJson<TalkJson[]>(['talks', SEED_VAULT, '--conference', 'scylladb p99 conf']);
		expect(conf).toHaveLength(7);
	});

	it('says so on stderr when a filter names nothing in the vault, and prints no talks', async () => {
		const run = await talks(['talks', SEED_VAULT, '--speaker', 'Grace Hopper']);
		expect(run.status).toBe(0);
		expect(run.stdout).toBe('No talks.\n');
		expect(run.stderr).toContain('nothing in the vault is named "Grace Hopper"');
	});

	it('prints topics and conferences as tables and arrays', async () => {
		const topics = await talks(['topics', SEED_VAULT]);
		expect(topics.stdout.split('\n')[2]).toMatch(/^Rust\s+4$/);
		const conferences = await talksJson<Array<{ name: string; dates: string[] }>>(['conferences', SEED_VAULT]);
		expect(conferences).toEqual([expect.objectContaining({ name: 'ScyllaDB P99 Conf', dates: ['2023-10-18'] })]);
	});

	it('prints a summary and the tables for export, shows the repaired emoji, and fits a narrow terminal', async () => {
		// A deep vault path (CI clones into one) must wrap, not overflow the terminal.
		const base = mkdtempSync(path.join(tmpdir(), 'talks-'));
		const deep = path.join(base, 'a-rather-long-folder-name', 'and-another-one-below-it');
		cpSync(SEED_VAULT, deep, { recursive: true });
		const run = await talks(['export', deep], 100).finally(() => rmSync(base, { recursive: true, force: true }));
		const summary = run.stdout.split('\n\n')[0] ?? '';
		expect(summary.replace(/\n/g, ' ')).toMatch(/^7 talks, 6 speakers, 1 conference and \d+ topics in 1 note of /);
		expect(summary).toContain('\n');
		expect(run.stdout).toContain('Conferences\n');
		expect(run.stdout).toContain('Speakers\n');
		for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
		const wide = await talks(['talks', SEED_VAULT], 300);
		expect(wide.stdout).toContain('JavaScript 🤯???');
		expect(wide.stdout).not.toContain('ðŸ');
	});
});
