/**
 * Deterministic synthetic vaults for the benchmark, the tests and the demo: daily notes
 * (mostly ordinary days, some conference days in every documented format), person
 * notes with aliases, opt-in conference notes, Obsidian's daily-notes settings and the
 * plugin's settings. The same profile gives the same bytes on every run and machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { conferenceDay } from './conference-day';
import { Coverage } from './coverage';
import type { ExpectedTalk, GeneratedFile } from './expected';
import { optInNote } from './opt-in-notes';
import { ordinaryDay } from './ordinary-day';
import { Random } from './prng';
import { PROFILES, type ProfileName, type VaultProfile } from './profiles';
import { buildSchedule, dateRange } from './schedule';
import { buildSpeakerPool, personNoteText } from './speaker-pool';
import type { GenState } from './talk-planner';
import { Filler } from './text-filler';
import { TOPIC_LIST } from './vocab/tech';
import { CONFIG_DIR } from '../cli/vault-reader';

/** A generated vault, in memory. */
export interface GeneratedVault {
	readonly profile: VaultProfile;
	/** Every file: settings, attachments, person notes, opt-in notes, daily notes by date. */
	readonly files: readonly GeneratedFile[];
	/** Every talk the generator wrote, in file order. */
	readonly talks: readonly ExpectedTalk[];
	readonly stats: VaultStats;
}

/** Sizes of a generated vault. */
export interface VaultStats {
	/** Markdown notes. */
	readonly notes: number;
	readonly dailyNotes: number;
	readonly conferenceDays: number;
	readonly personNotes: number;
	readonly talks: number;
	/** UTF-8 bytes of the markdown notes. */
	readonly bytes: number;
}

/** Generates a vault for a profile (by name or a custom profile, e.g. for scaling tests). */
export function generateVault(profileOrName: ProfileName | VaultProfile): GeneratedVault {
	const profile = typeof profileOrName === 'string' ? PROFILES[profileOrName] : profileOrName;
	const rng = new Random(profile.seed);
	const pool = buildSpeakerPool(rng, profile.speakers, profile.personShare);
	const gen: GenState = {
		rng,
		filler: new Filler(rng),
		cover: new Coverage(rng),
		pool,
		people: pool.filter((p) => p.note),
		body: { featureCounter: 0, slides: new Set() },
		profile,
		talkCounter: 0,
	};
	const dates = dateRange(profile);
	const schedule = buildSchedule(rng, profile, dates);
	const ordinary = pickOrdinaryDays(rng, profile, dates.filter((d) => !schedule.has(d)));

	const notes: GeneratedFile[] = [];
	const talks: ExpectedTalk[] = [];
	for (const person of gen.people) notes.push({ path: `People/${person.name}.md`, text: personNoteText(person, rng), role: 'person' });
	const firstYear = Number((dates[0] ?? profile.lastDay).slice(0, 4));
	for (let i = 0; i < profile.optInNotes; i++) {
		const note = optInNote(gen, i, firstYear);
		notes.push({ path: note.path, text: note.text, role: 'opt-in', forms: [note.talks[0]?.form ?? 'frontmatter-conference'] });
		talks.push(...note.talks);
	}
	for (const date of dates) {
		const contexts = schedule.get(date);
		const path = `${date}.md`;
		if (contexts) {
			const day = conferenceDay(gen, path, date, contexts);
			notes.push({ path, text: day.text, role: 'conference-day', forms: day.forms });
			talks.push(...day.talks);
		} else if (ordinary.has(date)) {
			const [lo, hi] = profile.journalLines;
			notes.push({ path, text: ordinaryDay(gen, date, rng.int(lo, hi)), role: 'ordinary-day' });
		}
	}
	const files: GeneratedFile[] = [...settingsFiles(), ...[...gen.body.slides].sort().map(slideFile), ...notes];
	const dailyNotes = notes.filter((n) => n.role === 'ordinary-day' || n.role === 'conference-day').length;
	return {
		profile,
		files,
		talks,
		stats: {
			notes: notes.length,
			dailyNotes,
			conferenceDays: schedule.size,
			personNotes: gen.people.length,
			talks: talks.length,
			bytes: notes.reduce((sum, n) => sum + Buffer.byteLength(n.text, 'utf8'), 0),
		},
	};
}

/** All ordinary days, or a sorted sample of them for small profiles. */
function pickOrdinaryDays(rng: Random, profile: VaultProfile, candidates: string[]): Set<string> {
	if (profile.ordinaryNotes === 'all') return new Set(candidates);
	return new Set(rng.sample(candidates, profile.ordinaryNotes));
}

/** Obsidian's daily-notes settings (root folder, default format) and the plugin's settings. */
function settingsFiles(): GeneratedFile[] {
	const json = (value: unknown) => JSON.stringify(value, null, '\t') + '\n';
	return [
		{ path: `${CONFIG_DIR}/daily-notes.json`, text: json({ folder: '', format: 'YYYY-MM-DD', template: '' }), role: 'settings' },
		{ path: `${CONFIG_DIR}/app.json`, text: json({ attachmentFolderPath: 'attachments' }), role: 'settings' },
		{ path: `${CONFIG_DIR}/plugins/conference-talks/data.json`, text: json({ peopleFolder: 'People', topicList: TOPIC_LIST, autoKeywords: true, keywordsPerTalk: 5 }), role: 'settings' },
	];
}

/** A slide as a small SVG, so `![](attachments/slides-003.svg)` embeds resolve in Obsidian. */
function slideFile(path: string): GeneratedFile {
	const n = /(\d+)\.svg$/.exec(path)?.[1] ?? '0';
	const text = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="#223"/><text x="20" y="95" fill="#eee" font-size="24">Slide ${n}</text></svg>\n`;
	return { path, text, role: 'attachment' };
}

/** SHA-256 over every path and text: equal hashes mean byte-identical vaults. */
export function vaultHash(vault: GeneratedVault): string {
	const hash = createHash('sha256');
	for (const file of vault.files) hash.update(file.path).update('\0').update(file.text).update('\0');
	return hash.digest('hex');
}

const MARKER = '.bench-vault.json';

/**
 * Writes the vault to `dir` (created if missing). A folder written before with the same
 * hash is left alone; one with another hash is replaced. A non-empty folder without the
 * marker file is never touched: it might be someone's real vault.
 */
export function writeVault(vault: GeneratedVault, dir: string): { written: boolean; hash: string } {
	const hash = vaultHash(vault);
	const marker = join(dir, MARKER);
	if (existsSync(marker)) {
		const previous = JSON.parse(readFileSync(marker, 'utf8')) as { hash?: string };
		if (previous.hash === hash) return { written: false, hash };
		rmSync(dir, { recursive: true, force: true });
	} else if (existsSync(dir) && readdirSync(dir).length > 0) {
		throw new Error(`${dir} is not empty and was not written by the generator; refusing to overwrite it`);
	}
	for (const file of vault.files) {
		const path = join(dir, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text, 'utf8');
	}
	writeFileSync(marker, JSON.stringify({ profile: vault.profile.name, hash, stats: vault.stats }, null, '\t') + '\n');
	return { written: true, hash };
}
