/**
 * @jest-environment jsdom
 */
import { Component, Events, FuzzySuggestModal, ItemView, MarkdownRenderer, MarkdownView, Notice, Plugin, Setting, TFile, debounce, moment, normalizePath, prepareFuzzySearch, type App, type WorkspaceLeaf } from 'obsidian';
import { clearNotices, createFakeApp, getNotices, listenerTotal, loadPlugin } from './app';

afterEach(() => {
	clearNotices();
	document.body.empty();
	jest.useRealTimers();
});

describe('Events and Component', () => {
	test('handlers get the trigger arguments and stop after offref', () => {
		const events = new Events();
		const seen: unknown[][] = [];
		const ref = events.on('changed', (...args) => seen.push(args));
		events.trigger('changed', 'a', 2);
		events.offref(ref);
		events.trigger('changed', 'b');
		expect(seen).toEqual([['a', 2]]);
	});

	test('a throwing handler does not stop the others', () => {
		const events = new Events();
		const error = jest.spyOn(console, 'error').mockImplementation(() => {});
		let ran = false;
		events.on('x', () => {
			throw new Error('boom');
		});
		events.on('x', () => (ran = true));
		events.trigger('x');
		expect(ran).toBe(true);
		error.mockRestore();
	});

	test('unload runs children first, then cleanups in reverse, then onunload', () => {
		const order: string[] = [];
		class Parent extends Component {
			onunload() {
				order.push('parent onunload');
			}
		}
		class Child extends Component {
			onload() {
				order.push('child onload');
			}
			onunload() {
				order.push('child onunload');
			}
		}
		const parent = new Parent();
		parent.addChild(new Child());
		parent.register(() => order.push('first registered'));
		parent.register(() => order.push('second registered'));
		parent.load();
		parent.unload();
		expect(order).toEqual(['child onload', 'child onunload', 'second registered', 'first registered', 'parent onunload']);
	});

	test('registerEvent and registerDomEvent are removed on unload', () => {
		const events = new Events();
		const c = new Component();
		c.load();
		let calls = 0;
		c.registerEvent(events.on('x', () => calls++));
		const el = document.body.createDiv();
		c.registerDomEvent(el, 'click', () => calls++);
		events.trigger('x');
		el.click();
		c.unload();
		events.trigger('x');
		el.click();
		expect(calls).toBe(2);
	});
});

describe('DOM helpers', () => {
	test('createEl options, string class shorthand, toggleClass and isShown', () => {
		const root = document.body.createDiv('root');
		const a = root.createEl('a', { cls: ['x', 'y'], text: 'Hi', href: 'https://e.org', attr: { 'data-k': 1 } });
		root.createSpan({ text: 'first', prepend: true });
		expect(root.firstElementChild?.textContent).toBe('first');
		expect(root.hasClass('root')).toBe(true);
		expect(a.outerHTML).toBe('<a class="x y" data-k="1" href="https://e.org">Hi</a>');
		expect(a.instanceOf(HTMLAnchorElement)).toBe(true);
		expect(a.instanceOf(HTMLDivElement)).toBe(false);
		a.toggleClass('y', false);
		expect(a.className).toBe('x');
		expect(a.isShown()).toBe(true);
		root.hide();
		expect(a.isShown()).toBe(false);
		expect(createDiv().isShown()).toBe(false);
	});
});

