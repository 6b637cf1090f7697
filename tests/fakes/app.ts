/**
 * Test and demo helpers around the fake: build an App from a map of files, load a plugin as
 * Obsidian does, read notices. Returns objects typed with the real obsidian.d.ts types plus the
 * fake-only helpers, so tests type-check against the real API.
 */
import type { App as RealApp, Plugin as RealPlugin, PluginManifest } from 'obsidian';
import './dom-helpers';
import { App, type FakeAppOptions } from './parts/app-class';
import type { Commands, SettingManager } from './parts/app-class';
import type { ReadStats } from './parts/vault';
import type { FakeLayout } from './parts/workspace';
import { clearNotices, getNotices } from './parts/notice';
import { setEditorFactory, type EditorFactory } from './parts/view-markdown';
import { settle } from './parts/task-queue';

export { getNotices, clearNotices, setEditorFactory, settle };
export type { EditorFactory, FakeLayout };

/** What tests get: the real App type plus the fake's helpers. */
export type FakeApp = RealApp & {
	appId: string;
	commands: Commands;
	setting: SettingManager;
	/** Opens `obsidian://action?k=v` through the registered protocol handlers; false when none. */
	openUri(uri: string): boolean;
	/** Fires the initial `create` events, marks the layout ready and runs `onLayoutReady` callbacks. */
	layoutReady(): Promise<void>;
	/** Runs pending background work (metadata `changed`, `resolved`) and lets promises settle. */
	flush(): Promise<void>;
	vault: RealApp['vault'] & {
		readStats: ReadStats;
		readDelayMs: number | null;
		listenerCount(name?: string): number;
	};
	metadataCache: RealApp['metadataCache'] & { listenerCount(name?: string): number };
	workspace: RealApp['workspace'] & {
		editorExtensions: unknown[];
		listenerCount(name?: string): number;
		changeLayout(layout: FakeLayout): Promise<void>;
	};
};

/** Vault files by path; config files (`options.config`, or paths under the config dir) live on the adapter only. */
export function createFakeApp(files: Record<string, string> = {}, options: FakeAppOptions = {}): FakeApp {
	return new App(files, options) as unknown as FakeApp;
}

/** A manifest for tests. */
export const TEST_MANIFEST: PluginManifest = {
	id: 'conference-talks',
	name: 'Conference talks',
	author: 'Test',
	version: '0.0.0',
	minAppVersion: '1.7.2',
	description: 'Browse talks.',
};

/** Constructs the plugin, loads it (awaiting an async onload) and, if asked, calls onUserEnable. */
export async function loadPlugin<P extends RealPlugin>(PluginClass: new (app: RealApp, manifest: PluginManifest) => P, app: FakeApp, manifest: PluginManifest = TEST_MANIFEST, options: { userEnable?: boolean } = {}): Promise<P> {
	const plugin = new PluginClass(app, manifest);
	plugin.load();
	await (plugin as unknown as { _onloadResult: unknown })._onloadResult;
	await settle();
	if (options.userEnable) plugin.onUserEnable();
	return plugin;
}

/** Total handlers on the vault, metadata cache and workspace (to prove a plugin cleaned up). */
export function listenerTotal(app: FakeApp): number {
	return app.vault.listenerCount() + app.metadataCache.listenerCount() + app.workspace.listenerCount();
}
