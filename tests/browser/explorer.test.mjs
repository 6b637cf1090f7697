// The Talks explorer in a real browser: the demo page (the real plugin on the fake host, notes
// in CodeMirror 6) built from the seed vault. Typing, clicking, keyboard, the editor's cursor
// and line flash, protocol links, and no page errors along the way.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildInTemp, launch, openDemo, rowTitles, search, SEED_VAULT } from './demo-harness.mjs';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';
const GLAUBER = 'Writing Low Latency Database Applications Even if Your Code Sucks';

/** Where the editor is: active file, cursor (0-based), flashed lines, and the cursor line's place on screen. */
function editorState(page) {
	return page.evaluate(() => {
		const { app } = window.__talksDemo;
		const view = app.workspace.activeEditor;
		const cm = view?.editor.cm;
		const scroller = cm?.scrollDOM.getBoundingClientRect();
		const line = cm ? cm.coordsAtPos(cm.state.selection.main.head) : null;
		return {
			file: app.workspace.getActiveFile()?.path ?? null,
			cursor: view ? view.editor.getCursor() : null,
			flashed: Array.from(document.querySelectorAll('.cm-line.ct-flash-line')).map((el) => el.textContent),
			// 0 at the top of the editor, 1 at the bottom.
			place: line && scroller ? (line.top - scroller.top) / scroller.height : null,
			hasFocus: view ? view.editor.hasFocus() : false,
		};
	});
}

