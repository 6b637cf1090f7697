/**
 * The real plugin on the fake host, for explorer tests: a fake app with the given notes, its
 * workspace attached to the document (so views are shown), the plugin loaded and indexing done.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'obsidian';
import ConferenceTalksPlugin from '../../src/main';
import type { TalksServices } from '../../src/obsidian/services';
import { ExplorerView, VIEW_TYPE_EXPLORER } from '../../src/ui/explorer-view';
import { createFakeApp, loadPlugin, type FakeApp } from '../fakes/app';
import type { FakeAppOptions } from '../fakes/parts/app-class';

/** The seed note's text (the real note the project was born from). */
export const SEED_TEXT = readFileSync(join(__dirname, '..', 'fixtures', 'vaults', 'seed', '2023-10-18.md'), 'utf8');

/** A booted plugin. */
export interface Booted {
	readonly app: FakeApp;
	readonly plugin: Plugin;
	readonly services: TalksServices;
}

/** Polls `check` (letting the fake's background work run) until it holds; fails after `ms`. */
export async function waitFor(check: () => boolean, ms = 3000, app?: FakeApp): Promise<void> {
	const until = Date.now() + ms;
	while (!check()) {
		if (Date.now() > until) throw new Error('waitFor: condition not met in time');
		if (app) await app.flush();
		await new Promise((resolve) => window.setTimeout(resolve, 5));
	}
}

let vaults = 0;

/** Boots the plugin over `files` and waits until the indexer is ready. */
export async function boot(files: Record<string, string> = { '2023-10-18.md': SEED_TEXT }, options: FakeAppOptions = {}): Promise<Booted> {
	// A vault of its own per boot, so one test's record cache never warms another's.
	const app = createFakeApp(files, { vaultName: `Vault ${++vaults}`, ...options });
	document.body.appendChild(app.workspace.containerEl);
	const plugin = await loadPlugin(ConferenceTalksPlugin, app);
	// The composition root keeps its services private; tests read them to wait for the index.
	const services = (plugin as unknown as { services: TalksServices }).services;
	await app.layoutReady();
	await waitFor(() => services.indexer.status.state === 'ready', 5000, app);
	return { app, plugin, services };
}

/** The explorer views open now. */
export function explorers(app: FakeApp): ExplorerView[] {
	return app.workspace.getLeavesOfType(VIEW_TYPE_EXPLORER).map((leaf) => leaf.view).filter((view): view is ExplorerView => view instanceof ExplorerView);
}

/** Runs a command as the palette would. */
export function run(app: FakeApp, id: string): boolean {
	return app.commands.executeCommandById(`conference-talks:${id}`);
}

/** Sets the search text as typing would and waits out the debounce. */
export async function type(view: ExplorerView, text: string): Promise<void> {
	const input = view.contentEl.querySelector<HTMLInputElement>('input[type=search]');
	if (!input) throw new Error('no search field');
	input.focus();
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	await new Promise((resolve) => window.setTimeout(resolve, 150));
}

/** Titles of the rows on screen, in order. */
export function rowTitles(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll('.ct-row .ct-title')).map((el) => el.textContent ?? '');
}
