import {
	dailyNoteDate,
	normalizeFolder,
	noteScope,
	resolveDailyFormat,
	type DailyNoteFormat,
} from '../../src/core/daily-notes';
// The CLI's parser: strictDateParser over the real moment package, as the plugin uses Obsidian's moment.
import { parseDateStrict as parseDate } from '../../src/cli/moment-date';
import { DEFAULT_SETTINGS, mergeSettings } from '../../src/core/settings';

const root: DailyNoteFormat = { folder: '', format: 'YYYY-MM-DD' };

describe('normalizeFolder', () => {
	it('strips outer and repeated slashes, backslashes and dot segments', () => {
		expect(normalizeFolder('/Journal//Daily/')).toBe('Journal/Daily');
		expect(normalizeFolder('Journal\\Daily')).toBe('Journal/Daily');
		expect(normalizeFolder('./Daily')).toBe('Daily');
		expect(normalizeFolder('/')).toBe('');
		expect(normalizeFolder('  ')).toBe('');
	});

	it('turns non-breaking spaces into spaces and composes accents', () => {
		expect(normalizeFolder('Daily\u00a0notes')).toBe('Daily notes');
		expect(normalizeFolder('Journe\u0301es')).toBe('Journ\u00e9es');
	});
});

describe('resolveDailyFormat', () => {
	it('uses Obsidian defaults when nothing is configured', () => {
		expect(resolveDailyFormat(undefined, undefined, DEFAULT_SETTINGS)).toEqual({ folder: '', format: 'YYYY-MM-DD' });
	});

	it('reads the core Daily notes settings, defaulting an empty format', () => {
		expect(resolveDailyFormat({ folder: '/Journal/', format: 'DD.MM.YYYY' }, undefined, DEFAULT_SETTINGS)).toEqual({
			folder: 'Journal',
			format: 'DD.MM.YYYY',
		});
		expect(resolveDailyFormat({ folder: 'Journal', format: '' }, undefined, DEFAULT_SETTINGS).format).toBe('YYYY-MM-DD');
	});

	it('ignores fields of the wrong type', () => {
		expect(resolveDailyFormat({ folder: 3, format: null }, 'junk', DEFAULT_SETTINGS)).toEqual({ folder: '', format: 'YYYY-MM-DD' });
		expect(resolveDailyFormat([1, 2], { daily: 'yes' }, DEFAULT_SETTINGS)).toEqual({ folder: '', format: 'YYYY-MM-DD' });
	});

	it('prefers Periodic Notes daily settings only when they are enabled', () => {
		const core = { folder: 'Journal', format: 'YYYY-MM-DD' };
		const periodic = { daily: { enabled: true, folder: 'Periodic/Daily', format: 'YYYY/MM/YYYY-MM-DD' } };
		expect(resolveDailyFormat(core, periodic, DEFAULT_SETTINGS)).toEqual({ folder: 'Periodic/Daily', format: 'YYYY/MM/YYYY-MM-DD' });
		const off = { daily: { enabled: false, folder: 'Periodic/Daily', format: 'YYYY' } };
		expect(resolveDailyFormat(core, off, DEFAULT_SETTINGS)).toEqual(core);
	});

	it('reads the active calendar set of Periodic Notes 1.x', () => {
		const periodic = {
			activeCalendarSet: 'Work',
			calendarSets: [
				{ id: 'Default', day: { enabled: true, folder: 'Home', format: 'YYYY-MM-DD' } },
				{ id: 'Work', day: { enabled: true, folder: 'Work/Days', format: 'DD-MM-YYYY' } },
			],
		};
		expect(resolveDailyFormat(undefined, periodic, DEFAULT_SETTINGS)).toEqual({ folder: 'Work/Days', format: 'DD-MM-YYYY' });
	});

	it('lets the plugin settings override folder and format, with / meaning the root', () => {
		const core = { folder: 'Journal', format: 'DD.MM.YYYY' };
		expect(resolveDailyFormat(core, undefined, mergeSettings({ dailyFolder: 'Conferences/Days' }))).toEqual({
			folder: 'Conferences/Days',
			format: 'DD.MM.YYYY',
		});
		expect(resolveDailyFormat(core, undefined, mergeSettings({ dailyFolder: '/', dailyFormat: 'YYYYMMDD' }))).toEqual({
			folder: '',
			format: 'YYYYMMDD',
		});
	});
});

