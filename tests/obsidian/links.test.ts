/**
 * @jest-environment jsdom
 */
import { MarkdownView } from 'obsidian';
import ConferenceTalksPlugin from '../../src/main';
import type { IndexStatus } from '../../src/obsidian/index-status';
import { indexReady } from '../../src/obsidian/links';
import { clearNotices, createFakeApp, getNotices, loadPlugin, type FakeApp } from '../fakes/app';
import { boot, explorers, rowTitles, SEED_TEXT, waitFor } from '../ui/explorer-harness';

const PANEL = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

afterEach(() => {
	clearNotices();
	document.body.empty();
});

function opened(app: FakeApp): { path: string | undefined; line: number } {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	return { path: view?.file?.path, line: view?.editor.getCursor().line ?? -1 };
}

/** Opens a link and lets the handler and what it opens run. */
async function follow(app: FakeApp, uri: string): Promise<void> {
	expect(app.openUri(uri)).toBe(true);
	for (let i = 0; i < 5; i++) await app.flush();
}

function markdownLeaves(app: FakeApp): number {
	return app.workspace.getLeavesOfType('markdown').length;
}

describe('obsidian://conference-talks?talk=', () => {
	it('opens 2023-10-18.md at the panel (line 110, 0-based) from the panel\'s id', async () => {
		const { app, services } = await boot();
		const panel = services.index.talks().find((t) => t.title === PANEL)!;
		await follow(app, `obsidian://conference-talks?talk=${encodeURIComponent(panel.id)}`);
		expect(opened(app)).toEqual({ path: '2023-10-18.md', line: 110 });
		expect(getNotices()).toEqual([]);
	});

	it('opens a talk by its block id', async () => {
		const text = SEED_TEXT.replace('+ Ingesting in Rust ~ Armin Ronacher', '+ Ingesting in Rust ~ Armin Ronacher ^ingest');
		const { app } = await boot({ '2023-10-18.md': text });
		await follow(app, 'obsidian://conference-talks?talk=ingest');
		expect(opened(app)).toEqual({ path: '2023-10-18.md', line: 158 });
	});

	it('still finds a talk whose title was edited a little since the link was made', async () => {
		const text = SEED_TEXT.replace('+ Ingesting in Rust ~ Armin Ronacher', '+ Ingesting Data in Rust ~ Armin Ronacher');
		const { app } = await boot({ '2023-10-18.md': text });
		await follow(app, 'obsidian://conference-talks?talk=2023-10-18-ingesting-in-rust');
		expect(opened(app)).toEqual({ path: '2023-10-18.md', line: 158 });
	});

	it('shows a notice and opens nothing for an unknown id', async () => {
		const { app } = await boot();
		await follow(app, 'obsidian://conference-talks?talk=2023-10-18-a-talk-nobody-gave');
		expect(getNotices()).toEqual(['Conference talks: No talk with the id "2023-10-18-a-talk-nobody-gave" in your notes. It may have been deleted, or its title changed too much to be recognised.']);
		expect(markdownLeaves(app)).toBe(0);
		expect(explorers(app)).toHaveLength(0);
	});

	it('refuses paths, encoded NULs and scripts with a notice, and opens nothing', async () => {
		const { app } = await boot({ '2023-10-18.md': SEED_TEXT, 'secret.md': 'private' });
		for (const uri of [
			'obsidian://conference-talks?talk=..%2Fsecret',
			'obsidian://conference-talks?talk=secret.md',
			'obsidian://conference-talks?talk=2023-10-18-ingesting-in-rust%00',
			'obsidian://conference-talks?talk=javascript:alert(1)',
			'obsidian://conference-talks?talk=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
			`obsidian://conference-talks?talk=${'a'.repeat(201)}`,
			'obsidian://conference-talks?file=secret.md',
			'obsidian://conference-talks',
		]) {
			clearNotices();
			await follow(app, uri);
			expect(getNotices()).toHaveLength(1);
			expect(getNotices()[0]).not.toContain('<img');
		}
		expect(markdownLeaves(app)).toBe(0);
		expect(explorers(app)).toHaveLength(0);
		// Notices are text: nothing the link held became an element.
		expect(document.querySelector('.notice img')).toBeNull();
	});
});