describe('Vault and MetadataCache', () => {
	test('writes fire vault events at once and `changed` with the content later', async () => {
		const app = createFakeApp({ 'Daily/2023-10-18.md': '# Day' });
		const log: string[] = [];
		app.vault.on('create', (f) => log.push(`create ${f.path}`));
		app.vault.on('modify', (f) => log.push(`modify ${f.path}`));
		app.vault.on('rename', (f, old) => log.push(`rename ${old} -> ${f.path}`));
		app.vault.on('delete', (f) => log.push(`delete ${f.path}`));
		app.metadataCache.on('changed', (f, data, cache) => log.push(`changed ${f.path} ${JSON.stringify(data)} ${cache.headings?.[0]?.heading}`));
		app.metadataCache.on('resolved', () => log.push('resolved'));
		const file = await app.vault.create('Notes/a.md', '# A\n- x');
		expect(log).toEqual(['create Notes', 'create Notes/a.md']);
		await app.flush();
		expect(log.slice(2)).toEqual(['changed Notes/a.md "# A\\n- x" A', 'resolved']);
		await app.vault.modify(file, '# B');
		const mtime = file.stat.mtime;
		await app.vault.rename(file, 'Notes/b.md');
		expect(file.path).toBe('Notes/b.md');
		expect(file.basename).toBe('b');
		await app.flush();
		await app.vault.delete(file);
		expect(log.slice(4)).toEqual(['modify Notes/a.md', 'rename Notes/a.md -> Notes/b.md', 'changed Notes/b.md "# B" B', 'resolved', 'delete Notes/b.md']);
		expect(mtime).toBeGreaterThan(file.stat.ctime);
		expect(app.vault.getFileByPath('Notes/b.md')).toBeNull();
	});

	test('list items, frontmatter and link resolution', () => {
		const app = createFakeApp({ 'a.md': '---\ntype: person\n---\n- one\n\t- two ^blk\n- [ ] task\n', 'img/Pasted image.png': '' });
		const cache = app.metadataCache.getFileCache(app.vault.getFileByPath('a.md')!)!;
		expect(cache.frontmatter).toEqual({ type: 'person' });
		expect(cache.listItems!.map((l) => [l.position.start.line, l.parent, l.task, l.id])).toEqual([
			[3, -3, undefined, undefined],
			[4, 3, undefined, 'blk'],
			[5, -3, ' ', undefined],
		]);
		expect(app.metadataCache.getFirstLinkpathDest('Pasted image.png', 'a.md')?.path).toBe('img/Pasted image.png');
		expect(app.metadataCache.getFirstLinkpathDest('missing.png', 'a.md')).toBeNull();
	});

	test('config files live on the adapter only', async () => {
		const app = createFakeApp({ 'x.md': '' }, { config: { 'daily-notes.json': '{"folder":"Daily"}' } });
		const path = `${app.vault.configDir}/daily-notes.json`;
		expect(await app.vault.adapter.read(path)).toBe('{"folder":"Daily"}');
		expect(app.vault.getAbstractFileByPath(path)).toBeNull();
		expect(await app.vault.adapter.exists(app.vault.configDir)).toBe(true);
		expect(normalizePath('//Daily\\notes/ ')).toBe('Daily/notes/ ');
	});
});

class ListView extends ItemView {
	opened = 0;
	closed = 0;
	getViewType() {
		return 'talks';
	}
	getDisplayText() {
		return 'Talks';
	}
	async onOpen() {
		this.opened++;
		this.contentEl.createDiv({ text: 'hello' });
	}
	async onClose() {
		this.closed++;
	}
}

class TestPlugin extends Plugin {
	ran: string[] = [];
	allowed = false;
	async onload() {
		this.registerView('talks', (leaf: WorkspaceLeaf) => new ListView(leaf));
		this.addCommand({ id: 'always', name: 'Always', callback: () => this.ran.push('always') });
		this.addCommand({ id: 'gated', name: 'Gated', checkCallback: (checking) => {
			if (!this.allowed) return false;
			if (!checking) this.ran.push('gated');
			return true;
		} });
		this.addCommand({ id: 'edit', name: 'Edit', editorCallback: (editor) => editor.replaceRange('X', { line: 0, ch: 0 }) });
		this.registerObsidianProtocolHandler('talks', (params) => this.ran.push(JSON.stringify(params)));
		this.registerEvent(this.app.vault.on('modify', () => this.ran.push('modify')));
		this.app.workspace.onLayoutReady(() => this.ran.push('ready'));
		await this.saveData({ a: 1 });
	}
}

