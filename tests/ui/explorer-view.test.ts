/**
 * @jest-environment jsdom
 */
import { MarkdownView } from 'obsidian';
import { ExplorerView, VIEW_TYPE_EXPLORER } from '../../src/ui/explorer-view';
import { emitCursorTalk } from '../../src/obsidian/cursor-talk';
import { revealExplorer } from '../../src/ui/reveal-explorer';
import { clearNotices, type FakeApp } from '../fakes/app';
import { boot, explorers, rowTitles, run, SEED_TEXT, type, waitFor } from './explorer-harness';
import { GLAUBER_TALK, PANEL_TITLE } from './seed-titles';

afterEach(() => {
	clearNotices();
	document.body.empty();
});

const open = async (app: FakeApp) => {
	expect(run(app, 'open-talks')).toBe(true);
	await waitFor(() => explorers(app).length === 1 && explorers(app)[0].lastScreen !== null, 2000, app);
	return explorers(app)[0];
};
const rowOf = (root: HTMLElement, title: string) => Array.from(root.querySelectorAll<HTMLElement>('.ct-row')).find((row) => row.querySelector('.ct-title')?.textContent === title)!;

describe('opening the explorer', () => {
	it('the command and the ribbon open one Talks view in the right sidebar, reusing its leaf', async () => {
		const { app } = await boot();
		const view = await open(app);
		expect(view.getDisplayText()).toBe('Talks');
		expect(view.getIcon()).toBe('presentation');
		expect(view.leaf.getRoot()).toBe(app.workspace.rightSplit);
		document.querySelector<HTMLElement>('.side-dock-ribbon-action[aria-label="Open talks"]')!.click();
		run(app, 'open-talks');
		await app.flush();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_EXPLORER)).toHaveLength(1);
		expect(view.contentEl.querySelector('.ct-summary')?.textContent).toBe('7 talks · 6 speakers · 1 conference');
		expect(document.activeElement).toBe(view.contentEl.querySelector('input[type=search]'));
	});

	it('restores query, grouping, filters and expanded rows after a restart, through a deferred leaf', async () => {
		const { app } = await boot();
		const view = await open(app);
		await type(view, 'rust');
		view.contentEl.querySelector<HTMLElement>('[data-group="speaker"]')!.click();
		view.contentEl.querySelector<HTMLElement>('.ct-speaker.ct-link')!.click();
		const first = view.contentEl.querySelector<HTMLElement>('.ct-row')!;
		first.querySelector<HTMLElement>('.ct-chevron')!.click();
		const saved = view.getState();
		expect(saved).toMatchObject({ query: 'rust', group: 'speaker', expanded: [first.dataset.talkId] });
		// What Obsidian does on restart: the saved layout comes back with the view deferred.
		await app.workspace.changeLayout({ right: [{ type: VIEW_TYPE_EXPLORER, state: JSON.parse(JSON.stringify(saved)) }] });
		const [leaf] = app.workspace.getLeavesOfType(VIEW_TYPE_EXPLORER);
		expect(leaf.isDeferred).toBe(true);
		const restored = await revealExplorer(app);
		expect(restored).not.toBeNull();
		expect(restored!.leaf).toBe(leaf);
		const el = restored!.contentEl;
		expect(el.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('rust');
		expect(el.querySelector('[data-group="speaker"]')!.getAttribute('aria-checked')).toBe('true');
		expect(el.querySelectorAll('.ct-chip')).toHaveLength(1);
		expect(el.querySelector('.ct-row.is-expanded')?.getAttribute('data-talk-id')).toBe(first.dataset.talkId);
		expect(restored!.getState()).toEqual(saved);
	});

	it('revealExplorer shows a speaker filtered, and focuses a talk', async () => {
		const { app, services } = await boot();
		const view = (await revealExplorer(app, { filters: { speakers: ['glauber-costa'] } }))!;
		expect(view.contentEl.querySelector('.ct-card-name')?.textContent).toBe('Glauber Costa');
		expect(rowTitles(view.contentEl)).toEqual([GLAUBER_TALK, PANEL_TITLE]);
		const ingest = services.index.talks().find((talk) => talk.title === 'Ingesting in Rust')!;
		await revealExplorer(app, { focusTalkId: ingest.id });
		// Not among Glauber's talks: the explorer shows everything to show it.
		expect(view.contentEl.querySelector('.ct-chip')).toBeNull();
		expect((document.activeElement as HTMLElement).dataset.talkId).toBe(ingest.id);
	});
});

describe('many talks', () => {
	it('draws a page of rows, and focusing a talk further down draws more until it shows', async () => {
		const lines = Array.from({ length: 250 }, (_, i) => `- Talk number ${i + 1} ~ Speaker Person${String.fromCharCode(65 + (i % 26))}`);
		const { app, services } = await boot({ '2024-05-05.md': `[[Big Conf]]\n${lines.join('\n')}\n` });
		const view = await open(app);
		expect(view.contentEl.querySelectorAll('.ct-row')).toHaveLength(200);
		expect(view.contentEl.querySelector('.ct-show-more')?.textContent).toBe('Show more (50 left)');
		const last = services.index.talks().find((talk) => talk.title === 'Talk number 250')!;
		await revealExplorer(app, { focusTalkId: last.id });
		expect(view.contentEl.querySelectorAll('.ct-row')).toHaveLength(250);
		expect((document.activeElement as HTMLElement).dataset.talkId).toBe(last.id);
	});
});

