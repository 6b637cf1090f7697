// Issue 4's acceptance in a real browser: the demo page (the real plugin on the fake host, notes
// in CodeMirror 6) built from the seed vault, driven with the keyboard through playwright-core
// and Debian's chromium. Run: node --test tests/browser/commands.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { buildDemo } from '../../scripts/demo.mjs';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

let outDir;
let url;
let browser;

before(async () => {
	outDir = mkdtempSync(join(tmpdir(), 'ct-commands-'));
	url = pathToFileURL(await buildDemo({ vault: 'tests/fixtures/vaults/seed', out: outDir })).href;
	browser = await launchChromium();
});

after(async () => {
	await browser?.close();
	if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A fresh demo page, loaded and indexed; page errors fail the test. */
async function openDemo() {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(url);
	await page.waitForFunction(() => window.__talksDemo !== undefined);
	await page.evaluate(() => window.__talksDemo.ready);
	return { page, errors };
}

/** The suggestion rows of the open picker: [title, detail]. */
function pickerRows(page) {
	return page.$$eval('.modal-container .suggestion-item', (items) =>
		items.map((item) => [item.querySelector('.ct-suggestion-title')?.textContent ?? '', item.querySelector('.ct-suggestion-detail')?.textContent ?? '']),
	);
}

function runCommand(page, id) {
	return page.evaluate((commandId) => window.__talksDemo.app.commands.executeCommandById(commandId), id);
}

/** Path and 0-based cursor line of the active note. */
function activeNote(page) {
	return page.evaluate(() => {
		const view = window.__talksDemo.app.workspace.activeLeaf?.view;
		return { path: view?.file?.path ?? null, line: view?.editor?.getCursor().line ?? -1 };
	});
}

describe('List speakers on the seed vault', () => {
	it('shows 6 speakers, Glauber Costa and Carl Lerche first; "jarr" leaves Jarred Sumner; Enter shows his talk in the explorer', async () => {
		const { page, errors } = await openDemo();
		assert.equal(await runCommand(page, 'conference-talks:list-speakers'), true);
		await page.waitForSelector('.modal-container .suggestion-item');
		const rows = await pickerRows(page);
		assert.equal(rows.length, 6);
		assert.deepEqual(rows.slice(0, 2).map(([title]) => title).sort(), ['Carl Lerche', 'Glauber Costa']);
		assert.deepEqual(rows.find(([title]) => title === 'Glauber Costa'), ['Glauber Costa', '2 talks · Turso']);
		// The input has the focus: type as a person would.
		await page.keyboard.type('jarr');
		await page.waitForFunction(() => document.querySelectorAll('.modal-container .suggestion-item').length === 1);
		assert.deepEqual(await pickerRows(page), [['Jarred Sumner', '1 talk · BunJs']]);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('.modal-container') === null);
		await page.waitForFunction(() => document.querySelectorAll('.mod-right-split .ct-row .ct-title').length === 1);
		const titles = await page.$$eval('.mod-right-split .ct-row .ct-title', (els) => els.map((el) => el.textContent));
		assert.deepEqual(titles, [PANEL]);
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('Ctrl+Enter picks one of the speaker\'s talks and jumps to it in the editor', async () => {
		const { page, errors } = await openDemo();
		await runCommand(page, 'conference-talks:list-speakers');
		await page.waitForSelector('.modal-container .suggestion-item');
		await page.keyboard.type('armin');
		await page.waitForFunction(() => document.querySelectorAll('.modal-container .suggestion-item').length === 1);
		await page.keyboard.press('Control+Enter');
		await page.waitForFunction(() => document.querySelector('.modal-container .ct-suggestion-title')?.textContent === 'Ingesting in Rust');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('.modal-container') === null);
		assert.deepEqual(await activeNote(page), { path: '2023-10-18.md', line: 158 });
		assert.deepEqual(errors, []);
		await page.close();
	});
});

describe('obsidian://conference-talks links on the seed vault', () => {
	it('opens 2023-10-18.md at line 110 for the panel\'s id, and shows a notice for an unknown id', async () => {
		const { page, errors } = await openDemo();
		const panelId = await page.evaluate((title) => {
			const plugin = window.__talksDemo.plugin;
			return plugin.services.index.talks().find((talk) => talk.title === title)?.id;
		}, PANEL);
		assert.ok(panelId);
		// Move away first, so the jump is the link's doing.
		await page.evaluate(() => window.__talksDemo.app.workspace.getLeavesOfType('markdown')[0].view.editor.setCursor({ line: 0, ch: 0 }));
		assert.equal((await activeNote(page)).line, -1, 'the explorer is active before the link');
		assert.equal(await page.evaluate((id) => window.__talksDemo.openUri(`obsidian://conference-talks?talk=${encodeURIComponent(id)}`), panelId), true);
		await page.waitForFunction(() => window.__talksDemo.app.workspace.activeLeaf?.view?.editor?.getCursor().line === 110);
		assert.deepEqual(await activeNote(page), { path: '2023-10-18.md', line: 110 });
		// The line with the cursor is the panel's own line in the CodeMirror editor.
		const lineText = await page.evaluate(() => {
			const cm = window.__talksDemo.app.workspace.activeLeaf.view.editor.cm;
			return cm.state.doc.lineAt(cm.state.selection.main.head).text;
		});
		assert.ok(lineText.startsWith('+ Threads | Live Discussion'));

		await page.evaluate(() => window.__talksDemo.openUri('obsidian://conference-talks?talk=2023-10-18-nobody-gave-this-talk'));
		await page.waitForSelector('.notice');
		const notice = await page.textContent('.notice');
		assert.match(notice, /No talk with the id "2023-10-18-nobody-gave-this-talk"/);
		assert.deepEqual(await activeNote(page), { path: '2023-10-18.md', line: 110 });
		assert.deepEqual(errors, []);
		await page.close();
	});
});

describe('talk marks in the editor', () => {
	it('shows a mark with data-talk-id at the end of the talk lines in view; clicking one reveals the talk', async () => {
		const { page, errors } = await openDemo();
		await page.waitForSelector('.cm-editor .ct-mark[data-talk-id]');
		const marks = await page.$$eval('.cm-editor .ct-mark[data-talk-id]', (els) =>
			els.map((el) => ({ id: el.getAttribute('data-talk-id'), line: el.closest('.cm-line')?.textContent ?? '', chips: Array.from(el.children).map((c) => c.textContent) })),
		);
		assert.ok(marks.length >= 2);
		const haddad = marks.find((mark) => mark.line.startsWith('+ Jon Haddad:'));
		assert.ok(haddad, 'the Jon Haddad talk line has a mark');
		assert.deepEqual(haddad.chips, ['Talk', 'Jon Haddad']);
		assert.match(haddad.id, /^2023-10-18-distributed-system-performance/);
		// Scroll the panel into view: its mark shows the kind and the three speakers.
		await page.evaluate(() => {
			const cm = window.__talksDemo.app.workspace.getLeavesOfType('markdown')[0].view.editor.cm;
			cm.dispatch({ selection: { anchor: cm.state.doc.line(111).from }, scrollIntoView: true });
		});
		await page.waitForFunction(() => Array.from(document.querySelectorAll('.cm-editor .ct-mark .ct-mark-kind')).some((el) => el.textContent === 'Panel'));
		const panelChips = await page.$$eval('.cm-editor .ct-mark', (els) => {
			const panel = els.find((el) => el.querySelector('.ct-mark-kind')?.textContent === 'Panel');
			return Array.from(panel.children).map((c) => c.textContent);
		});
		assert.deepEqual(panelChips, ['Panel', 'Glauber Costa', 'Carl Lerche', 'Jarred Sumner']);
		await page.click('.cm-editor .ct-mark:has(.ct-mark-kind:text-is("Panel"))');
		await page.waitForFunction(() => {
			const focused = document.activeElement;
			return focused?.classList.contains('ct-row') && focused.querySelector('.ct-title')?.textContent?.startsWith('Threads | Live Discussion');
		});
		assert.deepEqual(errors, []);
		await page.close();
	});
});
