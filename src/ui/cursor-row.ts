/** "Follow cursor": the row of the talk the editor's cursor is in, marked in the explorer's list. */

/** Marks the rows of `talkId` (none for null); with `reveal`, scrolls the first into view when it is out of sight. */
export function markCursorRow(container: HTMLElement, talkId: string | null, reveal: boolean): void {
	let first: HTMLElement | null = null;
	for (const row of Array.from(container.querySelectorAll<HTMLElement>('.ct-row'))) {
		const on = talkId !== null && row.getAttribute('data-talk-id') === talkId;
		row.toggleClass('is-cursor', on);
		if (on && !first) first = row;
	}
	// Scrolling the list while the user types in the note is only worth it when the row is out of sight.
	if (reveal && first && !partlyVisible(first)) first.scrollIntoView({ block: 'nearest' });
}

/** Whether any of the row shows in its scrolling list (jsdom, without layout, says yes: no scrolling there). */
function partlyVisible(row: HTMLElement): boolean {
	const list = row.closest('.ct-list');
	if (!list || typeof row.scrollIntoView !== 'function') return true;
	const a = row.getBoundingClientRect();
	const b = list.getBoundingClientRect();
	if (a.height === 0 && b.height === 0) return true;
	return a.bottom > b.top && a.top < b.bottom;
}
