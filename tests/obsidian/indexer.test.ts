/**
 * @jest-environment jsdom
 */
import { TalkIndex } from '../../src/core/index/talk-index';
import { TFile } from 'obsidian';
import type { IndexStatus } from '../../src/obsidian/index-status';
import { dailyNote, harness, settled, started, titles } from './helpers';

const seedVault = () => ({
	'2023-10-18.md': dailyNote('RustConf 2024', 'Fast Queues ~ Ada Byron', 'Why Tests Flake ~ Bo Linde'),
	'2023-10-19.md': dailyNote('RustConf 2024', 'Zero-copy Parsing ~ Carl Lerche'),
	'Ideas.md': dailyNote('Not A Conference', 'Not a talk ~ Nobody Here'),
});

describe('start', () => {
	test('reads nothing before the layout is ready, then indexes every daily note', async () => {
		const h = harness(seedVault());
		await h.app.flush();
		expect(h.app.vault.readStats.count).toBe(0);
		expect(h.indexer.status).toEqual({ state: 'idle' });
		await started(h);
		expect(titles(h.index)).toEqual(['Fast Queues', 'Why Tests Flake', 'Zero-copy Parsing']);
		expect(h.index.conferences().map((c) => [c.name, c.dates])).toEqual([['RustConf 2024', ['2023-10-18', '2023-10-19']]]);
	});

	test('the start-up create storm is not indexed twice (events are registered after layout ready)', async () => {
		const h = harness(seedVault());
		await h.app.layoutReady();
		const readsBefore = h.app.vault.readStats.count;
		await h.indexer.start();
		await settled(h);
		expect(h.app.vault.readStats.count - readsBefore).toBe(3);
	});

	test('at most 4 reads are in flight, and reads do overlap', async () => {
		const files: Record<string, string> = {};
		for (let d = 1; d <= 28; d++) files[`2024-02-${String(d).padStart(2, '0')}.md`] = dailyNote('FOSDEM 2024', `Talk ${d} ~ Ada Byron`);
		const h = harness(files);
		h.app.vault.readDelayMs = 3;
		await started(h);
		expect(h.app.vault.readStats.maxInFlight).toBe(4);
		expect(h.index.talks()).toHaveLength(28);
	});

	test('parsing runs in time slices and yields to the host between them', async () => {
		const files: Record<string, string> = {};
		for (let d = 1; d <= 20; d++) files[`2024-03-${String(d).padStart(2, '0')}.md`] = dailyNote('JSConf', `Talk ${d} ~ Ada Byron`);
		let clock = 0;
		const yields: number[] = [];
		let hostTurns = 0;
		const h = harness(files, {
			// Each clock read advances 3 ms: a slice of 8 ms holds about two parses.
			clock: { budgetMs: 8, now: () => (clock += 3), yieldFn: () => new Promise<void>((r) => window.setTimeout(() => { yields.push(hostTurns); r(); }, 0)) },
		});
		await h.app.layoutReady();
		const host = window.setInterval(() => hostTurns++, 0);
		await h.indexer.start();
		await h.indexer.whenIdle();
		window.clearInterval(host);
		expect(h.index.talks()).toHaveLength(20);
		expect(yields.length).toBeGreaterThanOrEqual(5);
		// The host got turns while indexing was still going on.
		expect(yields.some((turns) => turns > 0)).toBe(true);
	});

	test('status goes idle -> indexing -> ready with totals', async () => {
		const h = harness(seedVault());
		const seen: IndexStatus[] = [];
		h.indexer.onStatusChange((s) => seen.push(s));
		await started(h);
		expect(seen[0]).toMatchObject({ state: 'indexing' });
		expect(seen.some((s) => s.state === 'indexing' && s.total === 3)).toBe(true);
		expect(seen[seen.length - 1]).toEqual({ state: 'ready', notes: 3, talks: 3, cached: 0, parsed: 3, warning: undefined });
	});

	test('a failing start reports an error status instead of throwing', async () => {
		const error = jest.spyOn(console, 'error').mockImplementation(() => {});
		const h = harness(seedVault(), { openCache: () => Promise.reject(new Error('disk on fire')) });
		await started(h);
		expect(h.indexer.status).toEqual({ state: 'error', message: 'disk on fire' });
		error.mockRestore();
	});
});

