/** Where the explorer looked for daily notes and how many it found, for the "no daily notes" empty state. */
import type { App } from 'obsidian';
import { dailyNoteDate } from '../core/daily-notes';
import type { TalksSettings } from '../core/settings';
import { obsidianDateParser, readDailyNoteFormat } from '../obsidian/daily-notes-settings';
import type { DailyNotesInfo } from './screen-types';

/** Reads the daily-note folder and format in force and counts the notes that match them (stops at `enough`). */
export async function findDailyNotes(app: App, settings: TalksSettings, enough = 1): Promise<DailyNotesInfo> {
	const daily = await readDailyNoteFormat(app.vault, settings);
	let count = 0;
	for (const file of app.vault.getMarkdownFiles()) {
		if (dailyNoteDate(file.path, daily, obsidianDateParser) !== undefined && ++count >= enough) break;
	}
	return { count, folder: daily.folder, format: daily.format };
}
