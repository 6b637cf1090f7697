/**
 * @jest-environment jsdom
 */
/**
 * Titles, speaker names and conference names come from notes and may hold anything,
 * markup included. Where the plugin draws them outside the explorer (whose own tests cover
 * it): a ```talks block and the speaker, talk and conference pickers, they must appear as
 * the very text written and never become elements: the document holds no image, script or
 * event attribute afterwards.
 */
import { IDBFactory } from 'fake-indexeddb';
import { Component, MarkdownRenderer } from 'obsidian';
import ConferenceTalksPlugin from '../../src/main';
import { createFakeApp, loadPlugin, settle, type FakeApp } from '../fakes/app';

jest.setTimeout(30_000);

const TITLE = '<img src=x onerror=alert(1)>';
const SPEAKER = 'Eve <b onmouseover=alert(2)>Mallory</b>';
const CONFERENCE = '<script>alert(3)</script> Conf';

/** Every element, in the document and in `extra` roots, that markup from a note could have made. */
function injected(extra: readonly HTMLElement[]): string[] {
	const roots: ParentNode[] = [document, ...extra];
	const found: string[] = [];
	for (const root of roots) {
		for (const el of Array.from(root.querySelectorAll('img, script, b, [onerror], [onmouseover]'))) found.push(el.outerHTML.slice(0, 80));
	}
	return found;
}

describe('titles from notes are drawn as text', () => {
	let app: FakeApp;
	const drawn: HTMLElement[] = [];

	beforeAll(async () => {
		(globalThis as { indexedDB?: IDBFactory }).indexedDB = new IDBFactory();
		app = createFakeApp({
			'2023-10-18.md': `[[${CONFERENCE}]]\n- ${TITLE} ~ ${SPEAKER}\n\t- <script>alert(4)</script> notes\n- Ordinary Talk ~ Ada Byron\n\t- notes\n`,
		});
		await loadPlugin(ConferenceTalksPlugin, app, undefined, { userEnable: true });
		await app.layoutReady();
		for (let i = 0; i < 50 && app.vault.readStats.count < 1; i++) await new Promise((r) => window.setTimeout(r, 10));
		await new Promise((r) => window.setTimeout(r, 50));
		await settle();
	});

	afterAll(() => {
		delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
	});

	it('in a ```talks block', async () => {
		const el = createDiv();
		document.body.appendChild(el);
		drawn.push(el);
		const component = new Component();
		component.load();
		await MarkdownRenderer.render(app, '```talks\n```', el, 'Notes.md', component);
		await settle();
		expect(el.textContent).toContain(TITLE);
		expect(injected(drawn)).toEqual([]);
		component.unload();
	});

	it('in the speaker and talk pickers', async () => {
		for (const id of ['list-speakers', 'search-talks', 'list-conferences']) {
			app.commands.executeCommandById(`conference-talks:${id}`);
			await settle();
		}
		const text = document.body.textContent ?? '';
		expect(text).toContain(SPEAKER);
		expect(injected(drawn)).toEqual([]);
	});
});
