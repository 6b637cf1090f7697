/**
 * @jest-environment jsdom
 */
/**
 * The shipped `main.js`, built from the current sources with the production options: it
 * reaches no network, requires nothing but what Obsidian provides, holds no regex
 * lookbehind (mobile Safari), and, loaded through `require` as Obsidian loads it (with
 * `obsidian` resolving to the behavioural fake), it loads, registers, indexes and unloads
 * cleanly.
 */
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync, rmSync } from 'node:fs';
import type { Plugin } from 'obsidian';
import { createFakeApp, listenerTotal, loadPlugin, settle, type FakeApp } from '../fakes/app';
import { buildDir, buildPlugin } from './build-bundles';
import { scanBundle } from './bundle-scan';

jest.setTimeout(60_000);

let dir: string;
let mainJs: string;
let source: string;

beforeAll(async () => {
	dir = buildDir();
	mainJs = await buildPlugin(dir);
	source = readFileSync(mainJs, 'utf8');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the scanner', () => {
	it('finds each forbidden thing in a sample, and passes look-alikes', () => {
		const bad = [
			'fetch("https://x.example")',
			'const f = window.fetch',
			'new XMLHttpRequest()',
			'new WebSocket(u)',
			'new EventSource(u)',
			'navigator.sendBeacon(u, d)',
			'var o = require("obsidian"); (0, o.requestUrl)({ url: u })',
			'var o = require("obsidian"); o.request({ url: u })',
			'require("fs")',
			'require("node:path")',
			'var r = require; r("child_process")',
			'import("./chunk.js")',
			// Spelled in pieces: the lint rule against lookbehind reads test strings too.
			`/(?<${'='}a)b/.test(s)`,
			`new RegExp("(?<${'!'}x)y")`,
		];
		for (const code of bad) expect({ code, findings: scanBundle(code).length }).toEqual({ code, findings: 1 });
		const fine = 'var o = require("obsidian"); var s = require("@codemirror/state"); class T { fetch(k) { return k } } t.fetch(1); db.request = 2; /(?<name>a)/.test(s); o.Plugin';
		expect(scanBundle(fine)).toEqual([]);
	});
});

describe('main.js (production build)', () => {
	it('contains no network access, no Node or stray require, no dynamic import and no lookbehind', () => {
		expect(source.length).toBeGreaterThan(10_000);
		expect(scanBundle(source)).toEqual([]);
	});

	it('requires exactly the host modules it is built against', () => {
		const required = new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
		expect(required.has('obsidian')).toBe(true);
		for (const name of required) expect(name).toMatch(/^(obsidian|@codemirror\/[a-z-]+|@lezer\/[a-z-]+)$/);
	});
});

describe('main.js loaded as Obsidian loads it', () => {
	let app: FakeApp;
	let plugin: Plugin;
	let baseline: number;
	let errors: jest.SpyInstance;

	beforeAll(async () => {
		(globalThis as { indexedDB?: IDBFactory }).indexedDB = new IDBFactory();
		errors = jest.spyOn(console, 'error');
		app = createFakeApp({
			'2023-10-18.md': '[[RustConf 2024]]\n- Fast Queues ~ Ada Byron\n\t- notes\n- Why Tests Flake ~ Bo Linde\n\t- notes\n',
			'Notes.md': 'just a note',
		});
		baseline = listenerTotal(app);
		// jest resolves the bundle's `require("obsidian")` to the fake, as Obsidian resolves it to itself.
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the built bundle the way Obsidian does is the point
		const exported = require(mainJs) as { default: new (...args: never[]) => Plugin };
		plugin = await loadPlugin(exported.default as unknown as Parameters<typeof loadPlugin>[0], app, undefined, { userEnable: true });
		await app.layoutReady();
		for (let i = 0; i < 20 && app.vault.readStats.count < 2; i++) await new Promise((r) => window.setTimeout(r, 10));
		await settle();
	});

	afterAll(() => {
		errors.mockRestore();
		delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
	});

	it('registers its view, commands, settings tab, link handler and editor extension', () => {
		expect(app.commands.listCommands().map((c) => c.id)).toEqual(expect.arrayContaining(['conference-talks:list-speakers', 'conference-talks:search-talks']));
		const fake = app as unknown as { viewRegistry: { getCreator(type: string): unknown }; protocolHandlers: Map<string, unknown> };
		expect(fake.viewRegistry.getCreator('conference-talks-explorer')).toBeDefined();
		expect(fake.protocolHandlers.size).toBeGreaterThan(0);
		expect(app.workspace.editorExtensions.length).toBeGreaterThan(0);
		expect(listenerTotal(app)).toBeGreaterThan(baseline);
	});

	it('reads the notes only after the layout is ready, and indexes them', () => {
		expect(app.vault.readStats.count).toBe(2);
	});

	it('unloads cleanly: every handler, command, view, link handler and extension gone, no error logged', async () => {
		plugin.unload();
		await settle();
		expect(listenerTotal(app)).toBe(baseline);
		expect(app.commands.listCommands().filter((c) => c.id.startsWith('conference-talks:'))).toEqual([]);
		const fake = app as unknown as { viewRegistry: { getCreator(type: string): unknown }; protocolHandlers: Map<string, unknown> };
		expect(fake.viewRegistry.getCreator('conference-talks-explorer')).toBeUndefined();
		expect(fake.protocolHandlers.size).toBe(0);
		expect(app.workspace.editorExtensions).toEqual([]);
		expect(errors).not.toHaveBeenCalled();
	});
});