describe('explorer on the seed vault', () => {
	let browser;
	let demo;
	before(async () => {
		demo = await buildInTemp(SEED_VAULT);
		browser = await launch();
	});
	after(async () => {
		await browser?.close();
		demo?.cleanup();
	});

	it('opens with the Talks sidebar on the right and the note in the main area', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		assert.equal(await page.locator('.mod-right-split .ct-summary').textContent(), '7 talks · 6 speakers · 1 conference');
		assert.equal((await rowTitles(page)).length, 7);
		assert.equal(await page.evaluate(() => window.__talksDemo.app.workspace.getActiveFile()?.path), '2023-10-18.md');
		assert.ok(await page.locator('.mod-root .cm-editor').isVisible());
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('typing "zig" lists the panel first, with Zig marked', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		await search(page, 'zig');
		const titles = await rowTitles(page);
		assert.equal(titles[0], PANEL);
		assert.deepEqual(await page.locator('.ct-row').first().locator('.ct-title mark').allTextContents(), ['Zig']);
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('clicking the panel opens 2023-10-18.md with the cursor on line 110, centred, its lines flashing', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		await search(page, 'zig');
		// Start from somewhere else in the note, so the jump has to move the cursor and scroll.
		await page.evaluate(() => {
			const { editor } = window.__talksDemo.app.workspace.getLeavesOfType('markdown')[0].view;
			editor.setCursor({ line: 0, ch: 0 });
			editor.scrollTo(0, 0);
		});
		await page.locator('.ct-row').first().locator('.ct-title').click();
		await page.waitForFunction(() => window.__talksDemo.app.workspace.activeEditor?.editor.getCursor().line === 110);
		const state = await editorState(page);
		assert.equal(state.file, '2023-10-18.md');
		assert.deepEqual(state.cursor, { line: 110, ch: 0 });
		assert.ok(state.hasFocus, 'the editor has the focus');
		assert.ok(state.place > 0.25 && state.place < 0.75, `the talk line is near the middle (at ${state.place})`);
		// The panel spans lines 111-158; CodeMirror draws only the lines in view, so check the edges on screen.
		assert.match(state.flashed[0], /Coding for speed/);
		assert.ok(state.flashed.length > 10 && state.flashed.length <= 48, `${state.flashed.length} flashed lines`);
		assert.ok(!state.flashed.some((text) => /Ingesting in Rust|use indices for complex/.test(text)), 'only the panel flashes');
		await page.waitForFunction(() => document.querySelector('.ct-flash-line') === null, null, { timeout: 5000 });
		assert.equal(await page.locator('.mod-right-split .ct-explorer').count(), 1);
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('typing "glauber" lists exactly his two talks', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		await search(page, 'glauber');
		assert.deepEqual((await rowTitles(page)).sort(), [GLAUBER, PANEL].sort());
		assert.equal(await page.locator('.ct-summary').textContent(), '2 of 7 talks · 3 speakers · 1 conference');
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('works from the keyboard: arrows, expand, Enter opens; Esc clears the search', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		const input = page.locator('.ct-explorer input[type=search]');
		await search(page, 'rust');
		await input.press('Escape');
		assert.equal(await input.inputValue(), '');
		await page.waitForFunction(() => document.querySelectorAll('.ct-row').length === 7);
		await input.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const focused = await page.evaluate(() => document.activeElement?.querySelector('.ct-title')?.textContent);
		assert.equal(focused, 'High-Level Rust for Backend Programming');
		await page.keyboard.press('ArrowRight');
		await page.waitForSelector('.ct-row.is-expanded .ct-notes li');
		assert.match(await page.locator('.ct-row.is-expanded .ct-notes').textContent(), /autogenerate API schemas with Dropshot/);
		assert.match(await page.locator('.ct-row.is-expanded .ct-notes .is-unresolved').first().textContent(), /could not be found/);
		assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('is-expanded')), true, 'focus stays on the row');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => window.__talksDemo.app.workspace.activeEditor?.editor.getCursor().line === 45);
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('speaker clicks filter; chips combine and come off; an obsidian:// link shows a speaker', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		await page.locator('.ct-speaker', { hasText: 'Glauber Costa' }).first().click();
		assert.equal(await page.locator('.ct-card-name').textContent(), 'Glauber Costa');
		assert.equal((await rowTitles(page)).length, 2);
		await page.locator('select.ct-kind-select').selectOption('panel');
		assert.deepEqual(await rowTitles(page), [PANEL]);
		assert.deepEqual(await page.locator('.ct-chip-label').allTextContents(), ['Glauber Costa', 'Panel']);
		await page.locator('.ct-clear-filters').click();
		assert.equal((await rowTitles(page)).length, 7);
		assert.equal(await page.evaluate(() => window.__talksDemo.openUri('obsidian://conference-talks?speaker=Carl%20Lerche')), true);
		await page.waitForSelector('.ct-card-name');
		assert.equal(await page.locator('.ct-card-name').textContent(), 'Carl Lerche');
		assert.equal((await rowTitles(page)).length, 2);
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('pickers list suggestion rows, and Enter on a speaker shows them in the explorer; bad links show a notice', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		assert.equal(await page.evaluate(() => window.__talksDemo.app.commands.executeCommandById('conference-talks:list-speakers')), true);
		await page.waitForSelector('.modal-container .suggestion-item');
		await page.keyboard.type('jarred');
		await page.waitForFunction(() => document.querySelectorAll('.suggestion-item').length === 1);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('.ct-card-name')?.textContent === 'Jarred Sumner');
		assert.deepEqual(await rowTitles(page), [PANEL]);
		assert.equal(await page.evaluate(() => window.__talksDemo.openUri('obsidian://conference-talks?speaker=Nobody%20Here')), true);
		await page.waitForSelector('.notice');
		assert.match(await page.locator('.notice').first().textContent(), /Nobody Here/);
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('keeps the list where it was when a row expands, and starts a new search at the top', async () => {
		const { page, errors } = await openDemo(browser, demo.url, { height: 500 });
		const scrollTop = () => page.evaluate(() => document.querySelector('.ct-list').scrollTop);
		const row = page.locator('.ct-row', { hasText: 'Ingesting in Rust' });
		await row.scrollIntoViewIfNeeded();
		const before = await scrollTop();
		assert.ok(before > 0, 'the list is scrolled');
		await row.locator('.ct-chevron').click();
		await page.waitForSelector('.ct-row.is-expanded .ct-notes li');
		assert.equal(await scrollTop(), before);
		await search(page, 'rust');
		assert.equal(await scrollTop(), 0);
		assert.deepEqual(errors, []);
		await page.close();
	});

	it('fits a 250 px sidebar without sideways scrolling', async () => {
		const { page, errors } = await openDemo(browser, demo.url);
		await page.addStyleTag({ content: '.workspace-split.mod-right-split { flex-basis: 250px !important; }' });
		await page.locator('.ct-speaker', { hasText: 'Carl Lerche' }).first().click();
		await page.locator('.ct-row .ct-chevron').first().click();
		const overflow = await page.evaluate(() =>
			['.ct-top', '.ct-list'].map((sel) => {
				const el = document.querySelector(sel);
				return [sel, el.scrollWidth - el.clientWidth];
			}),
		);
		assert.deepEqual(overflow, [['.ct-top', 0], ['.ct-list', 0]]);
		assert.deepEqual(errors, []);
		await page.close();
	});
});