describe('live updates', () => {
	test('an edit is indexed from the content metadata `changed` passes (no read)', async () => {
		const h = await started(harness(seedVault()));
		const file = h.app.vault.getFileByPath('2023-10-19.md')!;
		const reads = h.app.vault.readStats.count;
		await h.app.vault.modify(file, dailyNote('RustConf 2024', 'Zero-copy Parsing ~ Carl Lerche', 'Async Drop ~ Ada Byron'));
		await settled(h);
		expect(titles(h.index)).toContain('Async Drop');
		expect(h.app.vault.readStats.count).toBe(reads);
		expect(h.indexer.status).toMatchObject({ state: 'ready', talks: 4 });
	});

	test('an edit updates the ready totals without listing (and sorting) every indexed path', async () => {
		const h = await started(harness(seedVault()));
		const file = h.app.vault.getFileByPath('2023-10-19.md')!;
		const paths = jest.spyOn(TalkIndex.prototype, 'paths');
		try {
			await h.app.vault.modify(file, dailyNote('RustConf 2024', 'Zero-copy Parsing ~ Carl Lerche', 'Async Drop ~ Ada Byron'));
			await settled(h);
			expect(paths).not.toHaveBeenCalled();
		} finally {
			paths.mockRestore();
		}
		expect(h.indexer.status).toMatchObject({ state: 'ready', notes: 3, talks: 4 });
	});

	test('a burst of edits to one note is indexed once, with the last content', async () => {
		const h = await started(harness(seedVault()));
		const file = h.app.vault.getFileByPath('2023-10-19.md')!;
		let upserts = 0;
		h.index.onChange(() => upserts++);
		for (const n of [1, 2, 3]) await h.app.vault.modify(file, dailyNote('RustConf 2024', `Draft ${n} ~ Ada Byron`));
		await settled(h);
		expect(titles(h.index)).toEqual(['Draft 3', 'Fast Queues', 'Why Tests Flake']);
		expect(upserts).toBe(1);
	});

	test('a created note is indexed', async () => {
		const h = await started(harness(seedVault()));
		await h.app.vault.create('2023-10-20.md', dailyNote('RustConf 2024', 'Closing Keynote ~ Dana Roe'));
		await settled(h);
		expect(titles(h.index)).toContain('Closing Keynote');
	});

	test('a deleted note (and a deleted folder) leaves the index', async () => {
		const h = await started(harness({ ...seedVault(), 'Journal/2023-10-21.md': '' }, { settings: { dailyFolder: '/' } }));
		await h.app.vault.delete(h.app.vault.getFileByPath('2023-10-18.md')!);
		await settled(h);
		expect(titles(h.index)).toEqual(['Zero-copy Parsing']);
		expect(h.index.paths()).toContain('Journal/2023-10-21.md');
		await h.app.vault.delete(h.app.vault.getFolderByPath('Journal')!);
		await settled(h);
		expect(h.index.paths()).not.toContain('Journal/2023-10-21.md');
	});

	test('renaming out of and back into the daily notes folder re-scopes the note', async () => {
		const h = await started(
			harness(
				{ 'Daily/2023-10-18.md': dailyNote('RustConf 2024', 'Fast Queues ~ Ada Byron') },
				{ config: { 'daily-notes.json': JSON.stringify({ folder: 'Daily', format: 'YYYY-MM-DD' }) } },
			),
		);
		expect(titles(h.index)).toEqual(['Fast Queues']);
		const file = h.app.vault.getFileByPath('Daily/2023-10-18.md')!;
		await h.app.vault.rename(file, 'Archive/2023-10-18.md');
		await settled(h);
		expect(titles(h.index)).toEqual([]);
		expect(h.index.paths()).toEqual(['Archive/2023-10-18.md']);
		await h.app.vault.rename(file, 'Daily/2023/2023-10-18.md');
		await settled(h);
		expect(h.index.talks().map((t) => [t.title, t.file, t.date])).toEqual([['Fast Queues', 'Daily/2023/2023-10-18.md', '2023-10-18']]);
	});

	test('renaming a daily note to another date changes its talks\' date', async () => {
		const h = await started(harness(seedVault()));
		await h.app.vault.rename(h.app.vault.getFileByPath('2023-10-19.md')!, '2023-11-02.md');
		await settled(h);
		expect(h.index.talks().find((t) => t.title === 'Zero-copy Parsing')?.date).toBe('2023-11-02');
		expect(h.index.paths()).not.toContain('2023-10-19.md');
	});

	test('a person note that appears makes talk notes parse again', async () => {
		const h = await started(harness({ '2023-10-18.md': dailyNote('RustConf 2024', 'Slow Queues - Bo Linde', 'Fast Queues ~ Ada Byron') }));
		expect(titles(h.index)).toEqual(['Fast Queues']);
		await h.app.vault.create('People/Bo Linde.md', '---\ntype: person\n---\n');
		await settled(h);
		expect(h.index.talks().map((t) => [t.title, t.speakers.map((s) => s.name)])).toContainEqual(['Slow Queues', ['Bo Linde']]);
		await h.app.vault.delete(h.app.vault.getFileByPath('People/Bo Linde.md')!);
		await settled(h);
		expect(titles(h.index)).toEqual(['Fast Queues']);
	});

	test('after unload no event reaches the indexer and every handler is gone', async () => {
		const h = harness(seedVault());
		const before = h.app.vault.listenerCount() + h.app.metadataCache.listenerCount();
		await started(h);
		expect(h.app.vault.listenerCount() + h.app.metadataCache.listenerCount()).toBeGreaterThan(before);
		h.indexer.unload();
		expect(h.app.vault.listenerCount() + h.app.metadataCache.listenerCount()).toBe(before);
		await h.app.vault.create('2023-10-22.md', dailyNote('RustConf 2024', 'Late ~ Ada Byron'));
		await settled(h);
		expect(titles(h.index)).not.toContain('Late');
	});
});