describe('Plugin, commands, views and workspace', () => {
	test('commands are namespaced and honour checkCallback and editorCallback', async () => {
		const app = createFakeApp({ 'n.md': 'line' });
		const plugin = await loadPlugin(TestPlugin, app);
		expect(Object.keys(app.commands.commands).sort()).toEqual(['conference-talks:always', 'conference-talks:edit', 'conference-talks:gated']);
		expect(app.commands.commands['conference-talks:always'].name).toBe('Conference talks: Always');
		expect(app.commands.executeCommandById('conference-talks:gated')).toBe(false);
		plugin.allowed = true;
		expect(app.commands.executeCommandById('conference-talks:gated')).toBe(true);
		expect(app.commands.executeCommandById('conference-talks:edit')).toBe(false);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('n.md')!, { eState: { line: 0 } });
		expect(app.commands.executeCommandById('conference-talks:edit')).toBe(true);
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.editor.getValue()).toBe('Xline');
		expect(plugin.ran).toEqual(['gated']);
	});

	test('protocol handler gets decoded params with action; onLayoutReady waits for the layout', async () => {
		const app = createFakeApp();
		const plugin = await loadPlugin(TestPlugin, app);
		expect(plugin.ran).toEqual([]);
		await app.layoutReady();
		expect(app.openUri('obsidian://talks?speaker=Ada%20Byron&flag')).toBe(true);
		expect(app.openUri('obsidian://other?x=1')).toBe(false);
		expect(plugin.ran).toEqual(['ready', '{"action":"talks","speaker":"Ada Byron","flag":"true"}']);
		expect(await plugin.loadData()).toEqual({ a: 1 });
	});

	test('views open in the right sidebar with Obsidian DOM; restored leaves are deferred until revealed', async () => {
		const app = createFakeApp();
		await loadPlugin(TestPlugin, app);
		const leaf = await app.workspace.ensureSideLeaf('talks', 'right', { active: false });
		const view = leaf.view as ListView;
		expect(view).toBeInstanceOf(ListView);
		expect(view.containerEl.children[0].className).toBe('view-header');
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.className).toBe('view-content');
		expect(await app.workspace.ensureSideLeaf('talks', 'right')).toBe(leaf);
		await app.workspace.changeLayout({ right: [{ type: 'talks' }] });
		expect(view.closed).toBe(1);
		const [restored] = app.workspace.getLeavesOfType('talks');
		expect(restored.isDeferred).toBe(true);
		expect(restored.view).not.toBeInstanceOf(ListView);
		await app.workspace.revealLeaf(restored);
		expect(restored.view).toBeInstanceOf(ListView);
	});

	test('getLeaf(false) never returns a sidebar leaf; file-open and active-leaf-change fire', async () => {
		const app = createFakeApp({ 'a.md': 'A', 'b.md': 'B' });
		await loadPlugin(TestPlugin, app);
		const opened: string[] = [];
		app.workspace.on('file-open', (f) => opened.push(f?.path ?? 'none'));
		const side = await app.workspace.ensureSideLeaf('talks', 'right', { active: true });
		expect(app.workspace.getActiveViewOfType(ListView)?.leaf).toBe(side);
		const main = app.workspace.getLeaf(false);
		expect(main).not.toBe(side);
		await main.openFile(app.vault.getFileByPath('b.md')!);
		expect(app.workspace.getActiveFile()?.path).toBe('b.md');
		app.workspace.setActiveLeaf(side, { focus: true });
		expect(app.workspace.activeEditor).toBeNull();
		expect(app.workspace.getActiveFile()?.path).toBe('b.md');
		expect(opened).toEqual(['b.md']);
	});

	test('editor edits are saved to the vault; eState.line moves the cursor', async () => {
		jest.useFakeTimers();
		const app = createFakeApp({ 'a.md': 'zero\none\ntwo' });
		const leaf = app.workspace.getLeaf(true);
		await leaf.openFile(app.vault.getFileByPath('a.md')!, { eState: { line: 2 } });
		const view = leaf.view as MarkdownView;
		expect(view.editor.getCursor()).toEqual({ line: 2, ch: 0 });
		view.editor.setLine(1, 'ONE');
		jest.advanceTimersByTime(100);
		jest.useRealTimers();
		await app.flush();
		expect(await app.vault.read(view.file!)).toBe('zero\nONE\ntwo');
	});

	test('unloading the plugin removes commands, views, handlers and events', async () => {
		const app = createFakeApp();
		const before = listenerTotal(app);
		const plugin = await loadPlugin(TestPlugin, app);
		const leaf = await app.workspace.ensureSideLeaf('talks', 'right');
		const view = leaf.view as ListView;
		expect(listenerTotal(app)).toBeGreaterThan(before);
		plugin.unload();
		await app.flush();
		expect(listenerTotal(app)).toBe(before);
		expect(Object.keys(app.commands.commands)).toEqual([]);
		expect(app.openUri('obsidian://talks')).toBe(false);
		expect(view.closed).toBe(1);
	});
});

class PickModal extends FuzzySuggestModal<string> {
	chosen: string[] = [];
	getItems() {
		return ['Ada Byron', 'Bo Linde', 'Carl Lerche'];
	}
	getItemText(item: string) {
		return item;
	}
	onChooseItem(item: string, evt: MouseEvent | KeyboardEvent) {
		this.chosen.push(`${item}${evt.ctrlKey ? ' (mod)' : ''}`);
	}
}

const key = (el: HTMLElement, k: string, init: KeyboardEventInit = {}) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));

