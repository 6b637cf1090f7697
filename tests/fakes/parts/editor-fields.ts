/**
 * Obsidian's CodeMirror state fields for its editors: `editorInfoField` (the MarkdownView or
 * other MarkdownFileInfo an editor belongs to), `editorEditorField` (the EditorView itself) and
 * `editorLivePreviewField`. Obsidian fills them when it builds an editor (`field.init(...)`);
 * an EditorView built elsewhere has none of them, so `state.field(field, false)` is undefined.
 */
import { StateField } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { MarkdownFileInfo } from 'obsidian';

/** The MarkdownFileInfo (usually the MarkdownView) an editor shows; set by the host with `init`. */
export const editorInfoField = StateField.define<MarkdownFileInfo>({
	// Never read without `init`: a host that builds an editor provides the value.
	create: () => null as unknown as MarkdownFileInfo,
	update: (value) => value,
});

/** The EditorView of an editor; set by the host with `init`. */
export const editorEditorField = StateField.define<EditorView>({
	create: () => null as unknown as EditorView,
	update: (value) => value,
});

/** Whether the editor is in live preview (the fake's editors are source mode: false). */
export const editorLivePreviewField = StateField.define<boolean>({
	create: () => false,
	update: (value) => value,
});

/** Deprecated alias of `editorInfoField`, as in obsidian.d.ts. */
export const editorViewField = editorInfoField;
