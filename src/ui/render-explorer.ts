/**
 * The explorer's DOM from its screen model. Calling it again re-draws everything except the
 * search field, which stays the same element so typing keeps focus and caret; focus inside
 * the list and its scroll position survive the re-draw.
 */
import type { ExplorerHandlers } from './explorer-handlers';
import { renderCards } from './render-cards';
import { renderEmpty } from './render-empty';
import { renderHeader } from './render-header';
import { renderRow } from './render-row';
import { renderStatus } from './render-status';
import { attachRovingFocus, focusFirstRow } from './roving-focus';
import type { ExplorerScreen, GroupView } from './screen-types';

/** The long-lived elements of one explorer. */
interface Frame {
	readonly root: HTMLElement;
	readonly search: HTMLInputElement;
	readonly head: HTMLElement;
	readonly list: HTMLElement;
	/** What the list showed last (query, grouping, filters): a new list starts at the top. */
	listKey: string;
}

const frames = new WeakMap<HTMLElement, Frame>();
const currentHandlers = new WeakMap<HTMLElement, ExplorerHandlers>();

/** Draws (or re-draws) the explorer into `el`. */
export function renderExplorer(el: HTMLElement, screen: ExplorerScreen, handlers: ExplorerHandlers): void {
	const frame = frameOf(el);
	currentHandlers.set(frame.root, handlers);
	if (!frame.search.isActiveElement() && frame.search.value !== screen.state.query) frame.search.value = screen.state.query;
	const focusKey = focusedKey(frame.root);
	const listKey = JSON.stringify([screen.state.query.trim(), screen.state.group, screen.state.filters]);
	const scrollTop = listKey === frame.listKey ? frame.list.scrollTop : 0;
	frame.listKey = listKey;
	frame.head.empty();
	renderHeader(frame.head, screen, handlers);
	renderStatus(frame.head, screen, handlers);
	frame.list.empty();
	renderCards(frame.list, screen.cards, handlers);
	if (screen.empty) renderEmpty(frame.list, screen.empty, handlers);
	else renderGroups(frame.list, screen, handlers);
	frame.list.scrollTop = scrollTop;
	if (focusKey) restoreFocus(frame.root, focusKey);
}

/** The search field of an explorer drawn into `el` (for the view to focus it). */
export function searchInputOf(el: HTMLElement): HTMLInputElement | null {
	return frames.get(el)?.search ?? null;
}

function frameOf(el: HTMLElement): Frame {
	const existing = frames.get(el);
	if (existing && existing.root.parentElement === el) return existing;
	el.empty();
	el.addClass('ct-view');
	const root = el.createDiv('ct-explorer');
	const top = root.createDiv('ct-top');
	const box = top.createDiv({ cls: ['search-input-container', 'ct-search-box'] });
	const search = box.createEl('input', { cls: 'ct-search', type: 'search', placeholder: 'Search talks, speakers, topics...', attr: { 'aria-label': 'Search talks', spellcheck: 'false', enterkeyhint: 'search' } });
	const head = top.createDiv('ct-head');
	const list = root.createDiv({ cls: 'ct-list', attr: { role: 'tree', 'aria-label': 'Talks' } });
	const handlers = () => currentHandlers.get(root) as ExplorerHandlers;
	search.addEventListener('input', () => handlers().onQuery(search.value, false));
	search.addEventListener('keydown', (evt) => {
		if (evt.key === 'Escape' && search.value !== '') {
			search.value = '';
			handlers().onQuery('', true);
		} else if (evt.key === 'Enter') {
			handlers().onQuery(search.value, true);
		} else if (evt.key === 'ArrowDown') {
			if (!focusFirstRow(list)) return;
		} else return;
		evt.preventDefault();
		evt.stopPropagation();
	});
	attachRovingFocus(list, handlers, () => search.focus());
	const frame = { root, search, head, list, listKey: '' };
	frames.set(el, frame);
	return frame;
}

function renderGroups(list: HTMLElement, screen: ExplorerScreen, handlers: ExplorerHandlers): void {
	let first = true;
	for (const group of screen.groups) {
		const el = list.createDiv({ cls: 'ct-group', attr: { 'data-group-key': group.key } });
		renderGroupHeader(el, group, handlers);
		const rows = el.createDiv({ cls: 'ct-group-rows', attr: { role: 'group' } });
		for (const row of group.rows) {
			const rowEl = renderRow(rows, row, screen.state.group, handlers, first);
			rowEl.setAttr('data-focus-key', `row:${group.key}:${row.talk.id}`);
			first = false;
		}
	}
	if (screen.shownRows < screen.totalRows) {
		const more = list.createEl('button', { cls: 'ct-show-more', text: `Show more (${screen.totalRows - screen.shownRows} left)`, attr: { 'data-focus-key': 'show-more' } });
		more.addEventListener('click', () => handlers.onShowMore());
	}
}

function renderGroupHeader(parent: HTMLElement, group: GroupView, handlers: ExplorerHandlers): void {
	const header = parent.createDiv('ct-group-header');
	const label = header.createSpan({ cls: 'ct-group-label', text: group.label });
	const filter = group.filter;
	if (filter) {
		label.addClass('ct-link');
		label.setAttr('aria-label', `Only ${group.label}`);
		label.addEventListener('click', () => handlers.onAddFilter(filter.kind, filter.value));
	}
	if (group.detail !== '') header.createSpan({ cls: 'ct-group-detail', text: group.detail });
	header.createSpan({ cls: 'ct-group-count', text: String(group.count) });
}

/** A key for the focused element, when it is one the re-draw will recreate. */
function focusedKey(root: HTMLElement): string | null {
	const active = root.doc.activeElement;
	if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
	if (active.matches('.ct-search')) return null;
	return active.closest('[data-focus-key]')?.getAttribute('data-focus-key') ?? null;
}

function restoreFocus(root: HTMLElement, key: string): void {
	const target = Array.from(root.querySelectorAll<HTMLElement>('[data-focus-key]')).find((el) => el.getAttribute('data-focus-key') === key);
	if (!target) return;
	if (target.matches('.ct-row')) for (const row of Array.from(root.querySelectorAll<HTMLElement>('.ct-row'))) row.setAttr('tabindex', row === target ? 0 : -1);
	target.focus({ preventScroll: true });
}
