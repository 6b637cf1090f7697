/**
 * The one adapter for daily-note settings, which Obsidian exposes through no public API:
 * the core plugin's `<configDir>/daily-notes.json`, and Periodic Notes' daily settings
 * (`<configDir>/plugins/periodic-notes/data.json`) when `<configDir>/community-plugins.json`
 * lists that plugin as enabled. Everything is read through `vault.adapter`, every failure
 * falls back to Obsidian's defaults, and the plugin's own overrides win (see resolveDailyFormat).
 */
import { moment, normalizePath, type DataAdapter } from 'obsidian';
import { resolveDailyFormat, strictDateParser, type DailyNoteFormat, type DateParser, type MomentLike } from '../core/daily-notes';
import type { TalksSettings } from '../core/settings';

/** What this adapter needs from the vault. */
export interface ConfigSource {
	readonly adapter: Pick<DataAdapter, 'exists' | 'read'>;
	readonly configDir: string;
}

const PERIODIC_NOTES_ID = 'periodic-notes';

/** Reads the daily-note folder and format in force now. Never throws. */
export async function readDailyNoteFormat(source: ConfigSource, settings: TalksSettings): Promise<DailyNoteFormat> {
	const core = await readJson(source, 'daily-notes.json');
	const enabled = await readJson(source, 'community-plugins.json');
	const periodicOn = Array.isArray(enabled) && enabled.includes(PERIODIC_NOTES_ID);
	const periodic = periodicOn ? await readJson(source, `plugins/${PERIODIC_NOTES_ID}/data.json`) : undefined;
	return resolveDailyFormat(core, periodic, settings);
}

/** Dates through Obsidian's own moment, strict: `moment(text, format, true)`. */
// obsidian.d.ts types `moment` as the module namespace; the value is moment's callable function.
export const obsidianDateParser: DateParser = strictDateParser(moment as unknown as MomentLike);

async function readJson(source: ConfigSource, relative: string): Promise<unknown> {
	const path = normalizePath(`${source.configDir}/${relative}`);
	try {
		if (!(await source.adapter.exists(path))) return undefined;
		return JSON.parse(await source.adapter.read(path)) as unknown;
	} catch {
		// A half-written or hand-edited file: behave as if it were absent (Obsidian's defaults).
		return undefined;
	}
}
