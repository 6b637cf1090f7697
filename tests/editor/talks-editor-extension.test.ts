/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import '../fakes/dom-helpers';
import { TalkIndex } from '../../src/core/index/talk-index';
import { talksNotePath } from '../../src/editor/note-path';
import { notePathOf } from '../../src/editor/note-path';
import { TALK_LINE_CLASS, talksEditorExtension, type TalksEditorDeps } from '../../src/editor/talks-editor-extension';
import { note } from '../helpers/extract-builder';
import { SEED_PATH, seedExtract } from '../core/index/seed-extract';

const seedText = readFileSync(join(__dirname, '..', 'fixtures', 'vaults', 'seed', '2023-10-18.md'), 'utf8');

interface Harness {
	view: EditorView;
	index: TalkIndex;
	revealed: string[];
	cursor: Array<string | null>;
	settings: { editorMarks: boolean; followCursor: boolean };
	changeSettings(patch: Partial<{ editorMarks: boolean; followCursor: boolean }>): void;
	marks(): HTMLElement[];
	/** Live subscriptions to the index and the settings. */
	subscriptions(): number;
}

function mount(text = seedText, path: string | null = SEED_PATH): Harness {
	const index = new TalkIndex();
	index.upsert(seedExtract());
	const revealed: string[] = [];
	const cursor: Array<string | null> = [];
	const settings = { editorMarks: true, followCursor: true };
	const listeners = new Set<() => void>();
	let indexListeners = 0;
	// The index as the extension sees it, counting its subscriptions.
	const counted = Object.create(index) as TalkIndex;
	counted.onChange = (listener) => {
		indexListeners++;
		const off = index.onChange(listener);
		return () => {
			indexListeners--;
			off();
		};
	};
	const deps: TalksEditorDeps = {
		index: counted,
		filePath: notePathOf,
		marksEnabled: () => settings.editorMarks,
		followCursor: () => settings.followCursor,
		onSettingsChange: (listener) => {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		reveal: (id) => revealed.push(id),
		onCursorTalk: (id) => cursor.push(id),
	};
	const extensions = [talksEditorExtension(deps)];
	if (path !== null) extensions.push(talksNotePath.of(path));
	const parent = document.body.createDiv();
	const view = new EditorView({ state: EditorState.create({ doc: text, extensions }), parent });
	return {
		view,
		index,
		revealed,
		cursor,
		settings,
		changeSettings: (patch) => {
			Object.assign(settings, patch);
			for (const listener of listeners) listener();
		},
		marks: () => Array.from(view.dom.querySelectorAll<HTMLElement>('.ct-mark')),
		subscriptions: () => indexListeners + listeners.size,
	};
}

afterEach(() => {
	document.body.empty();
});

describe('talk marks in a real CodeMirror editor', () => {
	it('marks each talk line of the seed note in view with its kind, speakers and data-talk-id', () => {
		const { view, marks } = mount();
		const talks = seedExtract().talks;
		const shown = marks();
		expect(shown.length).toBeGreaterThan(0);
		// jsdom has no layout: CodeMirror draws what its estimated viewport holds; every mark drawn is a talk's.
		const ids = shown.map((el) => el.getAttribute('data-talk-id'));
		expect(ids).toEqual(talks.slice(0, ids.length).map((t) => t.id));
		const haddad = shown.find((el) => el.dataset.talkId === talks[1].id)!;
		expect(haddad.querySelector('.ct-mark-kind')?.textContent).toBe('Talk');
		expect(Array.from(haddad.querySelectorAll('.ct-mark-speaker')).map((el) => el.textContent)).toEqual(['Jon Haddad']);
		// The mark sits at the end of the talk's own line.
		const line = haddad.closest('.cm-line')!;
		expect(line.textContent?.startsWith('+ Jon Haddad: Distributed System Performance')).toBe(true);
		expect(line.classList.contains(TALK_LINE_CLASS)).toBe(true);
		view.destroy();
	});

	it('shows a panel with its kind badge and all three speakers as chips', () => {
		const lines = seedText.split('\n');
		const text = ['[[ScyllaDB P99 Conf]]', lines[110], lines[111]].join('\n');
		const h = mount(text, '2023-10-18.md');
		const panel = seedExtract().talks[5];
		h.index.upsert(note('2023-10-18.md', { conference: 'ScyllaDB P99 Conf', talks: [{ ...panel, line: 2, endLine: 3 }] }));
		const [el] = h.marks();
		expect(el.dataset.talkId).toBe(panel.id);
		expect(el.querySelector('.ct-mark-kind')?.textContent).toBe('Panel');
		expect(Array.from(el.querySelectorAll('.ct-mark-speaker')).map((s) => s.textContent)).toEqual(['Glauber Costa', 'Carl Lerche', 'Jarred Sumner']);
		h.view.destroy();
	});

	it('reveals the talk in the explorer when a mark is clicked, without moving the cursor', () => {
		const { view, marks, revealed } = mount();
		const before = view.state.selection.main.head;
		marks()[0].dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
		marks()[0].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
		expect(revealed).toEqual([seedExtract().talks[0].id]);
		expect(view.state.selection.main.head).toBe(before);
		view.destroy();
	});

	it('draws nothing in a note the index does not hold, or without a path', () => {
		const other = mount('- Fast Queues ~ Ada Byron\n- Slow Queues', 'Other.md');
		expect(other.marks()).toEqual([]);
		other.view.destroy();
		const none = mount(seedText, null);
		expect(none.marks()).toEqual([]);
		none.view.destroy();
	});

	it('follows typing: marks move with their lines before the index catches up', () => {
		const { view, marks } = mount();
		view.dispatch({ changes: { from: view.state.doc.line(4).from, insert: 'typed\n- a bullet\n' } });
		const first = marks()[0];
		expect(first.closest('.cm-line')?.textContent?.startsWith('+ Quantifying')).toBe(true);
		view.destroy();
	});

	it('updates when the index changes (a talk appears in this note)', () => {
		const text = '[[Conf]]\n- Fast Queues ~ Ada Byron\n- Slow Queues ~ Bo Linde';
		const h = mount(text, '2024-05-01.md');
		expect(h.marks()).toEqual([]);
		h.index.upsert(note('2024-05-01.md', { conference: 'Conf', talks: [{ title: 'Fast Queues', speakers: ['Ada Byron'], line: 2, endLine: 2 }, { title: 'Slow Queues', speakers: ['Bo Linde'], kind: 'keynote', line: 3, endLine: 3 }] }));
		expect(h.marks().map((m) => m.dataset.talkId)).toEqual(['2024-05-01-fast-queues', '2024-05-01-slow-queues']);
		expect(h.marks()[1].querySelector('.ct-mark-kind')?.textContent).toBe('Keynote');
		h.index.remove('2024-05-01.md');
		expect(h.marks()).toEqual([]);
		h.view.destroy();
	});

	it('turns marks off and on live with the setting', () => {
		const h = mount();
		expect(h.marks().length).toBeGreaterThan(0);
		h.changeSettings({ editorMarks: false });
		expect(h.marks()).toEqual([]);
		expect(h.view.dom.querySelectorAll(`.${TALK_LINE_CLASS}`)).toHaveLength(0);
		h.changeSettings({ editorMarks: true });
		expect(h.marks().length).toBeGreaterThan(0);
		h.view.destroy();
	});

	it('stops listening to the index and the settings when the editor is destroyed', () => {
		const h = mount();
		expect(h.subscriptions()).toBe(2);
		h.view.destroy();
		expect(h.subscriptions()).toBe(0);
		expect(() => h.index.upsert(note('2024-05-01.md', { talks: [{ title: 'Late' }] }))).not.toThrow();
	});
});

describe('follow cursor', () => {
	it('reports the talk the cursor enters and leaves, once per change', () => {
		const { view, cursor } = mount();
		const talks = seedExtract().talks;
		const at = (line: number) => view.dispatch({ selection: { anchor: view.state.doc.line(line).from } });
		at(6);
		at(7);
		at(16);
		at(112); // inside the panel's subtree
		at(3); // "## Log": no talk
		expect(cursor).toEqual([talks[0].id, talks[1].id, talks[5].id, null]);
		view.destroy();
	});

	it('reports nothing when the setting is off, even with marks on', () => {
		const h = mount();
		h.changeSettings({ followCursor: false });
		h.view.dispatch({ selection: { anchor: h.view.state.doc.line(16).from } });
		expect(h.cursor).toEqual([]);
		h.view.destroy();
	});

	it('still follows the cursor with marks off', () => {
		const h = mount();
		h.changeSettings({ editorMarks: false });
		h.view.dispatch({ selection: { anchor: h.view.state.doc.line(46).from } });
		expect(h.cursor).toEqual([seedExtract().talks[2].id]);
		h.view.destroy();
	});
});
