/**
 * @jest-environment jsdom
 */
import { Component, MarkdownRenderer, MarkdownView, TFile } from 'obsidian';
import { TalkIndex } from '../../src/core/index/talk-index';
import { TalksBlockChild } from '../../src/ui/code-block';
import { clearNotices, createFakeApp, type FakeApp } from '../fakes/app';
import { note } from '../helpers/extract-builder';
import { seedExtract } from '../core/index/seed-extract';
import { boot, SEED_TEXT, waitFor } from './explorer-harness';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

afterEach(() => {
	clearNotices();
	document.body.empty();
});

/** Renders markdown holding a code block as Obsidian would, under a component that owns it. */
async function render(app: FakeApp, markdown: string): Promise<{ el: HTMLElement; owner: Component }> {
	const owner = new Component();
	owner.load();
	const el = document.body.createDiv();
	await MarkdownRenderer.render(app, markdown, el, 'Talks overview.md', owner);
	return { el, owner };
}

const titles = (el: HTMLElement) => Array.from(el.querySelectorAll('.ct-block-title')).map((a) => a.textContent);

describe('```talks blocks in notes', () => {
	it('lists a speaker\'s talks with their speakers, conference and date', async () => {
		const { app } = await boot();
		const { el } = await render(app, '# Carl\n\n```talks\nspeaker: Carl Lerche\n```\n');
		expect(titles(el)).toEqual(['A Case for Rust Higher Up the Stack', PANEL]);
		const panelRow = el.querySelectorAll<HTMLElement>('.ct-block-row')[1];
		expect(panelRow.querySelector('.ct-block-kind')?.textContent).toBe('panel');
		expect(panelRow.querySelector('.ct-block-meta')?.textContent).toBe('Glauber Costa, Carl Lerche, Jarred Sumner · ScyllaDB P99 Conf · 2023-10-18');
	});

	it('shows errors for unknown keys in the block, and still lists by the good lines', async () => {
		const { app } = await boot();
		const { el } = await render(app, '```talks\ntopic: rust\nspeeker: Carl\n```');
		expect(el.querySelector('.ct-block-error')?.textContent).toBe('Line 2: unknown key "speeker" (known: speaker, topic, conference, query, kind, group, limit).');
		expect(titles(el)).toHaveLength(4);
	});

	it('says so when nothing matches, and names what is unknown', async () => {
		const { app } = await boot();
		const { el } = await render(app, '```talks\nspeaker: Ada Byron\n```');
		expect(el.querySelector('.ct-block-missing')?.textContent).toBe('No speaker "Ada Byron".');
		expect(el.querySelector('.ct-block-empty')?.textContent).toBe('No talks match.');
	});

	it('groups and limits, and says how many more there are', async () => {
		const { app } = await boot();
		const { el } = await render(app, '```talks\ngroup: speaker\nlimit: 3\n```');
		expect(Array.from(el.querySelectorAll('.ct-block-group-label')).map((e) => e.textContent)).toEqual(['Carl Lerche', 'Glauber Costa']);
		expect(titles(el)).toHaveLength(3);
		expect(el.querySelector('.ct-block-more')?.textContent).toBe('Showing 3 of 9. Raise "limit" or open the explorer for the rest.');
	});

	it('opens the note at the talk when a row is clicked', async () => {
		const { app } = await boot();
		const { el } = await render(app, '```talks\nspeaker: Armin Ronacher\n```');
		el.querySelector<HTMLElement>('.ct-block-title')!.click();
		await waitFor(() => app.workspace.getActiveViewOfType(MarkdownView)?.file?.path === '2023-10-18.md', 2000, app);
		expect(app.workspace.getActiveViewOfType(MarkdownView)!.editor.getCursor().line).toBe(158);
	});

	it('updates live when a note changes, and stops when the block is unloaded', async () => {
		const { app, services } = await boot();
		const { el, owner } = await render(app, '```talks\nspeaker: Carl Lerche\n```');
		expect(titles(el)).toHaveLength(2);
		const file = app.vault.getFileByPath('2023-10-18.md');
		if (!(file instanceof TFile)) throw new Error('seed note missing');
		await app.vault.modify(file, SEED_TEXT.replace('+ Ingesting in Rust ~ Armin Ronacher', '+ Tokio Internals ~ Carl Lerche\n+ Ingesting in Rust ~ Armin Ronacher'));
		await waitFor(() => titles(el).length === 3, 3000, app);
		expect(titles(el)).toContain('Tokio Internals');
		owner.unload();
		await app.vault.modify(file, SEED_TEXT);
		// The index drops the talk; the unloaded block no longer follows it.
		await waitFor(() => !services.index.talks().some((t) => t.title === 'Tokio Internals'), 3000, app);
		expect(titles(el)).toContain('Tokio Internals');
	});

	it('shows a page preview of the talk\'s note on hover, at the talk\'s line', async () => {
		const { app } = await boot();
		const { el } = await render(app, '```talks\nspeaker: Jarred Sumner\n```');
		const events: unknown[] = [];
		// 'hover-link' is triggered by plugins and listened to by Page preview; the typings list neither.
		const workspace = app.workspace as unknown as { on(name: string, cb: (data: unknown) => void): unknown; hoverLinkSources: Map<string, unknown> };
		workspace.on('hover-link', (data) => events.push(data));
		const row = el.querySelector<HTMLElement>('.ct-block-row')!;
		row.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, ctrlKey: true }));
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ source: 'conference-talks', linktext: '2023-10-18.md', sourcePath: '2023-10-18.md', state: { scroll: 110 }, targetEl: row });
		expect(workspace.hoverLinkSources.get('conference-talks')).toEqual({ display: 'Conference talks', defaultMod: true });
	});
});

describe('TalksBlockChild on its own', () => {
	it('redraws when the index changes and unsubscribes on unload', () => {
		const app = createFakeApp();
		const index = new TalkIndex();
		index.upsert(seedExtract());
		let listeners = 0;
		const counted = Object.create(index) as TalkIndex;
		counted.onChange = (listener) => {
			listeners++;
			const off = index.onChange(listener);
			return () => {
				listeners--;
				off();
			};
		};
		const el = document.body.createDiv();
		const child = new TalksBlockChild(el, app, counted, 'kind: panel');
		child.load();
		expect(listeners).toBe(1);
		expect(titles(el)).toEqual([PANEL]);
		index.upsert(note('2024-05-01.md', { conference: 'Conf', talks: [{ title: 'Fast Queues', kind: 'panel' }] }));
		expect(titles(el)).toEqual(['Fast Queues', PANEL]);
		child.unload();
		expect(listeners).toBe(0);
	});
});
