/**
 * The settings tab's content, declared once: Obsidian 1.13+ renders these definitions itself
 * (and indexes them for settings search); older versions get the same rows from
 * settings-render.ts. Control keys are the TalksSettings keys.
 */
import type { Setting, SettingDefinitionItem } from 'obsidian';
import { DEFAULT_SETTINGS, type TalksSettings } from '../core/settings';

/** Example shown for the topic list. */
const TOPIC_EXAMPLE = 'k8s, kube => Kubernetes';

/** Obsidian's default daily-note format, the format field's placeholder. */
const FORMAT_HINT = 'YYYY-MM-DD';

/** The tab's sections and rows; `showDetected` fills the row that shows Obsidian's own daily-note settings. */
export function settingDefinitions(showDetected: (setting: Setting) => void): SettingDefinitionItem<keyof TalksSettings>[] {
	return [
		{
			type: 'group',
			heading: 'Daily notes',
			items: [
				{ name: 'Detected daily notes', render: (setting) => showDetected(setting) },
				{
					name: 'Daily notes folder',
					desc: "Overrides the folder from Obsidian's daily notes settings. Leave empty to use Obsidian's; enter / for the vault root.",
					control: { type: 'text', key: 'dailyFolder', placeholder: 'Daily' },
				},
				{
					name: 'Daily note date format',
					desc: "Overrides the date format (moment.js tokens, may contain /). Leave empty to use Obsidian's.",
					control: { type: 'text', key: 'dailyFormat', placeholder: FORMAT_HINT },
				},
				{
					name: 'Extra talk folders',
					desc: 'Notes in these folders are always scanned for talks, daily notes or not. One folder per line.',
					control: { type: 'textarea', key: 'extraFolders', placeholder: 'Conferences', rows: 3 },
				},
				{
					name: 'People folder',
					desc: 'Notes in this folder are person notes, as are notes with type: person or the #person tag.',
					control: { type: 'text', key: 'peopleFolder', placeholder: 'People' },
				},
			],
		},
		{
			type: 'group',
			heading: 'Topics',
			items: [
				{
					name: 'Topic list',
					desc: `One topic per line, with aliases before the arrow, for example: ${TOPIC_EXAMPLE}`,
					control: { type: 'textarea', key: 'topicList', placeholder: TOPIC_EXAMPLE, rows: 6 },
				},
				{
					name: 'Automatic keywords',
					desc: 'Find topics by themselves: terms that stand out in a talk against the whole vault.',
					control: { type: 'toggle', key: 'autoKeywords' },
				},
				{
					name: 'Keywords per talk',
					desc: `Most automatic keywords a talk gets (default ${DEFAULT_SETTINGS.keywordsPerTalk}).`,
					control: { type: 'slider', key: 'keywordsPerTalk', min: 1, max: 20, step: 1 },
				},
			],
		},
		{
			type: 'group',
			heading: 'Editor and explorer',
			items: [
				{
					name: 'Talk marks in the editor',
					desc: 'Mark talk lines, speakers and conferences in the note you are editing.',
					control: { type: 'toggle', key: 'editorMarks' },
				},
				{
					name: 'Highlight the talk being edited',
					desc: 'In the talks explorer, highlight the talk your text caret is in.',
					control: { type: 'toggle', key: 'followCursor' },
				},
			],
		},
	];
}

/** The value a control shows for a settings key (lists as one item per line). */
export function controlValue(settings: TalksSettings, key: string): unknown {
	if (key === 'extraFolders') return settings.extraFolders.join('\n');
	return (settings as unknown as Record<string, unknown>)[key];
}

/** The settings change a control's new value makes, with folders normalized; undefined for unknown keys. */
export function settingsPatch(key: string, value: unknown, normalizePath: (path: string) => string): Partial<TalksSettings> | undefined {
	const text = (v: unknown) => (typeof v === 'string' ? v : '');
	const folder = (v: unknown) => {
		const t = text(v).trim();
		return t === '' ? '' : normalizePath(t);
	};
	switch (key) {
		case 'dailyFolder':
			return { dailyFolder: folder(value) };
		case 'peopleFolder':
			return { peopleFolder: folder(value) === '/' ? '' : folder(value) };
		case 'extraFolders':
			return { extraFolders: text(value).split(/\r?\n/).map(folder).filter((f) => f !== '' && f !== '/') };
		case 'dailyFormat':
			return { dailyFormat: text(value).trim() };
		case 'topicList':
			return { topicList: text(value) };
		case 'autoKeywords':
		case 'editorMarks':
		case 'followCursor':
			return typeof value === 'boolean' ? { [key]: value } : undefined;
		case 'keywordsPerTalk':
			return typeof value === 'number' ? { keywordsPerTalk: Math.round(value) } : undefined;
		default:
			return undefined;
	}
}