describe('settings', () => {
	test('a topic list change re-parses and the talks get the topic', async () => {
		const h = await started(harness({ '2023-10-18.md': dailyNote('KubeCon', 'Scaling k8s ~ Ada Byron', 'Other ~ Bo Linde') }));
		expect(h.index.talks().find((t) => t.title === 'Scaling k8s')?.topics).not.toContain('Kubernetes');
		const reads = h.app.vault.readStats.count;
		await h.settings.update({ topicList: 'k8s => Kubernetes' });
		await settled(h);
		expect(h.index.talks().find((t) => t.title === 'Scaling k8s')?.topics).toContain('Kubernetes');
		expect(h.saved[h.saved.length - 1].topicList).toBe('k8s => Kubernetes');
		expect(h.app.vault.readStats.count - reads).toBe(1);
	});

	test('a daily folder override moves which notes are daily notes; unrelated settings re-parse nothing', async () => {
		const h = await started(
			harness(
				{ 'Daily/2023-10-18.md': dailyNote('RustConf 2024', 'Fast Queues ~ Ada Byron'), 'Journal/2023-12-01.md': dailyNote('NeurIPS', 'Attention ~ Ada Byron') },
				{ config: { 'daily-notes.json': '{"folder":"Daily"}' } },
			),
		);
		expect(titles(h.index)).toEqual(['Fast Queues']);
		await h.settings.update({ dailyFolder: 'Journal' });
		await settled(h);
		expect(titles(h.index)).toEqual(['Attention']);
		const reads = h.app.vault.readStats.count;
		await h.settings.update({ followCursor: false });
		await settled(h);
		expect(h.app.vault.readStats.count).toBe(reads);
	});

	test('the keyword cap applies in place: no note read or re-added, topics as a fresh index gives them', async () => {
		const h = await started(harness(seedVault()));
		const reads = h.app.vault.readStats.count;
		const revisions: number[] = [];
		h.index.onChange((r) => revisions.push(r));
		const upserts = jest.spyOn(TalkIndex.prototype, 'upsert');
		try {
			await h.settings.update({ keywordsPerTalk: 1 });
			await settled(h);
			expect(upserts).not.toHaveBeenCalled();
		} finally {
			upserts.mockRestore();
		}
		expect(revisions.length).toBeGreaterThan(0);
		expect(titles(h.index)).toHaveLength(3);
		expect(h.app.vault.readStats.count).toBe(reads);
		const fresh = new TalkIndex({ keywordsPerTalk: 1 });
		for (const path of h.index.paths()) fresh.upsert(h.index.note(path)!);
		const topicsOf = (index: { talks(): Array<{ id: string }>; topicsOf(id: string): string[] }) => index.talks().map((talk) => index.topicsOf(talk.id));
		expect(topicsOf(h.index)).toEqual(topicsOf(fresh));
		expect(h.index.topics()).toEqual(fresh.topics());
	});

	test('Periodic Notes daily settings are used when that plugin is enabled', async () => {
		const periodic = JSON.stringify({ daily: { enabled: true, folder: 'Periodic', format: 'YYYY/MM/DD' } });
		const h = await started(
			harness(
				{ 'Periodic/2024/05/17.md': dailyNote('PyCon', 'Typing ~ Ada Byron'), 'Daily/2024-05-18.md': dailyNote('PyCon', 'Packaging ~ Bo Linde') },
				{ config: { 'daily-notes.json': '{"folder":"Daily"}', 'community-plugins.json': '["periodic-notes"]', 'plugins/periodic-notes/data.json': periodic } },
			),
		);
		expect(h.index.talks().map((t) => [t.title, t.date])).toEqual([['Typing', '2024-05-17']]);
	});

	test('changed Obsidian daily-notes settings are picked up on rescan', async () => {
		const h = await started(harness({ 'Daily/2024-05-18.md': dailyNote('PyCon', 'Packaging ~ Bo Linde') }, { config: { 'daily-notes.json': '{"folder":"Journal"}' } }));
		expect(titles(h.index)).toEqual([]);
		await h.app.vault.adapter.write(`${h.app.vault.configDir}/daily-notes.json`, '{"folder":"Daily"}');
		await h.indexer.rescan();
		expect(titles(h.index)).toEqual(['Packaging']);
	});
});

test('TFile from the fake is what the indexer sees', () => {
	const h = harness(seedVault());
	expect(h.app.vault.getFileByPath('2023-10-18.md')).toBeInstanceOf(TFile);
});
