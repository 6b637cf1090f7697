/**
 * Which notes are daily notes, and their dates. Obsidian has no public API for
 * this: the adapters read the core "Daily notes" and "Periodic Notes" settings
 * as plain JSON and pass them in; date parsing (moment, strict) is injected so
 * the core stays host-free.
 */
import type { NoteScope } from './parse/parse-context';
import type { TalksSettings } from './settings';

/** Where daily notes live and how they are named. */
export interface DailyNoteFormat {
	/** Vault-relative folder, '' for the vault root, no slashes at either end. */
	readonly folder: string;
	/** moment.js format of the path below the folder, without `.md`; may contain `/`. */
	readonly format: string;
}

/** Strict date parser: the date as `YYYY-MM-DD` when `text` matches `format` exactly, else undefined. */
export type DateParser = (text: string, format: string) => string | undefined;

/** What decides a note's scope: the daily-notes format and the folders from the settings. */
export interface ScopeConfig {
	readonly daily: DailyNoteFormat;
	/** Folders whose notes are always scanned (normalized or not; they are normalized here). */
	readonly extraFolders: readonly string[];
	/** Folder of person notes, '' for none. */
	readonly peopleFolder: string;
}

/** A note's scope for the parser, with the date its path gives. */
export interface NoteScopeInfo {
	readonly scope: NoteScope;
	/** `YYYY-MM-DD` from the file name, for daily notes only. */
	readonly fileDate?: string;
	readonly inPeopleFolder: boolean;
}

/** The part of moment a date parser needs: Obsidian's `moment` or the `moment` package. */
export type MomentLike = (text: string, format: string, strict: boolean) => { isValid(): boolean; format(format: string): string };

/** A strict {@link DateParser} over moment (`moment(text, format, true)`), shared by the plugin and the CLI. */
export function strictDateParser(moment: MomentLike): DateParser {
	return (text, format) => {
		const date = moment(text, format, true);
		return date.isValid() ? date.format('YYYY-MM-DD') : undefined;
	};
}

/** Obsidian's default daily-note format, used when a setting leaves it empty. */
const DEFAULT_FORMAT = 'YYYY-MM-DD';

/**
 * A folder as Obsidian's `normalizePath` would give it, but with '' for the root:
 * backslashes become `/`, repeated and outer slashes and `.` segments go,
 * non-breaking spaces become spaces, Unicode is NFC.
 */
export function normalizeFolder(folder: string): string {
	return folder
		.replace(/[\u00a0\u202f]/g, ' ')
		.normalize('NFC')
		.split(/[\\/]+/)
		.map((part) => part.trim())
		.filter((part) => part !== '' && part !== '.')
		.join('/');
}

/**
 * The daily-note folder and format in force: Obsidian's core Daily notes settings,
 * replaced by Periodic Notes' daily settings when those are enabled (pass
 * `undefined` when the Periodic Notes plugin itself is off), then the plugin's own
 * `dailyFolder` / `dailyFormat` overrides (a `dailyFolder` of `/` means the root).
 * Malformed JSON values are ignored field by field.
 */
export function resolveDailyFormat(coreDailyNotes: unknown, periodicNotes: unknown, settings: TalksSettings): DailyNoteFormat {
	let folder = '';
	let format = DEFAULT_FORMAT;
	const core = asRecord(coreDailyNotes);
	if (core) {
		folder = normalizeFolder(stringField(core, 'folder') ?? '');
		format = nonEmpty(stringField(core, 'format')) ?? DEFAULT_FORMAT;
	}
	const periodic = periodicDaily(periodicNotes);
	if (periodic) {
		folder = normalizeFolder(stringField(periodic, 'folder') ?? '');
		format = nonEmpty(stringField(periodic, 'format')) ?? DEFAULT_FORMAT;
	}
	if (settings.dailyFolder.trim() !== '') folder = normalizeFolder(settings.dailyFolder);
	format = nonEmpty(settings.dailyFormat) ?? format;
	return { folder, format };
}

/**
 * The date of a daily note from its path, or undefined when the note is not one.
 * The path below the folder, without `.md`, must match the format; a note in a
 * subfolder of the daily folder (an archive such as `Daily/2023/2023-10-18.md`)
 * is matched by its last path segments, as many as the format has, the way
 * Obsidian's daily-notes lookup walks the folder recursively.
 */
export function dailyNoteDate(path: string, daily: DailyNoteFormat, parseDate: DateParser): string | undefined {
	const normalized = normalizeFolder(path);
	if (!/\.md$/i.test(normalized)) return undefined;
	const folder = normalizeFolder(daily.folder);
	if (folder !== '' && !normalized.startsWith(`${folder}/`)) return undefined;
	const relative = normalized.slice(folder === '' ? 0 : folder.length + 1, -'.md'.length);
	const format = daily.format.trim() || DEFAULT_FORMAT;
	const whole = safeParse(parseDate, relative, format);
	if (whole !== undefined) return whole;
	// A `/` makes a folder even inside a `[literal]`, so every one counts.
	const depth = format.split('/').length;
	const parts = relative.split('/');
	if (parts.length <= depth) return undefined;
	return safeParse(parseDate, parts.slice(parts.length - depth).join('/'), format);
}

/**
 * A note's scope: `daily` when its path parses as a daily note, `folder` when it
 * sits in an extra talk folder, else `other` (scanned only when it opts in).
 */
export function noteScope(path: string, config: ScopeConfig, parseDate: DateParser): NoteScopeInfo {
	const inPeopleFolder = isInside(path, config.peopleFolder);
	const fileDate = dailyNoteDate(path, config.daily, parseDate);
	if (fileDate !== undefined) return { scope: 'daily', fileDate, inPeopleFolder };
	const scope: NoteScope = config.extraFolders.some((folder) => isInside(path, folder)) ? 'folder' : 'other';
	return { scope, inPeopleFolder };
}

/** True when the path is below the folder; an empty folder setting contains nothing. */
function isInside(path: string, folder: string): boolean {
	const normalized = normalizeFolder(folder);
	return normalized !== '' && normalizeFolder(path).startsWith(`${normalized}/`);
}

/** Periodic Notes' daily settings when enabled: 0.x keeps `daily`, 1.x the active calendar set's `day`. */
function periodicDaily(data: unknown): Record<string, unknown> | undefined {
	const root = asRecord(data);
	if (!root) return undefined;
	const legacy = asRecord(root.daily);
	if (legacy?.enabled === true) return legacy;
	if (!Array.isArray(root.calendarSets)) return undefined;
	const sets = root.calendarSets.map(asRecord).filter((set): set is Record<string, unknown> => set !== undefined);
	const active = sets.find((set) => set.id === root.activeCalendarSet) ?? sets[0];
	const day = asRecord(active?.day);
	return day?.enabled === true ? day : undefined;
}

/** A date parser must not break the scan: a throwing one counts as "does not parse". */
function safeParse(parseDate: DateParser, text: string, format: string): string | undefined {
	try {
		return parseDate(text, format);
	} catch {
		return undefined;
	}
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
	const value = record[key];
	return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
	const trimmed = value?.trim();
	return trimmed ? trimmed : undefined;
}
