/**
 * An Obsidian-shaped `Editor` over a real CodeMirror 6 `EditorView`, for the browser demo: the
 * fake's MarkdownView builds one through `setEditorFactory`. 0-based lines and `ch`, like
 * Obsidian's Editor; `cm` is the EditorView, as on Obsidian's own editors. The plugin's
 * registered editor extensions run in it, reconfigured when a plugin registers or removes one.
 */
import { Compartment, EditorSelection as CmSelection, type Extension, type Text, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { EditorPosition, EditorRange, EditorSelection, EditorSelectionOrCaret, EditorTransaction, MarkdownFileInfo } from 'obsidian';
import { editorInfoField } from '../fakes/parts/editor-fields';
import { Editor } from '../fakes/parts/editor';
import type { MarkdownView } from '../fakes/parts/view-markdown';
import { markdownLook } from './markdown-look';

/** Most undo steps kept (the demo has no @codemirror/commands history). */
const UNDO_LIMIT = 200;

/** The Editor of one MarkdownView in the demo. */
export class CodeMirrorEditor extends Editor {
	/** The CodeMirror view (Obsidian's editors expose it as `cm` too). */
	readonly cm: EditorView;
	private readonly plugins = new Compartment();
	private readonly undoStack: Text[] = [];
	private readonly redoStack: Text[] = [];
	private restoring = false;

	constructor(view: MarkdownView, onChange: () => void, extensions: () => readonly unknown[]) {
		super();
		const host = view.contentEl.createDiv({ cls: ['markdown-source-view', 'cm-s-obsidian', 'mod-cm6', 'is-readable-line-width'] });
		this.cm = new EditorView({
			parent: host,
			extensions: [
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({ spellcheck: 'false', 'aria-label': 'Note' }),
				markdownLook(),
				// As Obsidian does: extensions find the note (view.file) through editorInfoField.
				editorInfoField.init(() => view as unknown as MarkdownFileInfo),
				this.plugins.of(extensions() as Extension[]),
				EditorView.updateListener.of((update) => {
					if (!update.docChanged) return;
					if (!this.restoring) {
						this.undoStack.push(update.startState.doc);
						if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
						this.redoStack.length = 0;
					}
					onChange();
				}),
			],
		});
	}

	/** Applies the workspace's current editor extensions (a plugin registered or removed one). */
	reconfigure(extensions: readonly unknown[]): void {
		this.cm.dispatch({ effects: this.plugins.reconfigure(extensions as Extension[]) });
	}

	/** Frees the editor (its view was closed). */
	destroy(): void {
		this.cm.destroy();
	}

	refresh(): void {
		this.cm.requestMeasure();
	}
	getValue(): string {
		return this.cm.state.doc.toString();
	}
	setValue(content: string): void {
		this.cm.dispatch({ changes: { from: 0, to: this.cm.state.doc.length, insert: content }, selection: { anchor: 0 } });
	}
	getLine(line: number): string {
		const doc = this.cm.state.doc;
		return line >= 0 && line < doc.lines ? doc.line(line + 1).text : '';
	}
	lineCount(): number {
		return this.cm.state.doc.lines;
	}
	lastLine(): number {
		return this.cm.state.doc.lines - 1;
	}
	getSelection(): string {
		const main = this.cm.state.selection.main;
		return this.cm.state.sliceDoc(main.from, main.to);
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.cm.state.sliceDoc(this.posToOffset(from), this.posToOffset(to));
	}
	replaceSelection(replacement: string): void {
		this.cm.dispatch(this.cm.state.replaceSelection(replacement));
	}
	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		this.cm.dispatch({ changes: { from: Math.min(a, b), to: Math.max(a, b), insert: replacement } });
	}
	getCursor(side: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
		const main = this.cm.state.selection.main;
		return this.offsetToPos(side === 'from' ? main.from : side === 'to' ? main.to : side === 'anchor' ? main.anchor : main.head);
	}
	listSelections(): EditorSelection[] {
		return this.cm.state.selection.ranges.map((r) => ({ anchor: this.offsetToPos(r.anchor), head: this.offsetToPos(r.head) }));
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.cm.dispatch({ selection: { anchor: this.posToOffset(anchor), head: this.posToOffset(head ?? anchor) } });
	}
	setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
		if (ranges.length === 0) return;
		const cmRanges = ranges.map((r) => CmSelection.range(this.posToOffset(r.anchor), this.posToOffset(r.head ?? r.anchor)));
		this.cm.dispatch({ selection: CmSelection.create(cmRanges, Math.min(main, cmRanges.length - 1)) });
	}
	focus(): void {
		this.cm.focus();
	}
	blur(): void {
		this.cm.contentDOM.blur();
	}
	hasFocus(): boolean {
		return this.cm.hasFocus;
	}
	getScrollInfo(): { top: number; left: number } {
		return { top: this.cm.scrollDOM.scrollTop, left: this.cm.scrollDOM.scrollLeft };
	}
	scrollTo(x?: number | null, y?: number | null): void {
		if (typeof x === 'number') this.cm.scrollDOM.scrollLeft = x;
		if (typeof y === 'number') this.cm.scrollDOM.scrollTop = y;
	}
	scrollIntoView(range: EditorRange, center = false): void {
		this.cm.dispatch({ effects: EditorView.scrollIntoView(this.posToOffset(range.from), { y: center ? 'center' : 'nearest' }) });
	}
	undo(): void {
		this.restore(this.undoStack, this.redoStack);
	}
	redo(): void {
		this.restore(this.redoStack, this.undoStack);
	}
	/** Obsidian's named editor commands are not modelled (the fake's InMemoryEditor ignores them too). */
	exec(): void {}
	transaction(tx: EditorTransaction): void {
		const spec: TransactionSpec = {};
		// Obsidian's change positions all refer to the document before the transaction, as CodeMirror's do.
		const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: c.to ? this.posToOffset(c.to) : undefined, insert: c.text }));
		if (tx.replaceSelection !== undefined) {
			const main = this.cm.state.selection.main;
			changes.push({ from: main.from, to: main.to, insert: tx.replaceSelection });
		}
		if (changes.length > 0) spec.changes = changes;
		const selection = tx.selection ?? tx.selections?.[0];
		if (selection) spec.selection = { anchor: this.posToOffset(selection.from), head: this.posToOffset(selection.to ?? selection.from) };
		this.cm.dispatch(spec);
	}
	wordAt(pos: EditorPosition): EditorRange | null {
		const word = this.cm.state.wordAt(this.posToOffset(pos));
		return word ? { from: this.offsetToPos(word.from), to: this.offsetToPos(word.to) } : null;
	}
	posToOffset(pos: EditorPosition): number {
		const doc = this.cm.state.doc;
		const line = doc.line(Math.max(1, Math.min(pos.line + 1, doc.lines)));
		return line.from + Math.max(0, Math.min(pos.ch, line.length));
	}
	offsetToPos(offset: number): EditorPosition {
		const doc = this.cm.state.doc;
		const line = doc.lineAt(Math.max(0, Math.min(offset, doc.length)));
		return { line: line.number - 1, ch: Math.max(0, Math.min(offset, doc.length)) - line.from };
	}

	private restore(from: Text[], to: Text[]): void {
		const doc = from.pop();
		if (!doc) return;
		to.push(this.cm.state.doc);
		this.restoring = true;
		try {
			this.cm.dispatch({ changes: { from: 0, to: this.cm.state.doc.length, insert: doc } });
		} finally {
			this.restoring = false;
		}
	}
}