describe('searching', () => {
	it('searches as you type after a short pause, and lists exactly the matches', async () => {
		const { app } = await boot();
		const view = await open(app);
		const input = view.contentEl.querySelector<HTMLInputElement>('input[type=search]')!;
		input.value = 'zig';
		input.dispatchEvent(new Event('input'));
		expect(rowTitles(view.contentEl)).toHaveLength(7);
		await waitFor(() => rowTitles(view.contentEl).length < 7, 1000);
		expect(rowTitles(view.contentEl)[0]).toBe(PANEL_TITLE);
		await type(view, 'glauber');
		expect(rowTitles(view.contentEl).sort()).toEqual([PANEL_TITLE, GLAUBER_TALK].sort());
	});
});

describe('activating a row', () => {
	it('opens the note in the main area at the talk line, cursor on it, scrolled to the middle', async () => {
		const { app } = await boot();
		const view = await open(app);
		expect(app.workspace.getActiveViewOfType(ExplorerView)).toBe(view);
		rowOf(view.contentEl, PANEL_TITLE).querySelector<HTMLElement>('.ct-title')!.click();
		await waitFor(() => app.workspace.getActiveFile()?.path === '2023-10-18.md', 2000, app);
		const markdown = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(markdown.leaf.getRoot()).toBe(app.workspace.rootSplit);
		expect(markdown.editor.getCursor()).toEqual({ line: 110, ch: 0 });
		expect(markdown.editor.getLine(110)).toContain('Coding for speed');
		expect((markdown.editor as unknown as { lastScroll: unknown }).lastScroll).toEqual({ range: { from: { line: 110, ch: 0 }, to: { line: 110, ch: 0 } }, center: true });
		// Enter on another row reuses the tab that shows the note.
		const ingest = rowOf(view.contentEl, 'Ingesting in Rust');
		ingest.focus();
		ingest.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		await waitFor(() => markdown.editor.getCursor().line === 158, 2000, app);
		const tabs: string[] = [];
		app.workspace.iterateRootLeaves((leaf) => tabs.push(leaf.view.getViewType()));
		expect(tabs).toEqual(['markdown']);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_EXPLORER)).toHaveLength(1);
	});
});

describe('expanding a row', () => {
	it('renders the notes as markdown: a present slide image resolves, a missing one shows as missing', async () => {
		const { app } = await boot({ '2023-10-18.md': SEED_TEXT, 'Pasted image 20231018211825.png': 'png bytes' });
		const view = await open(app);
		const row = rowOf(view.contentEl, 'Quantifying the Performance Impact of Shard-per-core Architecture');
		row.focus();
		row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		const expanded = rowOf(view.contentEl, 'Quantifying the Performance Impact of Shard-per-core Architecture');
		await waitFor(() => expanded.querySelector('.ct-notes li') !== null, 1000);
		expect(expanded.querySelector('.ct-notes img')?.getAttribute('src')).toContain('Pasted%20image%2020231018211825.png');
		expect(document.activeElement).toBe(expanded);
		const high = rowOf(view.contentEl, 'High-Level Rust for Backend Programming');
		high.querySelector<HTMLElement>('.ct-chevron')!.click();
		const highExpanded = rowOf(view.contentEl, 'High-Level Rust for Backend Programming');
		await waitFor(() => highExpanded.querySelector('.ct-notes li') !== null, 1000);
		expect(highExpanded.querySelector('.ct-notes .is-unresolved')?.textContent).toContain('could not be found');
		expect(highExpanded.querySelectorAll('.ct-links a')).toHaveLength(2);
	});
});

describe('following the cursor', () => {
	it('marks the row of the talk the editor cursor is in, and unmarks it when the cursor leaves', async () => {
		const { app, services } = await boot();
		const view = await open(app);
		const panel = services.index.talks().find((talk) => talk.title === PANEL_TITLE)!;
		emitCursorTalk(app.workspace, { talkId: panel.id, file: panel.file });
		expect(Array.from(view.contentEl.querySelectorAll('.ct-row.is-cursor')).map((row) => row.getAttribute('data-talk-id'))).toEqual([panel.id]);
		await type(view, 'rust');
		expect(view.contentEl.querySelector('.ct-row.is-cursor')?.getAttribute('data-talk-id')).toBe(panel.id);
		emitCursorTalk(app.workspace, { talkId: null, file: panel.file });
		expect(view.contentEl.querySelector('.ct-row.is-cursor')).toBeNull();
		await services.settings.update({ followCursor: false });
		emitCursorTalk(app.workspace, { talkId: panel.id, file: panel.file });
		expect(view.contentEl.querySelector('.ct-row.is-cursor')).toBeNull();
	});
});

describe('drawing', () => {
	it('draws only while shown, and catches up when shown again', async () => {
		const { app, services } = await boot();
		const view = await open(app);
		const drawn = view.lastScreen;
		app.workspace.rightSplit.collapse();
		const file = app.vault.getFileByPath('2023-10-18.md')!;
		await app.vault.modify(file, `${SEED_TEXT}\n[[Late Conf]]\n- A Late Talk ~ Ada Byron\n`);
		await waitFor(() => services.index.talks().length === 8, 3000, app);
		await new Promise((resolve) => window.setTimeout(resolve, 80));
		expect(view.lastScreen).toBe(drawn);
		app.workspace.rightSplit.expand();
		expect(view.lastScreen).not.toBe(drawn);
		expect(view.contentEl.querySelector('.ct-summary')?.textContent).toBe('8 talks · 7 speakers · 2 conferences');
	});

	it('says where it looked when the vault has no daily notes', async () => {
		const { app } = await boot({ 'Ideas.md': '# Ideas\n- [[Some Conf]]\n\t- A Talk ~ Ada Byron\n' });
		const view = await open(app);
		await waitFor(() => view.contentEl.querySelector('.ct-empty-no-daily-notes') !== null, 2000, app);
		expect(Array.from(view.contentEl.querySelectorAll('.ct-empty code')).map((c) => c.textContent)).toEqual(['the vault root', 'YYYY-MM-DD.md']);
	});
});
