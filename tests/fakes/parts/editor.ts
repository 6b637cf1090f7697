/**
 * `Editor` (0-based lines and `ch`), and an in-memory implementation for jest. The demo can plug
 * a CodeMirror-backed Editor through `setEditorFactory` in view-markdown.ts.
 */
import type { EditorChange, EditorPosition, EditorRange, EditorSelection, EditorSelectionOrCaret, EditorTransaction } from 'obsidian';

/** Obsidian's abstract Editor, with the concrete helpers the real class has. */
export abstract class Editor {
	getDoc(): this {
		return this;
	}
	abstract refresh(): void;
	abstract getValue(): string;
	abstract setValue(content: string): void;
	abstract getLine(line: number): string;
	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}
	abstract lineCount(): number;
	abstract lastLine(): number;
	abstract getSelection(): string;
	somethingSelected(): boolean {
		return this.getSelection().length > 0;
	}
	abstract getRange(from: EditorPosition, to: EditorPosition): string;
	abstract replaceSelection(replacement: string, origin?: string): void;
	abstract replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void;
	abstract getCursor(side?: 'from' | 'to' | 'head' | 'anchor'): EditorPosition;
	abstract listSelections(): EditorSelection[];
	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(p, p);
	}
	abstract setSelection(anchor: EditorPosition, head?: EditorPosition): void;
	abstract setSelections(ranges: EditorSelectionOrCaret[], main?: number): void;
	abstract focus(): void;
	abstract blur(): void;
	abstract hasFocus(): boolean;
	abstract getScrollInfo(): { top: number; left: number };
	abstract scrollTo(x?: number | null, y?: number | null): void;
	abstract scrollIntoView(range: EditorRange, center?: boolean): void;
	abstract undo(): void;
	abstract redo(): void;
	abstract exec(command: string): void;
	abstract transaction(tx: EditorTransaction, origin?: string): void;
	abstract wordAt(pos: EditorPosition): EditorRange | null;
	abstract posToOffset(pos: EditorPosition): number;
	abstract offsetToPos(offset: number): EditorPosition;
	processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => EditorChange | void, ignoreEmpty = true): void {
		const changes: EditorChange[] = [];
		for (let i = 0; i < this.lineCount(); i++) {
			const text = this.getLine(i);
			if (ignoreEmpty && text.trim() === '') continue;
			const change = write(i, text, read(i, text));
			if (change) changes.push(change);
		}
		if (changes.length) this.transaction({ changes });
	}
}

/** An Editor over a plain string; records scroll requests for tests (`lastScroll`). */
export class InMemoryEditor extends Editor {
	/** Fake-only: the last `scrollIntoView` request. */
	lastScroll: { range: EditorRange; center: boolean } | null = null;
	private text = '';
	private anchor: EditorPosition = { line: 0, ch: 0 };
	private head: EditorPosition = { line: 0, ch: 0 };
	private focused = false;
	private undoStack: string[] = [];
	private redoStack: string[] = [];

	/** @param onChange called after every content change (the view saves through it). */
	constructor(private readonly onChange: () => void = () => {}) {
		super();
	}

	refresh(): void {}
	getValue(): string {
		return this.text;
	}
	setValue(content: string): void {
		this.apply(content);
		this.anchor = this.head = this.clip({ line: 0, ch: 0 });
	}
	getLine(line: number): string {
		return this.lines()[line] ?? '';
	}
	lineCount(): number {
		return this.lines().length;
	}
	lastLine(): number {
		return this.lineCount() - 1;
	}
	getSelection(): string {
		const [from, to] = this.ordered();
		return this.getRange(from, to);
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	replaceSelection(replacement: string): void {
		const [from, to] = this.ordered();
		this.replaceRange(replacement, from, to);
		this.setCursor(this.offsetToPos(this.posToOffset(from) + replacement.length));
	}
	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const [start, end] = a <= b ? [a, b] : [b, a];
		const anchor = this.posToOffset(this.anchor);
		const head = this.posToOffset(this.head);
		this.apply(this.text.slice(0, start) + replacement + this.text.slice(end));
		const map = (o: number) => (o <= start ? o : o >= end ? o + replacement.length - (end - start) : start + replacement.length);
		this.anchor = this.offsetToPos(map(anchor));
		this.head = this.offsetToPos(map(head));
	}
	getCursor(side: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
		const [from, to] = this.ordered();
		return { ...(side === 'from' ? from : side === 'to' ? to : side === 'anchor' ? this.anchor : this.head) };
	}
	listSelections(): EditorSelection[] {
		return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.anchor = this.clip(anchor);
		this.head = this.clip(head ?? anchor);
	}
	setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
		const r = ranges[main] ?? ranges[0];
		if (r) this.setSelection(r.anchor, r.head);
	}
	focus(): void {
		this.focused = true;
	}
	blur(): void {
		this.focused = false;
	}
	hasFocus(): boolean {
		return this.focused;
	}
	getScrollInfo(): { top: number; left: number } {
		return { top: (this.lastScroll?.range.from.line ?? 0) * 20, left: 0 };
	}
	scrollTo(): void {}
	scrollIntoView(range: EditorRange, center = false): void {
		this.lastScroll = { range: { from: { ...range.from }, to: { ...range.to } }, center };
	}
	undo(): void {
		const prev = this.undoStack.pop();
		if (prev === undefined) return;
		this.redoStack.push(this.text);
		this.text = prev;
		this.onChange();
	}
	redo(): void {
		const next = this.redoStack.pop();
		if (next === undefined) return;
		this.undoStack.push(this.text);
		this.text = next;
		this.onChange();
	}
	exec(): void {}
	transaction(tx: EditorTransaction): void {
		// Apply from the end so earlier offsets stay valid.
		const changes = [...(tx.changes ?? [])].sort((x, y) => this.posToOffset(y.from) - this.posToOffset(x.from));
		for (const c of changes) this.replaceRange(c.text, c.from, c.to);
		if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to);
	}
	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		let s = pos.ch;
		let e = pos.ch;
		while (s > 0 && /\w/.test(line[s - 1])) s--;
		while (e < line.length && /\w/.test(line[e])) e++;
		return s === e ? null : { from: { line: pos.line, ch: s }, to: { line: pos.line, ch: e } };
	}
	posToOffset(pos: EditorPosition): number {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let off = 0;
		for (let i = 0; i < line; i++) off += lines[i].length + 1;
		return off + Math.max(0, Math.min(pos.ch, lines[line].length));
	}
	offsetToPos(offset: number): EditorPosition {
		const lines = this.lines();
		let rest = Math.max(0, Math.min(offset, this.text.length));
		for (let i = 0; i < lines.length; i++) {
			if (rest <= lines[i].length) return { line: i, ch: rest };
			rest -= lines[i].length + 1;
		}
		return { line: lines.length - 1, ch: lines[lines.length - 1].length };
	}

	private apply(next: string): void {
		if (next === this.text) return;
		this.undoStack.push(this.text);
		this.redoStack = [];
		this.text = next;
		this.onChange();
	}
	private lines(): string[] {
		return this.text.split('\n');
	}
	private clip(pos: EditorPosition): EditorPosition {
		return this.offsetToPos(this.posToOffset(pos));
	}
	private ordered(): [EditorPosition, EditorPosition] {
		return this.posToOffset(this.anchor) <= this.posToOffset(this.head) ? [this.anchor, this.head] : [this.head, this.anchor];
	}
}
