import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTEXT_FORMS } from '../../src/bench/expected';
import { generateVault, vaultHash, writeVault } from '../../src/bench/generate-vault';
import { PROFILES } from '../../src/bench/profiles';
import { BODY_FEATURES } from '../../src/bench/talk-body';
import { indexNotes, vaultNotes } from '../../src/bench/vault-notes';
import type { TalkKind } from '../../src/core/model';
import { fold } from '../../src/core/text/fold';
import { CONFIG_DIR } from '../../src/cli/vault-reader';

const ALL_KINDS: TalkKind[] = ['talk', 'keynote', 'panel', 'workshop', 'tutorial', 'lightning', 'fireside', 'ama', 'bof'];
const ALL_RULES = ['tilde', 'em-dash', 'double-dash', 'colon', 'alias-colon', 'by', 'parens', 'wikilink-colon', 'wikilink-hyphen', 'mdlink-hyphen', 'person-anywhere', 'bold-title', 'link-title', 'child-line', 'none'];

const tiny = generateVault('tiny');

describe('generateVault', () => {
	it('writes the same bytes on every run, and other bytes for another seed', () => {
		expect(vaultHash(generateVault('tiny'))).toBe(vaultHash(tiny));
		expect(vaultHash(generateVault({ ...PROFILES.tiny, seed: PROFILES.tiny.seed + 1 }))).not.toBe(vaultHash(tiny));
	});

	it('makes a tiny vault of about 60 notes: daily notes at the root, person notes, opt-in notes, settings', () => {
		const paths = tiny.files.map((f) => f.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(tiny.stats.notes).toBeGreaterThanOrEqual(50);
		expect(tiny.stats.notes).toBeLessThanOrEqual(70);
		const daily = tiny.files.filter((f) => f.role === 'ordinary-day' || f.role === 'conference-day');
		for (const f of daily) expect(f.path).toMatch(/^\d{4}-\d{2}-\d{2}\.md$/);
		expect(daily.filter((f) => f.role === 'ordinary-day').length).toBeGreaterThan(daily.filter((f) => f.role === 'conference-day').length);
		expect(JSON.parse(tiny.files.find((f) => f.path === `${CONFIG_DIR}/daily-notes.json`)!.text)).toMatchObject({ folder: '', format: 'YYYY-MM-DD' });
		const person = tiny.files.find((f) => f.role === 'person')!;
		expect(person.path).toMatch(/^People\//);
		expect(person.text).toMatch(/^aliases: \[\w+\]$/m);
		expect(tiny.files.some((f) => f.role === 'opt-in' && /^conference: /m.test(f.text))).toBe(true);
		expect(tiny.files.some((f) => f.role === 'opt-in' && /^talks: true$/m.test(f.text))).toBe(true);
	});

	it('uses every context form, title/speaker rule, kind and notes feature at least once, even in the tiny vault', () => {
		expect(new Set(tiny.files.flatMap((f) => f.forms ?? []))).toEqual(new Set(CONTEXT_FORMS));
		expect(new Set(tiny.talks.map((t) => t.rule))).toEqual(new Set(ALL_RULES));
		expect(new Set(tiny.talks.map((t) => t.kind))).toEqual(new Set(ALL_KINDS));
		expect(new Set(tiny.talks.flatMap((t) => t.features))).toEqual(new Set(BODY_FEATURES));
		expect(tiny.talks.some((t) => t.heading)).toBe(true);
		expect(tiny.talks.some((t) => t.blockId)).toBe(true);
		expect(tiny.talks.some((t) => t.track)).toBe(true);
		expect(tiny.talks.some((t) => t.mojibake)).toBe(true);
		expect(tiny.talks.some((t) => t.quotes)).toBe(true);
		expect(tiny.talks.some((t) => t.speakers.some((s) => s.role === 'moderator'))).toBe(true);
	});

	it('writes notes in the text forms real vaults have: markers, indentation, CRLF, BOM', () => {
		const texts = tiny.files.filter((f) => f.role === 'conference-day').map((f) => f.text);
		expect(texts.some((t) => t.includes('\r\n'))).toBe(true);
		expect(texts.some((t) => t.startsWith('\ufeff'))).toBe(true);
		for (const marker of [/^\+ /m, /^\* /m, /^1\. /m, /^1\) /m, /^\t+- /m, /^ {4}[-+*] /m, /^\t {4}[-+*] /m]) {
			expect(texts.some((t) => marker.test(t))).toBe(true);
		}
	});

	it('keeps the realistic profile near its documented size', () => {
		const stats = generateVault('realistic').stats;
		expect(stats.dailyNotes).toBe(3650);
		expect(stats.conferenceDays).toBeGreaterThan(120);
		expect(stats.conferenceDays).toBeLessThan(180);
		expect(stats.talks).toBeGreaterThan(1200);
		expect(stats.talks).toBeLessThan(1800);
		expect(stats.bytes).toBeGreaterThan(8e6);
		expect(stats.bytes).toBeLessThan(12e6);
	}, 60_000);
});

describe('the tiny vault through the real parser and index', () => {
	const notes = vaultNotes(tiny);
	const { index, extracts } = indexNotes(notes);
	const byPath = new Map(extracts.map((e) => [e.path, e]));
	const canonical = (name: string) => fold(index.people().canonical(name) ?? name);

	it('finds talks of every kind and in every context form', () => {
		const found = tiny.talks.filter((t) => byPath.get(t.file)?.talks.some((p) => p.line === t.line && p.conference === t.conference));
		expect(new Set(found.map((t) => t.form))).toEqual(new Set(CONTEXT_FORMS));
		expect(new Set(extracts.flatMap((e) => e.talks.map((t) => t.kind)))).toEqual(new Set(ALL_KINDS));
	});

	it('finds exactly the talks the generator wrote: no invented talk, none lost, each with its title, speakers, kind and conference', () => {
		const problems: string[] = [];
		const expectedPerFile = new Map<string, number>();
		for (const t of tiny.talks) {
			expectedPerFile.set(t.file, (expectedPerFile.get(t.file) ?? 0) + 1);
			const got = byPath.get(t.file)?.talks.find((p) => p.line === t.line);
			const where = `${t.file}:${t.line} [${t.rule}, ${t.kind}, ${t.form}]`;
			if (!got) {
				problems.push(`${where} missing: ${t.title}`);
				continue;
			}
			if (got.title !== t.title) problems.push(`${where} title ${JSON.stringify(got.title)}, expected ${JSON.stringify(t.title)}`);
			if (got.kind !== t.kind) problems.push(`${where} kind ${got.kind}`);
			if (got.conference !== t.conference) problems.push(`${where} conference ${got.conference}, expected ${t.conference}`);
			if (got.date !== t.date) problems.push(`${where} date ${got.date}, expected ${t.date}`);
			const speakers = got.speakers.map((s) => canonical(s.name)).join(' | ');
			const want = t.speakers.map((s) => canonical(s.name)).join(' | ');
			if (speakers !== want) problems.push(`${where} speakers ${speakers}, expected ${want}`);
			for (const s of t.speakers) {
				const mention = got.speakers.find((g) => canonical(g.name) === canonical(s.name));
				if (mention && s.affiliation && mention.affiliation !== s.affiliation) problems.push(`${where} affiliation of ${s.name}: ${mention.affiliation}`);
				if (mention && s.role && mention.role !== s.role) problems.push(`${where} role of ${s.name}: ${mention.role}`);
			}
			if (JSON.stringify(got.images) !== JSON.stringify(t.images)) problems.push(`${where} images ${JSON.stringify(got.images)}, expected ${JSON.stringify(t.images)}`);
			if (t.blockId && got.blockId !== t.blockId) problems.push(`${where} block id ${got.blockId}`);
			if ((got.track ?? '') !== (t.track ?? '')) problems.push(`${where} track ${got.track}, expected ${t.track}`);
			if (t.quotes && got.quotes.length === 0) problems.push(`${where} no panel quotes attributed`);
		}
		for (const e of extracts) {
			if (e.talks.length !== (expectedPerFile.get(e.path) ?? 0)) problems.push(`${e.path}: ${e.talks.length} talks, expected ${expectedPerFile.get(e.path) ?? 0}`);
		}
		expect(problems).toEqual([]);
	});
});

describe('writeVault', () => {
	const dir = mkdtempSync(join(tmpdir(), 'bench-vault-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes a folder Obsidian can open, and leaves it alone when it is already up to date', () => {
		const target = join(dir, 'tiny');
		expect(writeVault(tiny, target).written).toBe(true);
		expect(readFileSync(join(target, tiny.files.at(-1)!.path), 'utf8')).toBe(tiny.files.at(-1)!.text);
		expect(existsSync(join(target, CONFIG_DIR, 'daily-notes.json'))).toBe(true);
		expect(writeVault(tiny, target).written).toBe(false);
	});

	it('refuses to overwrite a folder it did not write', () => {
		const foreign = join(dir, 'someone-else');
		mkdirSync(foreign);
		writeFileSync(join(foreign, 'Important.md'), 'keep me');
		expect(() => writeVault(tiny, foreign)).toThrow(/refusing/);
		expect(readFileSync(join(foreign, 'Important.md'), 'utf8')).toBe('keep me');
	});
});
