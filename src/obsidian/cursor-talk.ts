/**
 * "Follow cursor": the editor reports the talk under the cursor, the explorer highlights it.
 * The two never hold each other: the report travels as a workspace event, which the explorer
 * subscribes to with `registerEvent(onCursorTalk(app.workspace, ...))`, so it is cleaned up with
 * the view.
 */
import type { EventRef, Workspace } from 'obsidian';

/** The workspace event's name (namespaced: workspace events are shared by every plugin). */
export const CURSOR_TALK_EVENT = 'conference-talks:cursor-talk';

/** What the event carries. */
export interface CursorTalk {
	/** The talk the cursor is in, or null when it left every talk. */
	readonly talkId: string | null;
	/** Vault path of the note the cursor is in. */
	readonly file: string;
}

/** Workspace events with any name: the typed overloads of `Workspace.on` only list Obsidian's own. */
interface AnyEvents {
	on(name: string, callback: (...data: unknown[]) => unknown): EventRef;
	trigger(name: string, ...data: unknown[]): void;
}

/** Tells listeners where the cursor is now. */
export function emitCursorTalk(workspace: Workspace, event: CursorTalk): void {
	(workspace as unknown as AnyEvents).trigger(CURSOR_TALK_EVENT, event);
}

/** Listens for the cursor's talk; pass the result to `registerEvent`. */
export function onCursorTalk(workspace: Workspace, listener: (event: CursorTalk) => void): EventRef {
	return (workspace as unknown as AnyEvents).on(CURSOR_TALK_EVENT, (data) => {
		if (isCursorTalk(data)) listener(data);
	});
}

function isCursorTalk(data: unknown): data is CursorTalk {
	if (!data || typeof data !== 'object') return false;
	const { talkId, file } = data as Record<string, unknown>;
	return (talkId === null || typeof talkId === 'string') && typeof file === 'string';
}
