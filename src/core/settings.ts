import type { TopicRule } from './parse/parse-context';

/**
 * The plugin's own settings, shared by the plugin (data.json) and the CLI (which
 * reads the same file from `.obsidian/plugins/conference-talks/data.json`).
 */
export interface TalksSettings {
	/** Overrides the daily-notes folder from Obsidian's settings; '' keeps Obsidian's. */
	readonly dailyFolder: string;
	/** Overrides the daily-notes date format (moment tokens); '' keeps Obsidian's. */
	readonly dailyFormat: string;
	/** Extra folders whose notes are always scanned for talks. */
	readonly extraFolders: readonly string[];
	/** Folder of person notes; '' for none (person notes are still found by frontmatter). */
	readonly peopleFolder: string;
	/** Topic list, one per line: `Kubernetes` or `k8s, kube => Kubernetes`. */
	readonly topicList: string;
	/** Automatic keywords (TF-IDF over talks) on or off. */
	readonly autoKeywords: boolean;
	/** Most automatic keywords per talk. */
	readonly keywordsPerTalk: number;
	/** Talk marks in the editor on or off. */
	readonly editorMarks: boolean;
	/** Highlight the talk under the cursor in the explorer. */
	readonly followCursor: boolean;
}

/** Defaults; never mutated (settings are merged into a fresh object). */
export const DEFAULT_SETTINGS: TalksSettings = Object.freeze({
	dailyFolder: '',
	dailyFormat: '',
	extraFolders: [],
	peopleFolder: '',
	topicList: '',
	autoKeywords: true,
	keywordsPerTalk: 5,
	editorMarks: true,
	followCursor: true,
});

/** Merges stored data over the defaults, dropping unknown keys and values of the wrong type. */
export function mergeSettings(stored: unknown): TalksSettings {
	const data = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
	const pick = <K extends keyof TalksSettings>(key: K, valid: (v: unknown) => boolean): TalksSettings[K] =>
		(valid(data[key]) ? data[key] : DEFAULT_SETTINGS[key]) as TalksSettings[K];
	const isString = (v: unknown) => typeof v === 'string';
	const isBool = (v: unknown) => typeof v === 'boolean';
	return {
		dailyFolder: pick('dailyFolder', isString),
		dailyFormat: pick('dailyFormat', isString),
		extraFolders: pick('extraFolders', (v) => Array.isArray(v) && v.every(isString)),
		peopleFolder: pick('peopleFolder', isString),
		topicList: pick('topicList', isString),
		autoKeywords: pick('autoKeywords', isBool),
		keywordsPerTalk: pick('keywordsPerTalk', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 50),
		editorMarks: pick('editorMarks', isBool),
		followCursor: pick('followCursor', isBool),
	};
}

/**
 * Parses the topic list: one topic per line, `alias, alias => Name` or just `Name`.
 * Blank lines and lines starting with `#` or `//` are ignored.
 */
export function parseTopicList(text: string): TopicRule[] {
	const rules: TopicRule[] = [];
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (!line || line.startsWith('#') || line.startsWith('//')) continue;
		const arrow = line.indexOf('=>');
		const name = (arrow >= 0 ? line.slice(arrow + 2) : line).trim();
		if (!name) continue;
		const aliases = arrow >= 0 ? line.slice(0, arrow).split(',').map((a) => a.trim()).filter(Boolean) : [];
		rules.push({ name, terms: [name, ...aliases.filter((a) => a.toLowerCase() !== name.toLowerCase())] });
	}
	return rules;
}
