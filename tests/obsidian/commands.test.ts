/**
 * @jest-environment jsdom
 */
import { MarkdownView, type Editor } from 'obsidian';
import { clearNotices, getNotices, type FakeApp } from '../fakes/app';
import { boot, explorers, rowTitles, run, SEED_TEXT, waitFor } from '../ui/explorer-harness';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';
const MY_COMMANDS = ['list-speakers', 'list-topics', 'list-conferences', 'search-talks', 'copy-talk-link', 'add-talk-id', 'rebuild-index'];

afterEach(() => {
	clearNotices();
	document.body.empty();
});

/** The open suggest modal's rows: title and detail. */
function rows(): Array<{ title: string; detail: string }> {
	return Array.from(document.querySelectorAll('.modal-container .suggestion-item')).map((el) => ({
		title: el.querySelector('.ct-suggestion-title')?.textContent ?? '',
		detail: el.querySelector('.ct-suggestion-detail')?.textContent ?? '',
	}));
}

function input(): HTMLInputElement {
	const el = document.querySelector<HTMLInputElement>('.modal-container .prompt-input');
	if (!el) throw new Error('no picker open');
	return el;
}

async function typeInPicker(app: FakeApp, text: string): Promise<void> {
	input().value = text;
	input().dispatchEvent(new Event('input', { bubbles: true }));
	await app.flush();
}

function press(key: string, mod = false): void {
	input().dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: mod, bubbles: true, cancelable: true }));
}

/** Opens the seed note in the main area with the cursor on a 0-based line. */
async function editAt(app: FakeApp, line: number, path = '2023-10-18.md'): Promise<Editor> {
	const file = app.vault.getFileByPath(path)!;
	await app.workspace.getLeaf(false).openFile(file, { active: true });
	const view = app.workspace.getActiveViewOfType(MarkdownView)!;
	view.editor.setCursor({ line, ch: 2 });
	return view.editor;
}

function activeEditor(app: FakeApp): { path: string | undefined; line: number } {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	return { path: view?.file?.path, line: view?.editor.getCursor().line ?? -1 };
}

describe('command registrations', () => {
	it('registers every command with a stable id, a sentence-case name and no default hotkey', async () => {
		const { app } = await boot();
		for (const id of MY_COMMANDS) {
			const command = app.commands.findCommand(`conference-talks:${id}`);
			expect(command).toBeDefined();
			expect(command?.hotkeys).toBeUndefined();
			const name = (command?.name ?? '').replace('Conference talks: ', '');
			expect(name.charAt(0)).toBe(name.charAt(0).toUpperCase());
			expect(name.slice(1)).toBe(name.slice(1).replace(/\b[A-Z][a-z]/g, (w) => w.toLowerCase()));
		}
	});

	it('lists the pickers and the rebuild always, the editor commands only in a talk', async () => {
		const { app } = await boot();
		const listed = () => app.commands.listCommands().map((c) => c.id.replace('conference-talks:', ''));
		expect(listed()).toEqual(expect.arrayContaining(['list-speakers', 'list-topics', 'list-conferences', 'search-talks', 'rebuild-index']));
		expect(listed()).not.toContain('copy-talk-link');
		await editAt(app, 2); // "## Log"
		expect(listed()).not.toContain('copy-talk-link');
		expect(listed()).not.toContain('add-talk-id');
		await editAt(app, 110); // the panel's line
		expect(listed()).toEqual(expect.arrayContaining(['copy-talk-link', 'add-talk-id']));
	});
});

