/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import ConferenceTalksPlugin from '../../src/main';
import type { TalksServices } from '../../src/obsidian/services';
import { createFakeApp, listenerTotal, loadPlugin, type FakeApp } from '../fakes/app';
import { dailyNote } from './helpers';

const vault = () => ({
	'Daily/2023-10-18.md': dailyNote('RustConf 2024', 'Fast Queues ~ Ada Byron'),
	'Daily/2023-10-19.md': dailyNote('RustConf 2024', 'Zero-copy Parsing ~ Carl Lerche'),
});

const servicesOf = (plugin: ConferenceTalksPlugin) => (plugin as unknown as { services: TalksServices }).services;
let appSeq = 0;
const newApp = (): FakeApp => createFakeApp(vault(), { appId: `plugin-test-${appSeq++}`, config: { 'daily-notes.json': '{"folder":"Daily"}' } });

test('onload reads no note; indexing starts when the layout is ready', async () => {
	const app = newApp();
	const plugin = await loadPlugin(ConferenceTalksPlugin, app);
	await app.flush();
	expect(app.vault.readStats.count).toBe(0);
	expect(servicesOf(plugin).indexer.status).toEqual({ state: 'idle' });
	await app.layoutReady();
	await servicesOf(plugin).indexer.whenIdle();
	expect(servicesOf(plugin).index.talks().map((t) => t.title).sort()).toEqual(['Fast Queues', 'Zero-copy Parsing']);
	plugin.unload();
});

test('loading then unloading the plugin leaves no registered event behind', async () => {
	const app = newApp();
	await app.layoutReady();
	const before = listenerTotal(app);
	const plugin = await loadPlugin(ConferenceTalksPlugin, app);
	await servicesOf(plugin).indexer.whenIdle();
	expect(listenerTotal(app)).toBeGreaterThan(before);
	plugin.unload();
	await app.flush();
	expect(listenerTotal(app)).toBe(before);
	expect(Object.keys(app.commands.commands)).toEqual([]);
	expect(app.setting.pluginTabs).toEqual([]);
});

test('settings load through mergeSettings, and a synced data.json is applied without a restart', async () => {
	const app = newApp();
	await app.vault.adapter.write(`${app.vault.configDir}/plugins/conference-talks/data.json`, JSON.stringify({ topicList: 'queues => Queues', keywordsPerTalk: 'lots' }));
	const plugin = await loadPlugin(ConferenceTalksPlugin, app);
	const { settings, index, indexer } = servicesOf(plugin);
	expect(settings.get().topicList).toBe('queues => Queues');
	expect(settings.get().keywordsPerTalk).toBe(5);
	await app.layoutReady();
	await indexer.whenIdle();
	expect(index.talks().find((t) => t.title === 'Fast Queues')?.topics).toContain('Queues');
	await app.vault.adapter.write(`${app.vault.configDir}/plugins/conference-talks/data.json`, JSON.stringify({ topicList: '' }));
	await plugin.onExternalSettingsChange();
	await indexer.whenIdle();
	expect(settings.get().topicList).toBe('');
	expect(index.talks().find((t) => t.title === 'Fast Queues')?.topics).not.toContain('Queues');
	plugin.unload();
});

test('turning the plugin on opens the Talks sidebar once; an ordinary start-up opens nothing', async () => {
	const app = newApp();
	await app.layoutReady();
	const plain = await loadPlugin(ConferenceTalksPlugin, app);
	await app.flush();
	expect(app.workspace.getLeavesOfType('conference-talks-explorer')).toHaveLength(0);
	plain.unload();
	const enabled = await loadPlugin(ConferenceTalksPlugin, app, undefined, { userEnable: true });
	await app.flush();
	expect(app.workspace.getLeavesOfType('conference-talks-explorer')).toHaveLength(1);
	enabled.unload();
});
