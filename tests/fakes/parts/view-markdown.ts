/**
 * `FileView`, `TextFileView` and `MarkdownView` (source mode only). The editor's changes are saved
 * back to the vault (debounced, like Obsidian's requestSave), and outside changes to the open file
 * are loaded into the editor. `eState.line` moves the cursor to that 0-based line and scrolls to it.
 */
import type { ViewStateResult } from 'obsidian';
import { Editor, InMemoryEditor } from './editor';
import { TFile } from './files';
import { debounce } from './misc';
import { ItemView } from './view';
import type { WorkspaceLeaf } from './workspace-leaf';

/** Makes the Editor of a MarkdownView; the demo swaps in a CodeMirror-backed one. */
export type EditorFactory = (view: MarkdownView, onChange: () => void) => Editor;

let editorFactory: EditorFactory = (_view, onChange) => new InMemoryEditor(onChange);

/** Fake-only: replaces how MarkdownViews build their editor (returns the previous factory). */
export function setEditorFactory(factory: EditorFactory): EditorFactory {
	const prev = editorFactory;
	editorFactory = factory;
	return prev;
}

/** A view showing one file. */
export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	navigation = true;

	getDisplayText(): string {
		return this.file ? this.file.basename : 'No file';
	}

	getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path === 'string') {
			const file = this.app.vault.getFileByPath(path);
			if (file && file !== this.file) {
				if (this.file) await this.onUnloadFile(this.file);
				this.file = file;
				this.titleEl.setText(file.basename);
				await this.onLoadFile(file);
			}
		}
		await super.setState(state, result);
	}

	async onLoadFile(_file: TFile): Promise<void> {}
	async onUnloadFile(_file: TFile): Promise<void> {}
	async onRename(_file: TFile): Promise<void> {}

	canAcceptExtension(_extension: string): boolean {
		return false;
	}
}

/** A file view whose content is text. */
export abstract class TextFileView extends FileView {
	data = '';
	requestSave: () => void;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.requestSave = debounce(() => void this.save(), 50, true);
	}

	async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}

	async onUnloadFile(_file: TFile): Promise<void> {
		await this.save();
	}

	async save(clear?: boolean): Promise<void> {
		const file = this.file;
		if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
		const data = this.getViewData();
		this.data = data;
		if ((await this.app.vault.read(file)) !== data) await this.app.vault.modify(file, data);
		if (clear) this.clear();
	}

	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

/** The markdown editor view. */
export class MarkdownView extends TextFileView {
	editor: Editor;
	private loading = false;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = editorFactory(this, () => {
			if (!this.loading) this.requestSave();
		});
	}

	onload(): void {
		this.registerEvent(
			this.app.vault.on('modify', (f: unknown) => {
				if (f !== this.file || !(f instanceof TFile)) return;
				void this.app.vault.read(f).then((text) => {
					if (text !== this.editor.getValue()) this.setViewData(text, false);
				});
			}),
		);
	}

	getViewType(): string {
		return 'markdown';
	}

	getMode(): 'source' | 'preview' {
		return 'source';
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, clear: boolean): void {
		const cursor = this.editor.getCursor();
		this.loading = true;
		try {
			this.editor.setValue(data);
		} finally {
			this.loading = false;
		}
		if (!clear) this.editor.setCursor(cursor);
	}

	clear(): void {
		this.setViewData('', true);
	}

	canAcceptExtension(extension: string): boolean {
		return extension === 'md';
	}

	getEphemeralState(): Record<string, unknown> {
		return { cursor: { from: this.editor.getCursor('from'), to: this.editor.getCursor('to') } };
	}

	setEphemeralState(state: unknown): void {
		const line = (state as { line?: unknown } | null)?.line;
		if (typeof line === 'number' && Number.isInteger(line)) {
			const pos = { line: Math.max(0, Math.min(line, this.editor.lastLine())), ch: 0 };
			this.editor.setCursor(pos);
			this.editor.scrollIntoView({ from: pos, to: pos }, true);
		}
	}

	showSearch(): void {}
}
