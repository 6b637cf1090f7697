/**
 * Builds one markdown note line by line, knowing each line's number (the generator's
 * expectations point at lines) and writing lists in the note's own style: marker,
 * indentation, line endings and BOM vary per note as they do in real vaults.
 */

/** List marker of the talk level; children use `childMarker`. */
export type Marker = '-' | '*' | '+' | '1.' | '1)';

/** How one note writes its lists and bytes. */
export interface NoteStyle {
	readonly marker: Marker;
	readonly childMarker: '-' | '*' | '+';
	/** One level of indentation: a tab, 2 or 4 spaces, or `mixed` (a tab, then 4 spaces per level). */
	readonly indent: '\t' | '  ' | '    ' | 'mixed';
	readonly eol: '\n' | '\r\n';
	readonly bom: boolean;
}

/** A bullet and its subtree. */
export interface TreeNode {
	readonly text: string;
	readonly children: readonly TreeNode[];
	/** Raw lines placed under the bullet at the child indentation (code fences, math blocks). */
	readonly block?: readonly string[];
}

/** The default style: what most notes look like. */
export const PLAIN_STYLE: NoteStyle = { marker: '-', childMarker: '-', indent: '\t', eol: '\n', bom: false };

/** Line-by-line markdown writer with 1-based line numbers. */
export class NoteWriter {
	private readonly lines: string[] = [];
	private readonly ordinals: number[] = [];

	constructor(readonly style: NoteStyle) {}

	/** The number the next line will get. */
	get nextLine(): number {
		return this.lines.length + 1;
	}

	/** Appends a raw line (paragraph, heading, blank) and returns its number; it ends any ordered list. */
	line(text: string): number {
		this.ordinals.length = 0;
		this.lines.push(text);
		return this.lines.length;
	}

	/** Appends a blank line unless the note is empty or already ends with one. */
	blank(): void {
		if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.line('');
	}

	/** Indentation of a list level (0 = top). */
	indentOf(depth: number): string {
		if (depth === 0) return '';
		if (this.style.indent === 'mixed') return '\t' + '    '.repeat(depth - 1);
		return this.style.indent.repeat(depth);
	}

	/** Appends a list item; `talkLevel` items use the note's talk marker (numbered for ordered lists). */
	item(depth: number, text: string, talkLevel = false): number {
		let marker: string = this.style.childMarker;
		if (talkLevel) {
			marker = this.style.marker;
			if (marker === '1.' || marker === '1)') {
				this.ordinals.length = depth + 1;
				const n = (this.ordinals[depth] ?? 0) + 1;
				this.ordinals[depth] = n;
				marker = `${n}${marker.slice(1)}`;
			}
		}
		this.lines.push(`${this.indentOf(depth)}${marker} ${text}`);
		return this.lines.length;
	}

	/** Writes a subtree below an item at `depth`, children at `depth + 1`; returns the last line written. */
	tree(depth: number, nodes: readonly TreeNode[]): number {
		for (const node of nodes) {
			this.item(depth, node.text);
			for (const raw of node.block ?? []) this.lines.push(raw === '' ? '' : this.indentOf(depth + 1) + raw);
			this.tree(depth + 1, node.children);
		}
		return this.lines.length;
	}

	/** The note's bytes as text: lines joined with its line ending, a final newline, the BOM if any. */
	text(): string {
		const body = this.lines.join(this.style.eol) + this.style.eol;
		return this.style.bom ? '\ufeff' + body : body;
	}
}
