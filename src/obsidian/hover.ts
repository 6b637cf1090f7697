/**
 * Page previews of talks: hovering a talk row (explorer, ```talks blocks) with Mod shows the
 * note scrolled to the talk, through Obsidian's "Page preview" core plugin.
 */
import type { App, HoverParent, Plugin } from 'obsidian';
import type { Talk } from '../core/model';

/** The hover link source id (listed under Page preview's settings as "Conference talks"). */
export const TALK_HOVER_SOURCE = 'conference-talks';

/** Registers the hover source; Mod is needed by default, as for Obsidian's own views. */
export function registerTalkHover(plugin: Plugin): void {
	plugin.registerHoverLinkSource(TALK_HOVER_SOURCE, { display: 'Conference talks', defaultMod: true });
}

/**
 * Asks for a page preview of a talk's note at the talk's line. Call it from a row's `mouseover`;
 * `hoverParent` is the view or component that owns the row (it keeps the popover).
 */
export function triggerTalkHover(app: App, event: MouseEvent, talk: Talk, targetEl: HTMLElement, hoverParent: HoverParent): void {
	app.workspace.trigger('hover-link', {
		event,
		source: TALK_HOVER_SOURCE,
		hoverParent,
		targetEl,
		// The path comes from the index, never from the row's DOM.
		linktext: talk.file,
		sourcePath: talk.file,
		// 0-based, like eState.line.
		state: { scroll: Math.max(0, talk.line - 1) },
	});
}
