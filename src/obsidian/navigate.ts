/**
 * Opening a note at a line from anywhere (the explorer in a sidebar, a link, a command): always
 * in the main area, cursor on the line, the line scrolled to the middle, the talk's lines
 * briefly highlighted when the editor is CodeMirror 6.
 */
import { MarkdownView, Notice, type App, type TFile, type WorkspaceLeaf } from 'obsidian';
import type { Talk } from '../core/model';
import { flashEditorLines } from '../editor/flash-lines';

/** Opens the talk's note at the talk's line, in the main area, and flashes the talk's lines. */
export async function openTalk(app: App, talk: Talk): Promise<void> {
	await openNoteAt(app, talk.file, talk.line, talk.endLine);
}

/**
 * Opens a note at a 1-based line (0 or less: the top) in the main area. With `endLine`, lines
 * `line`..`endLine` flash. A note that no longer exists gets a notice, not an error.
 */
export async function openNoteAt(app: App, path: string, line: number, endLine = line): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`Note not found: ${path}. It may have been renamed or deleted; the index catches up in a moment.`);
		return;
	}
	try {
		const leaf = mainAreaLeaf(app, file);
		const target = Math.max(0, line - 1);
		await leaf.openFile(file, { active: true, eState: line > 0 ? { line: target } : undefined });
		await app.workspace.revealLeaf(leaf);
		const view = leaf.view;
		if (!(view instanceof MarkdownView) || line <= 0) return;
		const editor = view.editor;
		// The note may have changed since it was indexed: never past its end.
		const pos = { line: Math.min(target, editor.lastLine()), ch: 0 };
		editor.setCursor(pos);
		editor.scrollIntoView({ from: pos, to: pos }, true);
		editor.focus();
		flashEditorLines(editor, { from: pos.line + 1, to: pos.line + 1 + Math.max(0, endLine - line) });
	} catch (error) {
		console.error('Conference talks: could not open the note', error);
		new Notice(`Could not open ${path}.`);
	}
}

/**
 * A main-area leaf for `file`: a tab already showing it; else the most recent main-area tab
 * (unless pinned); else a new tab. Never a sidebar leaf: `getLeaf(false)` called while the
 * explorer is active could answer with the sidebar itself.
 */
export function mainAreaLeaf(app: App, file?: TFile): WorkspaceLeaf {
	const workspace = app.workspace;
	const main: WorkspaceLeaf[] = [];
	workspace.iterateRootLeaves((leaf) => {
		main.push(leaf);
	});
	const showing = file ? main.find((leaf) => leaf.view instanceof MarkdownView && leaf.view.file === file) : undefined;
	if (showing) return showing;
	const recent = workspace.getMostRecentLeaf(workspace.rootSplit);
	if (recent && recent.getRoot() === workspace.rootSplit && !recent.getViewState().pinned) return recent;
	return workspace.getLeaf('tab');
}

/** Follows a link of a talk (a wikilink target) from its note, in the main area. */
export async function openLinkFrom(app: App, link: string, sourcePath: string): Promise<void> {
	try {
		const leaf = mainAreaLeaf(app);
		// Make the main-area leaf the active one, so openLinkText's own leaf choice lands there.
		app.workspace.setActiveLeaf(leaf, { focus: false });
		await app.workspace.openLinkText(link, sourcePath, false);
	} catch (error) {
		console.error('Conference talks: could not open the link', error);
		new Notice(`Could not open ${link}.`);
	}
}
