/**
 * A brief highlight of a range of lines, fading out, so the eye finds the talk the explorer
 * just opened. A StateEffect carries the lines, a StateField holds the line decorations (mapped
 * through edits), and a timer clears them; the fade itself is CSS (`.ct-flash-line`).
 */
import { RangeSetBuilder, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Lines to flash, 1-based and inclusive; `null` clears the flash. */
export interface FlashRange {
	readonly from: number;
	readonly to: number;
}

/** How long the lines stay highlighted (the CSS fade runs over the same time). */
export const FLASH_MS = 1600;

/** Most lines flashed at once: a huge talk only needs its start to catch the eye. */
const MAX_LINES = 400;

/** Sets (or with `null`, clears) the flashed lines. */
export const flashLinesEffect = StateEffect.define<FlashRange | null>();

const flashLine = Decoration.line({ class: 'ct-flash-line' });

/** The flashed lines as line decorations. */
export const flashLinesField = StateField.define<DecorationSet>({
	create: () => Decoration.none,
	update(decorations, tr) {
		let next = decorations.map(tr.changes);
		for (const effect of tr.effects) {
			if (effect.is(flashLinesEffect)) next = effect.value ? lineDecorations(tr.state.doc, effect.value) : Decoration.none;
		}
		return next;
	},
	provide: (field) => EditorView.decorations.from(field),
});

/** The extension to register with `plugin.registerEditorExtension`. */
export function flashLinesExtension(): Extension {
	return [flashLinesField];
}

const timers = new WeakMap<EditorView, number>();

/** Flashes lines `from`..`to` (1-based, inclusive, clamped to the document) and clears them after FLASH_MS. */
export function flashLines(view: EditorView, range: FlashRange): void {
	// Without the field (extension not registered) the effect would do nothing: say so by doing nothing.
	if (view.state.field(flashLinesField, false) === undefined) return;
	view.dispatch({ effects: flashLinesEffect.of(range) });
	const win = view.dom.ownerDocument.defaultView ?? window;
	const previous = timers.get(view);
	if (previous !== undefined) win.clearTimeout(previous);
	timers.set(
		view,
		win.setTimeout(() => {
			timers.delete(view);
			// The editor may have been destroyed (tab closed) while the flash ran.
			if (view.dom.isConnected) view.dispatch({ effects: flashLinesEffect.of(null) });
		}, FLASH_MS),
	);
}

/**
 * Flashes lines in an Obsidian `Editor` when it is backed by CodeMirror 6 (its `cm` property,
 * not in obsidian.d.ts but present on every desktop and mobile editor since 0.13); any other
 * editor is left alone. Returns whether it flashed.
 */
export function flashEditorLines(editor: unknown, range: FlashRange): boolean {
	const cm = (editor as { cm?: unknown } | null)?.cm;
	if (!(cm instanceof EditorView)) return false;
	try {
		flashLines(cm, range);
		return cm.state.field(flashLinesField, false) !== undefined;
	} catch (error) {
		console.error('Conference talks: could not highlight the talk', error);
		return false;
	}
}

function lineDecorations(doc: Text, range: FlashRange): DecorationSet {
	const from = Math.max(1, Math.min(range.from, doc.lines));
	const to = Math.max(from, Math.min(range.to, doc.lines, from + MAX_LINES - 1));
	const builder = new RangeSetBuilder<Decoration>();
	for (let n = from; n <= to; n++) {
		const line = doc.line(n);
		builder.add(line.from, line.from, flashLine);
	}
	return builder.finish();
}
