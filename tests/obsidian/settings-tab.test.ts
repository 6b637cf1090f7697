/**
 * @jest-environment jsdom
 */
import { DEFAULT_SETTINGS, type TalksSettings } from '../../src/core/settings';
import { PluginSettingsStore } from '../../src/obsidian/settings-store';
import { TalksSettingTab } from '../../src/obsidian/settings-tab';
import { createFakeApp, TEST_MANIFEST } from '../fakes/app';
import { Plugin } from 'obsidian';

class HostPlugin extends Plugin {}

function setup(config: Record<string, string> = { 'daily-notes.json': '{"folder":"Journal/","format":"YYYY/MM/DD"}' }) {
	const app = createFakeApp({}, { config });
	const saved: TalksSettings[] = [];
	const store = new PluginSettingsStore(DEFAULT_SETTINGS, async (s) => {
		saved.push(s);
		return Promise.resolve();
	});
	const plugin = new HostPlugin(app, TEST_MANIFEST);
	const tab = new TalksSettingTab(app, plugin, store);
	plugin.load();
	plugin.addSettingTab(tab);
	return { app, store, saved, tab };
}

const row = (root: HTMLElement, name: string) => {
	const item = Array.from(root.querySelectorAll('.setting-item')).find((el) => el.querySelector('.setting-item-name')?.textContent === name);
	if (!item) throw new Error(`no setting row named ${name}`);
	return item as HTMLElement;
};
const settle = () => new Promise((r) => window.setTimeout(r, 0));

describe.each([
	['Obsidian 1.13+ (declarative definitions)', (s: ReturnType<typeof setup>) => void s.app.setting.openTabById('conference-talks')],
	// What Obsidian before 1.13 calls (deprecated in the 1.13 typings, hence the structural call).
	['older Obsidian (display)', (s: ReturnType<typeof setup>) => (s.tab as { display(): void }).display()],
])('%s', (_label, show) => {
	let s: ReturnType<typeof setup>;
	beforeEach(() => {
		s = setup();
		if (!s.tab.containerEl.isConnected) document.body.appendChild(s.tab.containerEl);
		show(s);
	});
	afterEach(() => document.body.empty());

	test('sections are heading rows, with no top-level heading', () => {
		const headings = Array.from(s.tab.containerEl.querySelectorAll('.setting-item-heading .setting-item-name')).map((el) => el.textContent);
		expect(headings).toEqual(['Daily notes', 'Topics', 'Editor and explorer']);
		expect(s.tab.containerEl.querySelector('h1, h2, h3')).toBeNull();
	});

	test("shows the daily-notes folder and format detected from Obsidian's settings", async () => {
		await settle();
		expect(row(s.tab.containerEl, 'Detected daily notes').querySelector('.setting-item-description')?.textContent).toBe('From Obsidian: folder Journal, date format YYYY/MM/DD.');
	});

	test('toggles and the slider save at once', () => {
		(row(s.tab.containerEl, 'Automatic keywords').querySelector('.checkbox-container') as HTMLElement).click();
		const slider = row(s.tab.containerEl, 'Keywords per talk').querySelector('input[type=range]') as HTMLInputElement;
		slider.value = '9';
		slider.dispatchEvent(new Event('change'));
		expect(s.store.get()).toMatchObject({ autoKeywords: false, keywordsPerTalk: 9 });
		expect(s.saved.length).toBe(2);
	});

	test('folders are normalized and lists split by line; text is applied at the latest when the tab is left', () => {
		const type = (name: string, value: string) => {
			const input = row(s.tab.containerEl, name).querySelector('input, textarea') as HTMLInputElement;
			input.value = value;
			input.dispatchEvent(new Event('input'));
		};
		type('Daily notes folder', ' Notes//Daily/ ');
		type('Extra talk folders', 'Conferences/\n\n/\nTalks\\2024');
		type('Topic list', 'k8s => Kubernetes');
		s.app.setting.close();
		s.tab.hide();
		expect(s.store.get()).toMatchObject({ dailyFolder: 'Notes/Daily', extraFolders: ['Conferences', 'Talks/2024'], topicList: 'k8s => Kubernetes' });
	});
});

test('the stored values are what the controls show', () => {
	const s = setup();
	void s.store.update({ extraFolders: ['A', 'B/C'], peopleFolder: 'People', editorMarks: false });
	s.app.setting.openTabById('conference-talks');
	expect((row(s.tab.containerEl, 'Extra talk folders').querySelector('textarea') as HTMLTextAreaElement).value).toBe('A\nB/C');
	expect((row(s.tab.containerEl, 'People folder').querySelector('input') as HTMLInputElement).value).toBe('People');
	expect(row(s.tab.containerEl, 'Talk marks in the editor').querySelector('.checkbox-container')?.classList.contains('is-enabled')).toBe(false);
});
