/**
 * Wires the editor extension to the services: the index, the `editorMarks` and `followCursor`
 * settings (read live), the explorer for clicks on marks, and the cursor-talk event.
 */
import type { Plugin } from 'obsidian';
import type { TalkIndexApi } from '../core/index/index-api';
import type { TalksSettings } from '../core/settings';
import { emitCursorTalk } from '../obsidian/cursor-talk';
import { revealExplorer } from '../ui/reveal-explorer';
import { notePathOf } from './note-path';
import { talksEditorExtension } from './talks-editor-extension';

/** What the editor needs from the services. */
export interface EditorServices {
	readonly index: TalkIndexApi;
	readonly settings: {
		get(): TalksSettings;
		onChange(listener: (next: TalksSettings, previous: TalksSettings) => void): () => void;
	};
}

/** Registers the talk marks and cursor following in every Markdown editor. */
export function registerTalksEditor(plugin: Plugin, services: EditorServices): void {
	const { app } = plugin;
	plugin.registerEditorExtension(
		talksEditorExtension({
			index: services.index,
			filePath: notePathOf,
			marksEnabled: () => services.settings.get().editorMarks,
			followCursor: () => services.settings.get().followCursor,
			onSettingsChange: (listener) =>
				services.settings.onChange((next, previous) => {
					if (next.editorMarks !== previous.editorMarks || next.followCursor !== previous.followCursor) listener();
				}),
			reveal: (talkId) => void revealExplorer(app, { focusTalkId: talkId }),
			onCursorTalk: (talkId, file) => emitCursorTalk(app.workspace, { talkId, file }),
		}),
	);
}