describe('List speakers', () => {
	it('shows the seed\'s six speakers, the two with two talks first, with counts and affiliations', async () => {
		const { app } = await boot();
		expect(run(app, 'list-speakers')).toBe(true);
		await app.flush();
		const shown = rows();
		expect(shown).toHaveLength(6);
		expect(shown.slice(0, 2).map((r) => r.title).sort()).toEqual(['Carl Lerche', 'Glauber Costa']);
		expect(shown.find((r) => r.title === 'Glauber Costa')?.detail).toBe('2 talks · Turso');
		expect(shown.find((r) => r.title === 'Jon Haddad')?.detail).toBe('1 talk');
	});

	it('typing "jarr" leaves Jarred Sumner; Enter shows his one talk in the explorer', async () => {
		const { app } = await boot();
		run(app, 'list-speakers');
		await typeInPicker(app, 'jarr');
		expect(rows().map((r) => r.title)).toEqual(['Jarred Sumner']);
		press('Enter');
		await waitFor(() => explorers(app)[0]?.lastScreen !== null && explorers(app)[0]?.lastScreen !== undefined, 2000, app);
		const view = explorers(app)[0];
		expect(view.state.filters.speakers).toEqual(['jarred-sumner']);
		expect(rowTitles(view.contentEl)).toEqual([PANEL]);
		expect(document.querySelector('.modal-container')).toBeNull();
	});

	it('Mod+Enter picks one of the speaker\'s talks and opens the note at it', async () => {
		const { app } = await boot();
		run(app, 'list-speakers');
		await typeInPicker(app, 'armin');
		press('Enter', true);
		await app.flush();
		expect(rows().map((r) => r.title)).toEqual(['Ingesting in Rust']);
		press('Enter');
		await waitFor(() => activeEditor(app).path === '2023-10-18.md', 2000, app);
		expect(activeEditor(app).line).toBe(158);
		expect(explorers(app)).toHaveLength(0);
	});

	it('says so when the index holds no speakers', async () => {
		const { app } = await boot({ 'Notes/todo.md': '- nothing here' });
		run(app, 'list-speakers');
		await app.flush();
		expect(rows()).toEqual([]);
		expect(document.querySelector('.suggestion-empty')?.textContent).toBe('No speakers in the index yet.');
	});
});

describe('List topics and List conferences', () => {
	it('shows Rust with its four talks, and Enter filters the explorer by it', async () => {
		const { app } = await boot();
		run(app, 'list-topics');
		await app.flush();
		expect(rows()[0]).toEqual({ title: 'Rust', detail: '4 talks' });
		press('Enter');
		await waitFor(() => Boolean(explorers(app)[0]?.lastScreen), 2000, app);
		expect(explorers(app)[0].state.filters.topics).toEqual(['rust']);
		expect(rowTitles(explorers(app)[0].contentEl)).toHaveLength(4);
	});

	it('shows the conference with its date and talks, and Mod+Enter lists its seven talks', async () => {
		const { app } = await boot();
		run(app, 'list-conferences');
		await app.flush();
		expect(rows()).toEqual([{ title: 'ScyllaDB P99 Conf', detail: '2023-10-18 · 7 talks' }]);
		press('Enter', true);
		await app.flush();
		expect(rows()).toHaveLength(7);
	});
});

describe('Search talks', () => {
	it('finds a talk by speaker name and opens the note at its line', async () => {
		const { app } = await boot();
		run(app, 'search-talks');
		await typeInPicker(app, 'glauber');
		expect(rows().map((r) => r.title)).toContain('Writing Low Latency Database Applications Even if Your Code Sucks');
		const at = rows().findIndex((r) => r.title.startsWith('Writing Low Latency'));
		for (let i = 0; i < at; i++) press('ArrowDown');
		press('Enter');
		await waitFor(() => activeEditor(app).path === '2023-10-18.md', 2000, app);
		expect(activeEditor(app).line).toBe(69);
	});
});

