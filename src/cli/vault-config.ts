/**
 * The vault's configuration as the CLI sees it: Obsidian's core Daily notes
 * settings, Periodic Notes' settings when that plugin is enabled, and this
 * plugin's own data.json. Read as plain JSON from the config folder; a missing
 * file means defaults, a broken one is a diagnostic and means defaults too.
 */
import type { Diagnostic } from '../core/model';
import { resolveDailyFormat, type DailyNoteFormat } from '../core/daily-notes';
import { mergeSettings, type TalksSettings } from '../core/settings';
import { CONFIG_DIR, fileProblem, readInside } from './vault-reader';

/** This plugin's id, as in manifest.json: the folder of its data.json. */
export const PLUGIN_ID = 'conference-talks';

/** Config files are small; anything bigger is not a settings file. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** What the CLI needs from a vault's settings. */
export interface VaultConfig {
	readonly daily: DailyNoteFormat;
	readonly settings: TalksSettings;
}

/** Reads the daily-notes format and the plugin settings of the vault at `realRoot`. */
export async function readVaultConfig(realRoot: string, diagnostics: Diagnostic[]): Promise<VaultConfig> {
	const settings = mergeSettings(await readJson(realRoot, `${CONFIG_DIR}/plugins/${PLUGIN_ID}/data.json`, diagnostics));
	const coreDailyNotes = await readJson(realRoot, `${CONFIG_DIR}/daily-notes.json`, diagnostics);
	const enabled = await readJson(realRoot, `${CONFIG_DIR}/community-plugins.json`, diagnostics);
	const periodicOn = Array.isArray(enabled) && enabled.includes('periodic-notes');
	const periodicNotes = periodicOn ? await readJson(realRoot, `${CONFIG_DIR}/plugins/periodic-notes/data.json`, diagnostics) : undefined;
	return { daily: resolveDailyFormat(coreDailyNotes, periodicNotes, settings), settings };
}

/** A JSON file's value, or undefined when it is missing, unreadable or not JSON (reported). */
async function readJson(realRoot: string, relative: string, diagnostics: Diagnostic[]): Promise<unknown> {
	const bytes = await readInside(realRoot, relative, diagnostics, MAX_CONFIG_BYTES);
	if (bytes === undefined) return undefined;
	const text = new TextDecoder().decode(bytes);
	// Obsidian writes an empty file now and then; that is "no settings", not an error.
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		diagnostics.push(fileProblem(relative, 'not valid JSON; using defaults'));
		return undefined;
	}
}
