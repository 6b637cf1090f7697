/**
 * The editor side of the plugin: in indexed notes, a subtle mark at the end of each talk line,
 * and the talk under the cursor reported for the explorer to highlight ("follow cursor").
 * Decorations come from the pure `findTalkRanges`; they are recomputed only when the document
 * or viewport changes, or when a `refreshTalks` effect says the index or settings changed.
 * A note with no talks costs one lookup per change and holds no decorations.
 */
import { StateEffect, type EditorState, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type PluginValue, type ViewUpdate } from '@codemirror/view';
import type { TalkIndexApi } from '../core/index/index-api';
import type { Talk } from '../core/model';
import { TalkMarkWidget, markData } from './talk-mark-widget';
import { findTalkRanges, rangeAtLine, type TalkRange } from './talk-ranges';

/** What the extension needs; all injected, so tests and the demo run it without Obsidian. */
export interface TalksEditorDeps {
	readonly index: TalkIndexApi;
	/** Vault path of the note an editor shows (Obsidian: `editorInfoField`); null when none. */
	readonly filePath: (state: EditorState) => string | null;
	/** Whether talk marks are shown; read at every recompute, so the setting applies live. */
	readonly marksEnabled: () => boolean;
	/** Whether the talk under the cursor is reported. */
	readonly followCursor: () => boolean;
	/** Subscribes to setting changes that affect the editor; returns the unsubscribe function. */
	readonly onSettingsChange?: (listener: () => void) => () => void;
	/** A mark was clicked. */
	readonly reveal: (talkId: string) => void;
	/** The cursor entered a talk (its id) or left all talks (null). */
	readonly onCursorTalk?: (talkId: string | null, path: string) => void;
}

/** Tells an editor to recompute its talk marks (the index or a setting changed). */
export const refreshTalks = StateEffect.define<null>();

/** Class of the line of a talk with a mark. */
export const TALK_LINE_CLASS = 'ct-editor-talk-line';

/** The editor extension: marks and cursor following, per the deps. */
export function talksEditorExtension(deps: TalksEditorDeps): Extension {
	return ViewPlugin.define((view) => new TalkMarks(view, deps), { decorations: (plugin) => plugin.decorations });
}

class TalkMarks implements PluginValue {
	decorations: DecorationSet = Decoration.none;
	private ranges: TalkRange[] = [];
	private talks = new Map<string, Talk>();
	private path: string | null = null;
	private cursorTalk: string | null = null;
	private readonly unsubscribe: Array<() => void> = [];
	private destroyed = false;

	constructor(
		private readonly view: EditorView,
		private readonly deps: TalksEditorDeps,
	) {
		this.recompute(view);
		this.unsubscribe.push(deps.index.onChange(() => this.requestRefresh()));
		if (deps.onSettingsChange) this.unsubscribe.push(deps.onSettingsChange(() => this.requestRefresh()));
	}

	update(update: ViewUpdate): void {
		const refreshed = update.transactions.some((tr) => tr.effects.some((effect) => effect.is(refreshTalks)));
		if (update.docChanged || update.viewportChanged || refreshed) this.recompute(update.view);
		if (update.selectionSet || update.docChanged || refreshed) this.reportCursor(update.state);
	}

	destroy(): void {
		this.destroyed = true;
		for (const off of this.unsubscribe.splice(0)) off();
	}

	private recompute(view: EditorView): void {
		this.path = this.deps.filePath(view.state);
		const marks = this.deps.marksEnabled();
		const talks = this.path !== null && (marks || this.deps.followCursor()) ? this.deps.index.talksIn(this.path) : [];
		if (talks.length === 0) {
			this.ranges = [];
			this.talks.clear();
			this.decorations = Decoration.none;
			return;
		}
		this.talks = new Map(talks.map((talk) => [talk.id, talk]));
		this.ranges = findTalkRanges(view.state.doc, talks);
		this.decorations = marks ? this.build(view) : Decoration.none;
	}

	/** Decorations for the talk lines in the viewport (CodeMirror draws nothing else anyway). */
	private build(view: EditorView): DecorationSet {
		const { from, to } = view.viewport;
		const out: Range<Decoration>[] = [];
		const reveal = (talkId: string) => this.deps.reveal(talkId);
		for (const range of this.ranges) {
			if (range.to < from || range.from > to) continue;
			const talk = this.talks.get(range.talkId);
			if (!talk) continue;
			out.push(Decoration.line({ class: TALK_LINE_CLASS }).range(range.from));
			out.push(Decoration.widget({ widget: new TalkMarkWidget(markData(talk), reveal), side: 1 }).range(range.to));
		}
		return Decoration.set(out, true);
	}

	private reportCursor(state: EditorState): void {
		if (!this.deps.onCursorTalk || this.path === null || !this.deps.followCursor()) return;
		const line = state.doc.lineAt(state.selection.main.head).number;
		const id = rangeAtLine(this.ranges, line)?.talkId ?? null;
		if (id === this.cursorTalk) return;
		this.cursorTalk = id;
		this.deps.onCursorTalk(id, this.path);
	}

	/** Index and settings changes arrive outside CodeMirror's update cycle; if not, try again shortly. */
	private requestRefresh(): void {
		if (this.destroyed) return;
		try {
			this.view.dispatch({ effects: refreshTalks.of(null) });
		} catch {
			window.setTimeout(() => {
				if (this.destroyed) return;
				try {
					this.view.dispatch({ effects: refreshTalks.of(null) });
				} catch (error) {
					console.error('Conference talks: could not refresh talk marks', error);
				}
			}, 0);
		}
	}
}