describe('Modals, notices, settings, rendering', () => {
	test('fuzzy suggest modal filters, highlights and answers the keyboard', async () => {
		const app = createFakeApp() as unknown as App;
		const modal = new PickModal(app);
		modal.setInstructions([{ command: '↵', purpose: 'to choose' }]);
		modal.open();
		await Promise.resolve();
		const rows = () => Array.from(document.querySelectorAll('.modal-container .suggestion-item')).map((r) => r.textContent);
		expect(rows()).toEqual(['Ada Byron', 'Bo Linde', 'Carl Lerche']);
		modal.inputEl.value = 'bl';
		modal.inputEl.dispatchEvent(new Event('input'));
		await Promise.resolve();
		expect(rows()[0]).toBe('Bo Linde');
		expect(document.querySelector('.suggestion-item.is-selected .suggestion-highlight')?.textContent).toBe('B');
		modal.inputEl.value = '';
		modal.inputEl.dispatchEvent(new Event('input'));
		await Promise.resolve();
		key(modal.inputEl, 'ArrowDown');
		key(modal.inputEl, 'ArrowDown');
		key(modal.inputEl, 'ArrowDown');
		key(modal.inputEl, 'ArrowUp');
		expect(document.querySelector('.suggestion-item.is-selected')?.textContent).toBe('Carl Lerche');
		key(modal.inputEl, 'Enter', { ctrlKey: true });
		expect(modal.chosen).toEqual(['Carl Lerche (mod)']);
		expect(document.querySelector('.modal-container')).toBeNull();
		expect(document.querySelector('.prompt-instructions')).toBeNull();
	});

	test('Escape closes a modal', () => {
		const modal = new PickModal(createFakeApp());
		modal.open();
		expect(document.querySelector('.modal-container')).not.toBeNull();
		key(modal.inputEl, 'Escape');
		expect(document.querySelector('.modal-container')).toBeNull();
	});

	test('notices render, update, and expire', () => {
		jest.useFakeTimers();
		const n = new Notice('Indexing…', 1000);
		new Notice('Sticky', 0);
		n.setMessage('Indexed 3 notes');
		expect(getNotices()).toEqual(['Indexed 3 notes', 'Sticky']);
		jest.advanceTimersByTime(1001);
		expect(getNotices()).toEqual(['Sticky']);
	});

	test('settings components fire onChange from user input', () => {
		const el = document.body.createDiv();
		const seen: unknown[] = [];
		new Setting(el).setName('Section').setHeading();
		new Setting(el)
			.setName('Folder')
			.addText((t) => t.setValue('Daily').onChange((v) => seen.push(v)))
			.addToggle((t) => t.setValue(true).onChange((v) => seen.push(v)));
		const input = el.querySelector('input[type=text]') as HTMLInputElement;
		input.value = 'Journal';
		input.dispatchEvent(new Event('input'));
		(el.querySelector('.checkbox-container') as HTMLElement).click();
		expect(seen).toEqual(['Journal', false]);
		expect(el.querySelector('.setting-item-heading .setting-item-name')?.textContent).toBe('Section');
	});

	test('MarkdownRenderer renders nested lists, links and embeds (missing ones as unresolved)', async () => {
		const app = createFakeApp({ 'a.md': '', 'p.png': '' });
		const el = document.body.createDiv();
		const owner = new Component();
		owner.load();
		await MarkdownRenderer.render(app, 'Intro **bold** `code`\n\n- one [[a]]\n\t- two ![[p.png]]\n\t- three ![[gone.png]]\n- https://x.org', el, 'a.md', owner);
		owner.unload();
		expect(el.querySelector('p strong')?.textContent).toBe('bold');
		expect(el.querySelectorAll('ul > li > ul > li')).toHaveLength(2);
		expect(el.querySelector('a.internal-link')?.getAttribute('data-href')).toBe('a');
		expect(el.querySelector('img')?.getAttribute('src')).toContain('p.png');
		expect(el.querySelector('.is-unresolved')?.textContent).toContain('gone.png');
		expect(el.querySelector('a.external-link')?.getAttribute('href')).toBe('https://x.org');
	});

	test('debounce, fuzzy search and moment', () => {
		jest.useFakeTimers();
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 100, true);
		d(1);
		jest.advanceTimersByTime(50);
		d(2);
		jest.advanceTimersByTime(60);
		expect(calls).toEqual([]);
		jest.advanceTimersByTime(50);
		expect(calls).toEqual([2]);
		d(3);
		d.run();
		expect(calls).toEqual([2, 3]);
		expect(prepareFuzzySearch('adb')('Ada Byron')?.matches).toEqual([[0, 2], [4, 5]]);
		expect(prepareFuzzySearch('xyz')('Ada Byron')).toBeNull();
		// obsidian.d.ts types `moment` as a namespace (not callable under esModuleInterop); the value is the function.
		const parse = moment as unknown as (text: string, format: string, strict: boolean) => { isValid(): boolean; format(f: string): string };
		expect(parse('2023/10/18', 'YYYY/MM/DD', true).format('YYYY-MM-DD')).toBe('2023-10-18');
		expect(parse('2023/10/1x', 'YYYY/MM/DD', true).isValid()).toBe(false);
		expect(new TFile()).toBeInstanceOf(TFile);
	});
});
