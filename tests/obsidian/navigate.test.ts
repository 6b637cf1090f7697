/**
 * @jest-environment jsdom
 */
import { ItemView, MarkdownView, Plugin, type WorkspaceLeaf } from 'obsidian';
import { mainAreaLeaf, openNoteAt, openTalk } from '../../src/obsidian/navigate';
import { clearNotices, createFakeApp, getNotices, loadPlugin } from '../fakes/app';
import { talk } from '../helpers/extract-builder';

class SideView extends ItemView {
	getViewType() {
		return 'side';
	}
	getDisplayText() {
		return 'Side';
	}
}

class SidePlugin extends Plugin {
	onload() {
		this.registerView('side', (leaf: WorkspaceLeaf) => new SideView(leaf));
	}
}

const NOTE = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');

async function setup() {
	const app = createFakeApp({ 'a.md': NOTE, 'b.md': 'B' });
	document.body.appendChild(app.workspace.containerEl);
	await loadPlugin(SidePlugin, app);
	const side = await app.workspace.ensureSideLeaf('side', 'right', { active: true });
	return { app, side };
}

afterEach(() => {
	clearNotices();
	document.body.empty();
});

describe('openTalk', () => {
	it('opens from an active sidebar into the main area, at the 0-based line of the 1-based talk line', async () => {
		const { app, side } = await setup();
		expect(app.workspace.getActiveViewOfType(SideView)?.leaf).toBe(side);
		await openTalk(app, talk({ title: 'T', file: 'a.md', line: 5, endLine: 8 }));
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.leaf).not.toBe(side);
		expect(view.leaf.getRoot()).toBe(app.workspace.rootSplit);
		expect(view.editor.getCursor()).toEqual({ line: 4, ch: 0 });
		expect(view.editor.getLine(4)).toBe('line 5');
		expect(side.view.getViewType()).toBe('side');
	});

	it('never goes past the end of a note that shrank since it was indexed', async () => {
		const { app } = await setup();
		await openNoteAt(app, 'a.md', 500);
		expect(app.workspace.getActiveViewOfType(MarkdownView)!.editor.getCursor()).toEqual({ line: 19, ch: 0 });
	});

	it('reports a note that is gone, and opens nothing', async () => {
		const { app } = await setup();
		await openNoteAt(app, 'gone.md', 3);
		expect(getNotices()[0]).toContain('Note not found: gone.md');
		expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
	});
});

describe('mainAreaLeaf', () => {
	it('prefers the tab showing the note, then the most recent unpinned tab, then a new tab', async () => {
		const { app } = await setup();
		const a = app.vault.getFileByPath('a.md')!;
		const b = app.vault.getFileByPath('b.md')!;
		const first = app.workspace.getLeaf(false);
		await first.openFile(a);
		const second = app.workspace.getLeaf('tab');
		await second.openFile(b);
		expect(mainAreaLeaf(app, a)).toBe(first);
		expect(mainAreaLeaf(app)).toBe(second);
		second.setPinned(true);
		const fresh = mainAreaLeaf(app);
		expect([first, second]).not.toContain(fresh);
		expect(fresh.getRoot()).toBe(app.workspace.rootSplit);
	});
});
