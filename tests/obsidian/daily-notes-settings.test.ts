/**
 * @jest-environment jsdom
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { obsidianDateParser, readDailyNoteFormat } from '../../src/obsidian/daily-notes-settings';
import { createFakeApp } from '../fakes/app';

const read = (config: Record<string, string>, overrides = {}) => readDailyNoteFormat(createFakeApp({}, { config }).vault, { ...DEFAULT_SETTINGS, ...overrides });

test("Obsidian's defaults when there is no daily-notes.json", async () => {
	expect(await read({})).toEqual({ folder: '', format: 'YYYY-MM-DD' });
});

test('the core plugin settings, with the folder normalized', async () => {
	expect(await read({ 'daily-notes.json': '{"folder":"/Journal/Daily/","format":"YYYY/MM/DD"}' })).toEqual({ folder: 'Journal/Daily', format: 'YYYY/MM/DD' });
});

test('Periodic Notes replaces them only while it is enabled', async () => {
	const periodic = { 'plugins/periodic-notes/data.json': JSON.stringify({ daily: { enabled: true, folder: 'P', format: 'DD-MM-YYYY' } }) };
	const core = { 'daily-notes.json': '{"folder":"Daily"}' };
	expect(await read({ ...core, ...periodic })).toEqual({ folder: 'Daily', format: 'YYYY-MM-DD' });
	expect(await read({ ...core, ...periodic, 'community-plugins.json': '["dataview","periodic-notes"]' })).toEqual({ folder: 'P', format: 'DD-MM-YYYY' });
});

test("the plugin's overrides win", async () => {
	expect(await read({ 'daily-notes.json': '{"folder":"Daily"}' }, { dailyFolder: 'Mine', dailyFormat: 'YYYYMMDD' })).toEqual({ folder: 'Mine', format: 'YYYYMMDD' });
});

test('broken JSON behaves as if the file were absent', async () => {
	expect(await read({ 'daily-notes.json': '{"folder":', 'community-plugins.json': 'nope' })).toEqual({ folder: '', format: 'YYYY-MM-DD' });
});

test("dates parse strictly with Obsidian's moment", () => {
	expect(obsidianDateParser('2023/10/18', 'YYYY/MM/DD')).toBe('2023-10-18');
	expect(obsidianDateParser('2023-10-18 notes', 'YYYY-MM-DD')).toBeUndefined();
	expect(obsidianDateParser('2023-02-30', 'YYYY-MM-DD')).toBeUndefined();
});
