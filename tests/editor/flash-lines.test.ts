/**
 * @jest-environment jsdom
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { FLASH_MS, flashEditorLines, flashLinesEffect, flashLinesExtension, flashLinesField } from '../../src/editor/flash-lines';

const DOC = ['zero', 'one', 'two', 'three', 'four', 'five'].join('\n');

/** The 1-based line numbers carrying a flash decoration. */
function flashed(state: EditorState): number[] {
	const lines: number[] = [];
	state.field(flashLinesField).between(0, state.doc.length, (from) => {
		lines.push(state.doc.lineAt(from).number);
	});
	return lines;
}

describe('flash lines field', () => {
	it('decorates the requested lines, clamped to the document, and clears on null', () => {
		let state = EditorState.create({ doc: DOC, extensions: flashLinesExtension() });
		expect(flashed(state)).toEqual([]);
		state = state.update({ effects: flashLinesEffect.of({ from: 2, to: 4 }) }).state;
		expect(flashed(state)).toEqual([2, 3, 4]);
		state = state.update({ effects: flashLinesEffect.of({ from: 5, to: 99 }) }).state;
		expect(flashed(state)).toEqual([5, 6]);
		state = state.update({ effects: flashLinesEffect.of(null) }).state;
		expect(flashed(state)).toEqual([]);
	});

	it('follows the lines through an edit above them', () => {
		let state = EditorState.create({ doc: DOC, extensions: flashLinesExtension() });
		state = state.update({ effects: flashLinesEffect.of({ from: 3, to: 3 }) }).state;
		state = state.update({ changes: { from: 0, insert: 'new line\n' } }).state;
		expect(flashed(state)).toEqual([4]);
		expect(state.doc.line(4).text).toBe('two');
	});
});

describe('flashEditorLines', () => {
	afterEach(() => jest.useRealTimers());

	it('flashes a CodeMirror-backed editor, shows the class on the lines, and fades out after FLASH_MS', () => {
		jest.useFakeTimers();
		const view = new EditorView({ doc: DOC, extensions: flashLinesExtension(), parent: document.body });
		expect(flashEditorLines({ cm: view }, { from: 2, to: 3 })).toBe(true);
		expect(Array.from(view.dom.querySelectorAll('.cm-line.ct-flash-line')).map((l) => l.textContent)).toEqual(['one', 'two']);
		jest.advanceTimersByTime(FLASH_MS - 1);
		expect(flashed(view.state)).toEqual([2, 3]);
		jest.advanceTimersByTime(1);
		expect(flashed(view.state)).toEqual([]);
		expect(view.dom.querySelector('.ct-flash-line')).toBeNull();
		view.destroy();
	});

	it('leaves other editors alone: no cm, or the extension not registered', () => {
		expect(flashEditorLines({ getValue: () => DOC }, { from: 1, to: 1 })).toBe(false);
		expect(flashEditorLines(null, { from: 1, to: 1 })).toBe(false);
		const bare = new EditorView({ doc: DOC, parent: document.body });
		expect(flashEditorLines({ cm: bare }, { from: 1, to: 1 })).toBe(false);
		bare.destroy();
	});
});