describe('dailyNoteDate', () => {
	it('reads the seed note at the vault root with the default format', () => {
		expect(dailyNoteDate('2023-10-18.md', root, parseDate)).toBe('2023-10-18');
	});

	it('is strict: impossible dates, extra words and other extensions are not daily notes', () => {
		expect(dailyNoteDate('2023-02-30.md', root, parseDate)).toBeUndefined();
		expect(dailyNoteDate('2023-10-18 notes.md', root, parseDate)).toBeUndefined();
		expect(dailyNoteDate('2023-10-18.canvas', root, parseDate)).toBeUndefined();
		expect(dailyNoteDate('Meeting notes.md', root, parseDate)).toBeUndefined();
	});

	it('only looks inside the daily folder, not in folders that share its prefix', () => {
		const daily = { folder: 'Daily', format: 'YYYY-MM-DD' };
		expect(dailyNoteDate('Daily/2023-10-18.md', daily, parseDate)).toBe('2023-10-18');
		expect(dailyNoteDate('2023-10-18.md', daily, parseDate)).toBeUndefined();
		expect(dailyNoteDate('Daily notes/2023-10-18.md', daily, parseDate)).toBeUndefined();
		expect(dailyNoteDate('Work/Daily/2023-10-18.md', daily, parseDate)).toBeUndefined();
	});

	it('parses formats that contain folders', () => {
		const daily = { folder: 'Journal', format: 'YYYY/MM/YYYY-MM-DD' };
		expect(dailyNoteDate('Journal/2023/10/2023-10-18.md', daily, parseDate)).toBe('2023-10-18');
		expect(dailyNoteDate('Journal/2023-10-18.md', daily, parseDate)).toBeUndefined();
	});

	it('parses moment literals and localized names', () => {
		expect(dailyNoteDate('Daily 2023-10-18.md', { folder: '', format: '[Daily] YYYY-MM-DD' }, parseDate)).toBe('2023-10-18');
		const named = { folder: 'Days', format: 'dddd, MMMM Do YYYY' };
		expect(dailyNoteDate('Days/Wednesday, October 18th 2023.md', named, parseDate)).toBe('2023-10-18');
		expect(dailyNoteDate('Days/Thursday, October 18th 2023.md', named, parseDate)).toBeUndefined();
	});

	it('treats a slash inside a literal as a folder too, since the file name cannot hold one', () => {
		const daily = { folder: '', format: '[a/b] YYYY-MM-DD' };
		expect(dailyNoteDate('a/b 2023-10-18.md', daily, parseDate)).toBe('2023-10-18');
		expect(dailyNoteDate('x/a/b 2023-10-18.md', daily, parseDate)).toBe('2023-10-18');
	});

	it('finds daily notes archived in subfolders of the daily folder by their last segments', () => {
		expect(dailyNoteDate('Archive/2021/2021-05-02.md', root, parseDate)).toBe('2021-05-02');
		const nested = { folder: 'Journal', format: 'YYYY/MM/YYYY-MM-DD' };
		expect(dailyNoteDate('Journal/old/2021/05/2021-05-02.md', nested, parseDate)).toBe('2021-05-02');
	});

	it('leaves a note non-daily when the format does not parse its name, and survives a throwing parser', () => {
		expect(dailyNoteDate('18.10.2023.md', root, parseDate)).toBeUndefined();
		const throwing = () => {
			throw new Error('bad format');
		};
		expect(dailyNoteDate('2023-10-18.md', root, throwing)).toBeUndefined();
	});
});

describe('noteScope', () => {
	const config = { daily: { folder: 'Daily', format: 'YYYY-MM-DD' }, extraFolders: ['/Conferences/', ''], peopleFolder: 'People' };

	it('marks daily notes with their file date', () => {
		expect(noteScope('Daily/2024-02-03.md', config, parseDate)).toEqual({ scope: 'daily', fileDate: '2024-02-03', inPeopleFolder: false });
	});

	it('marks notes in extra folders as folder scope, without a file date', () => {
		expect(noteScope('Conferences/RustConf 2024.md', config, parseDate)).toEqual({ scope: 'folder', inPeopleFolder: false });
		expect(noteScope('Conferences/2024/2024-09-10.md', config, parseDate)).toEqual({ scope: 'folder', inPeopleFolder: false });
	});

	it('marks everything else as other, and an empty extra folder does not match every note', () => {
		expect(noteScope('Projects/Plan.md', config, parseDate)).toEqual({ scope: 'other', inPeopleFolder: false });
	});

	it('knows the people folder, and that no people folder contains nothing', () => {
		expect(noteScope('People/Carl Lerche.md', config, parseDate)).toEqual({ scope: 'other', inPeopleFolder: true });
		expect(noteScope('People/Carl Lerche.md', { ...config, peopleFolder: '' }, parseDate).inPeopleFolder).toBe(false);
	});
});
