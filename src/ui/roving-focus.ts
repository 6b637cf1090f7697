/**
 * Keyboard use of the talk list: one row is the tab stop (roving tabindex); arrows move
 * between rows, Home and End jump, Right/Left/Space expand and collapse, Enter opens.
 */
import type { ExplorerHandlers } from './explorer-handlers';

const ROW = '.ct-row';

/** Listens on the list's container; `handlers()` gives the current callbacks (they change per render). */
export function attachRovingFocus(container: HTMLElement, handlers: () => ExplorerHandlers, onEscape: () => void): void {
	container.addEventListener('keydown', (evt) => {
		const row = evt.target instanceof HTMLElement && evt.target.matches(ROW) ? evt.target : null;
		if (!row) return;
		const id = row.getAttribute('data-talk-id') ?? '';
		const expanded = row.getAttribute('aria-expanded') === 'true';
		let handled = true;
		switch (evt.key) {
			case 'ArrowDown':
				moveFocus(container, row, 1);
				break;
			case 'ArrowUp':
				if (!moveFocus(container, row, -1)) onEscape();
				break;
			case 'Home':
				focusRow(container, rows(container)[0]);
				break;
			case 'End': {
				const all = rows(container);
				focusRow(container, all[all.length - 1]);
				break;
			}
			case 'ArrowRight':
				if (!expanded) handlers().onToggleRow(id);
				break;
			case 'ArrowLeft':
				if (expanded) handlers().onToggleRow(id);
				break;
			case ' ':
				handlers().onToggleRow(id);
				break;
			case 'Enter':
				handlers().onOpenTalk(id);
				break;
			case 'Escape':
				onEscape();
				break;
			default:
				handled = false;
		}
		if (handled) {
			evt.preventDefault();
			evt.stopPropagation();
		}
	});
	// A click on a row makes it the tab stop, so Tab comes back to where the user was.
	container.addEventListener('focusin', (evt) => {
		if (evt.target instanceof HTMLElement && evt.target.matches(ROW)) makeTabStop(container, evt.target);
	});
}

/** Focuses the first row; false when there is none. */
export function focusFirstRow(container: HTMLElement): boolean {
	const first = rows(container)[0];
	focusRow(container, first);
	return first !== undefined;
}

/** Focuses the first row of a talk (the tab stop now) and scrolls it to the middle; false when it is not drawn. */
export function focusRowById(container: HTMLElement, talkId: string): boolean {
	const row = rows(container).find((el) => el.getAttribute('data-talk-id') === talkId);
	if (!row) return false;
	makeTabStop(container, row);
	row.focus();
	if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
	return true;
}

/** Gives `row` the only tabindex 0 in the list. */
export function makeTabStop(container: HTMLElement, row: HTMLElement): void {
	for (const other of rows(container)) other.setAttr('tabindex', other === row ? 0 : -1);
}

function rows(container: HTMLElement): HTMLElement[] {
	return Array.from(container.querySelectorAll<HTMLElement>(ROW));
}

function moveFocus(container: HTMLElement, from: HTMLElement, step: number): boolean {
	const all = rows(container);
	const next = all[all.indexOf(from) + step];
	focusRow(container, next);
	return next !== undefined;
}

function focusRow(container: HTMLElement, row: HTMLElement | undefined): void {
	if (!row) return;
	makeTabStop(container, row);
	row.focus();
	// jsdom has no layout and no scrollIntoView; browsers keep the row in view.
	if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' });
}
