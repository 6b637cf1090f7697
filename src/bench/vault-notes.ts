/**
 * A generated vault as the plugin sees it: each markdown note with the scope and date
 * Obsidian's daily-notes settings give it (through the real `noteScope`). The parse context
 * and the one-note-at-a-time index build are in vault-index.ts, which the browser check
 * (browser-page.ts) runs too.
 */
import { noteScope, resolveDailyFormat, type ScopeConfig } from '../core/daily-notes';
import type { NoteInput } from '../core/parse/parse-context';
import { mergeSettings } from '../core/settings';
import { parseDateStrict } from '../cli/moment-date';
import { CONFIG_DIR } from '../cli/vault-reader';
import type { GeneratedVault } from './generate-vault';
import { parseContextFor, type VaultNotes } from './vault-index';

export { contextFor, indexNotes, newIndex, type VaultNotes } from './vault-index';

/** Reads the vault's settings files and gives every markdown note its scope and date. */
export function vaultNotes(vault: GeneratedVault): VaultNotes {
	const json = (path: string): unknown => {
		const file = vault.files.find((f) => f.path === path);
		return file ? (JSON.parse(file.text) as unknown) : undefined;
	};
	const settings = mergeSettings(json(`${CONFIG_DIR}/plugins/conference-talks/data.json`));
	const config: ScopeConfig = {
		daily: resolveDailyFormat(json(`${CONFIG_DIR}/daily-notes.json`), undefined, settings),
		extraFolders: settings.extraFolders,
		peopleFolder: settings.peopleFolder,
	};
	const inputs: NoteInput[] = [];
	for (const file of vault.files) {
		if (!file.path.endsWith('.md')) continue;
		const { scope, fileDate, inPeopleFolder } = noteScope(file.path, config, parseDateStrict);
		inputs.push({ path: file.path, text: file.text, scope, fileDate, inPeopleFolder });
	}
	inputs.sort((a, b) => Number(b.inPeopleFolder === true) - Number(a.inPeopleFolder === true));
	return { inputs, context: parseContextFor(settings), settings };
}