describe('Copy link to talk', () => {
	let copied: string[];
	let fail = false;
	beforeEach(() => {
		copied = [];
		fail = false;
		Object.defineProperty(navigator, 'clipboard', {
			configurable: true,
			value: {
				writeText: async (text: string) => {
					if (fail) throw new Error('denied');
					copied.push(text);
					return Promise.resolve();
				},
			},
		});
	});

	it('copies a markdown link to the talk under the cursor, from its line or its notes', async () => {
		const { app } = await boot();
		await editAt(app, 165); // "+ PII stripping", in Ingesting in Rust's notes
		expect(run(app, 'copy-talk-link')).toBe(true);
		await app.flush();
		expect(copied).toEqual(['[Ingesting in Rust](obsidian://conference-talks?talk=2023-10-18-ingesting-in-rust)']);
		expect(getNotices().join('\n')).toContain('Copied link to "Ingesting in Rust"');
	});

	it('is not available outside talks, outside indexed notes, or without an editor', async () => {
		const { app } = await boot({ '2023-10-18.md': SEED_TEXT, 'Other.md': '- Fast Queues ~ Ada Byron\n\t- notes' });
		expect(run(app, 'copy-talk-link')).toBe(false);
		await editAt(app, 0);
		expect(run(app, 'copy-talk-link')).toBe(false);
		await editAt(app, 0, 'Other.md');
		expect(run(app, 'copy-talk-link')).toBe(false);
		expect(copied).toEqual([]);
	});

	it('says so when the clipboard refuses', async () => {
		const { app } = await boot();
		fail = true;
		const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
		await editAt(app, 45);
		run(app, 'copy-talk-link');
		await app.flush();
		expect(getNotices().join('\n')).toContain('Could not copy the link');
		expect(logged).toHaveBeenCalledTimes(1);
		logged.mockRestore();
	});
});

describe('Add block ID to talk', () => {
	it('appends " ^<id>" to the talk line and leaves every other byte of the note unchanged', async () => {
		const { app, services } = await boot();
		const editor = await editAt(app, 111); // the panel's first child line
		const before = editor.getValue();
		expect(run(app, 'add-talk-id')).toBe(true);
		const after = editor.getValue();
		const lines = before.split('\n');
		const id = services.index.talksIn('2023-10-18.md')[5].id;
		lines[110] = `${lines[110]} ^${id}`;
		expect(after).toBe(lines.join('\n'));
		// The mojibake on that very line is kept byte for byte.
		expect(after.split('\n')[110]).toBe(`+ Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript ðŸ¤¯??? ^${id}`);
		// Saved, re-indexed: the talk keeps its id, now as a block id, and the command is no longer offered.
		await waitFor(() => services.index.talksIn('2023-10-18.md')[5]?.blockId === id, 3000, app);
		expect(await app.vault.read(app.vault.getFileByPath('2023-10-18.md')!)).toBe(after);
		expect(services.index.talk(id)?.title).toBe(PANEL);
		expect(run(app, 'add-talk-id')).toBe(false);
		expect(getNotices().join('\n')).toContain(`Added block ID ^${id}`);
	});

	it('is not offered when the line already ends with a block id the index has not seen yet', async () => {
		const { app } = await boot();
		const editor = await editAt(app, 45);
		const offered = () => app.commands.listCommands().some((c) => c.id === 'conference-talks:add-talk-id');
		expect(offered()).toBe(true);
		editor.replaceRange(' ^mine', { line: 45, ch: editor.getLine(45).length });
		expect(offered()).toBe(false);
		expect(run(app, 'add-talk-id')).toBe(false);
	});

	it('writes to the talk\'s line as the editor shows it, even when lines moved since indexing', async () => {
		const { app } = await boot();
		const editor = await editAt(app, 0);
		editor.replaceRange('typed before the index saw it\n', { line: 3, ch: 0 });
		editor.setCursor({ line: 159, ch: 0 }); // "+ Ingesting in Rust ~ Armin Ronacher", moved down one line
		const before = editor.getValue();
		expect(run(app, 'add-talk-id')).toBe(true);
		const lines = before.split('\n');
		lines[159] = `${lines[159]} ^2023-10-18-ingesting-in-rust`;
		expect(editor.getValue()).toBe(lines.join('\n'));
	});
});

describe('Rebuild talk index', () => {
	it('reads every note again and ends with the same talks', async () => {
		const { app, services } = await boot();
		const readsBefore = app.vault.readStats.count;
		const revisionBefore = services.index.revision;
		expect(run(app, 'rebuild-index')).toBe(true);
		expect(getNotices()).toEqual(['Rebuilding the talk index...']);
		await waitFor(() => services.index.revision > revisionBefore && services.index.talks().length === 7 && services.indexer.status.state === 'ready', 3000, app);
		expect(app.vault.readStats.count).toBeGreaterThan(readsBefore);
		expect(services.index.talks().map((t) => t.line)).toEqual([6, 16, 46, 70, 92, 111, 159]);
	});
});