describe('obsidian://conference-talks with filters', () => {
	it('opens the explorer on a speaker, by name in any case', async () => {
		const { app } = await boot();
		await follow(app, 'obsidian://conference-talks?speaker=carl%20LERCHE');
		await waitFor(() => Boolean(explorers(app)[0]?.lastScreen), 2000, app);
		const view = explorers(app)[0];
		expect(view.state.filters.speakers).toEqual(['carl-lerche']);
		expect(rowTitles(view.contentEl).sort()).toEqual(['A Case for Rust Higher Up the Stack', PANEL].sort());
	});

	it('combines topic, conference and a search', async () => {
		const { app } = await boot();
		await follow(app, 'obsidian://conference-talks?topic=rust&conference=ScyllaDB%20P99%20Conf&q=serde');
		await waitFor(() => Boolean(explorers(app)[0]?.lastScreen), 2000, app);
		const view = explorers(app)[0];
		expect(view.state.filters.topics).toEqual(['rust']);
		expect(view.state.filters.conferences).toEqual(['scylladb-p99-conf']);
		expect(view.state.query).toBe('serde');
		expect(rowTitles(view.contentEl).sort()).toEqual(['High-Level Rust for Backend Programming', 'Ingesting in Rust']);
	});

	it('shows a notice for a name not in the notes, and does not open the explorer', async () => {
		const { app } = await boot();
		await follow(app, 'obsidian://conference-talks?speaker=Ada%20Byron');
		expect(getNotices()).toEqual(['Conference talks: No speaker "Ada Byron" in your notes.']);
		expect(explorers(app)).toHaveLength(0);
	});

	it('keeps html in a search as text', async () => {
		const { app } = await boot();
		await follow(app, 'obsidian://conference-talks?q=%3Cb%3Ezig%3C%2Fb%3E');
		await waitFor(() => Boolean(explorers(app)[0]?.lastScreen), 2000, app);
		const view = explorers(app)[0];
		expect(view.state.query).toBe('<b>zig</b>');
		expect(view.contentEl.querySelector('b')).toBeNull();
	});
});

describe('links that start Obsidian', () => {
	function statusSource(initial: IndexStatus) {
		let status = initial;
		const listeners = new Set<(s: IndexStatus) => void>();
		return {
			get status() {
				return status;
			},
			onStatusChange(listener: (s: IndexStatus) => void) {
				listeners.add(listener);
				return () => {
					listeners.delete(listener);
				};
			},
			set(next: IndexStatus) {
				status = next;
				for (const listener of [...listeners]) listener(next);
			},
			listeners,
		};
	}

	it('waits for the first index before looking the talk up, then stops listening', async () => {
		const indexer = statusSource({ state: 'indexing', done: 0, total: 10, cached: 0 });
		let resolved = false;
		const wait = indexReady(indexer, 10_000).then(() => {
			resolved = true;
		});
		await Promise.resolve();
		expect(resolved).toBe(false);
		indexer.set({ state: 'indexing', done: 5, total: 10, cached: 0 });
		await Promise.resolve();
		expect(resolved).toBe(false);
		indexer.set({ state: 'ready', notes: 1, talks: 7, cached: 0, parsed: 1 });
		await wait;
		expect(resolved).toBe(true);
		expect(indexer.listeners.size).toBe(0);
	});

	it('gives up waiting after the timeout, and does not wait at all when ready or failed', async () => {
		const stuck = statusSource({ state: 'idle' });
		const started = Date.now();
		await indexReady(stuck, 30);
		expect(Date.now() - started).toBeGreaterThanOrEqual(25);
		expect(stuck.listeners.size).toBe(0);
		await expect(indexReady(statusSource({ state: 'error', message: 'x' }), 60_000)).resolves.toBeUndefined();
		await expect(indexReady(statusSource({ state: 'ready', notes: 0, talks: 0, cached: 0, parsed: 0 }), 60_000)).resolves.toBeUndefined();
	});

	it('answers a link that arrives before the layout is ready once the index is built', async () => {
		// Boot without waiting: create the app, load the plugin, follow the link, then finish loading.
		const app = createFakeApp({ '2023-10-18.md': SEED_TEXT }, { vaultName: 'Cold start' });
		document.body.appendChild(app.workspace.containerEl);
		await loadPlugin(ConferenceTalksPlugin, app);
		app.openUri('obsidian://conference-talks?talk=2023-10-18-ingesting-in-rust');
		await app.layoutReady();
		await waitFor(() => opened(app).path === '2023-10-18.md', 5000, app);
		expect(opened(app).line).toBe(158);
		// Without the wait, the empty index at start would have answered "No talk with the id".
		expect(getNotices()).toEqual([]);
	});
});
