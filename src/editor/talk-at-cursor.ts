/**
 * The talk under the cursor of an Obsidian `Editor`, found in the text the editor shows now
 * (not the text the index last saw), so commands act on the right line while edits are unsaved.
 */
import type { Editor } from 'obsidian';
import type { TalkIndexApi } from '../core/index/index-api';
import type { Talk } from '../core/model';
import { findTalkRanges, rangeAtLine, type LineSource, type TalkRange } from './talk-ranges';

/** A talk and where its line is in the editor now. */
export interface TalkInEditor {
	readonly talk: Talk;
	/** Its range in the editor's text (1-based lines). */
	readonly range: TalkRange;
}

/** The innermost talk holding the cursor, or undefined when the cursor is in no indexed talk. */
export function talkAtCursor(index: TalkIndexApi, path: string, editor: Editor): TalkInEditor | undefined {
	const talks = index.talksIn(path);
	if (talks.length === 0) return undefined;
	const range = rangeAtLine(findTalkRanges(editorLines(editor), talks), editor.getCursor('head').line + 1);
	const talk = range && talks.find((candidate) => candidate.id === range.talkId);
	return talk && range ? { talk, range } : undefined;
}

/** An Editor as a LineSource (1-based lines, like CodeMirror's Text). */
export function editorLines(editor: Editor): LineSource {
	return {
		lines: editor.lineCount(),
		line: (n) => {
			const text = editor.getLine(n - 1);
			const from = editor.posToOffset({ line: n - 1, ch: 0 });
			return { from, to: from + text.length, text };
		},
	};
}
