/**
 * Which note an editor shows. In Obsidian that is `editorInfoField` (a state field holding the
 * MarkdownView or embed); outside Obsidian (the browser demo, tests) there is no such field, so
 * an editor can say it with the `talksNotePath` facet instead.
 */
import { Facet, type EditorState } from '@codemirror/state';
import { editorInfoField } from 'obsidian';

/** The note path for editors that have no Obsidian `editorInfoField` (demo and tests). */
export const talksNotePath = Facet.define<string, string | null>({ combine: (values) => values[0] ?? null });

/** The vault path of the note shown: `editorInfoField` when Obsidian provides it, else the facet. */
export function notePathOf(state: EditorState): string | null {
	// A stand-in `obsidian` module may not have the field at all; the real one always does.
	const field = (editorInfoField as typeof editorInfoField | undefined) ?? undefined;
	if (field) {
		try {
			const path = state.field(field, false)?.file?.path;
			if (typeof path === 'string') return path;
		} catch {
			// An editor built by another host (or a different CodeMirror copy): use the facet.
		}
	}
	return state.facet(talksNotePath);
}
