/** The explorer's header below the search field: summary, grouping switch, kind dropdown, filter chips. */
import { setIcon } from 'obsidian';
import type { Grouping } from '../core/index/index-api';
import type { ExplorerHandlers } from './explorer-handlers';
import { GROUPINGS, TALK_KINDS } from './explorer-state';
import { kindLabel } from './screen-cards';
import type { ExplorerScreen } from './screen-types';

const GROUP_LABELS: Record<Grouping, string> = { conference: 'Conference', speaker: 'Speaker', topic: 'Topic', date: 'Date' };

/** Summary and the controls; chips when any filter is set. */
export function renderHeader(parent: HTMLElement, screen: ExplorerScreen, handlers: ExplorerHandlers): void {
	const toolbar = parent.createDiv('ct-toolbar');
	const summary = toolbar.createDiv({ cls: 'ct-summary', text: screen.summary, attr: { 'aria-live': 'polite' } });
	if (screen.status.detail) summary.setAttr('title', screen.status.detail);
	const controls = toolbar.createDiv('ct-controls');
	renderGrouping(controls, screen.state.group, handlers);
	renderKindSelect(controls, screen, handlers);
	if (screen.chips.length > 0) renderChips(parent, screen, handlers);
}

function renderGrouping(parent: HTMLElement, current: Grouping, handlers: ExplorerHandlers): void {
	const group = parent.createDiv({ cls: 'ct-grouping', attr: { role: 'radiogroup', 'aria-label': 'Group by' } });
	group.createSpan({ cls: 'ct-grouping-label', text: 'Group by' });
	for (const grouping of GROUPINGS) {
		const selected = grouping === current;
		const button = group.createEl('button', {
			cls: selected ? ['ct-group-button', 'is-active'] : 'ct-group-button',
			text: GROUP_LABELS[grouping],
			attr: { role: 'radio', 'aria-checked': selected ? 'true' : 'false', 'data-group': grouping, 'data-focus-key': `group:${grouping}` },
		});
		button.addEventListener('click', () => {
			if (!selected) handlers.onGroup(grouping);
		});
	}
}

function renderKindSelect(parent: HTMLElement, screen: ExplorerScreen, handlers: ExplorerHandlers): void {
	const chosen: readonly string[] = screen.state.filters.kinds;
	const select = parent.createEl('select', { cls: ['dropdown', 'ct-kind-select'], attr: { 'aria-label': 'Filter by kind', 'data-focus-key': 'kind-select' } });
	select.createEl('option', { text: 'Any kind', value: '' });
	for (const kind of TALK_KINDS) {
		if (!chosen.includes(kind)) select.createEl('option', { text: kindLabel(kind), value: kind });
	}
	select.value = '';
	select.addEventListener('change', () => {
		const kind = select.value;
		if (kind !== '') handlers.onAddFilter('kinds', kind);
	});
}

function renderChips(parent: HTMLElement, screen: ExplorerScreen, handlers: ExplorerHandlers): void {
	const chips = parent.createDiv({ cls: 'ct-chips', attr: { 'aria-label': 'Filters' } });
	for (const chip of screen.chips) {
		const el = chips.createDiv({ cls: ['ct-chip', `ct-chip-${chip.kind}`], attr: { 'data-kind': chip.kind, 'data-value': chip.value } });
		el.createSpan({ cls: 'ct-chip-label', text: chip.label });
		const remove = el.createEl('button', { cls: ['ct-chip-remove', 'clickable-icon'], attr: { 'aria-label': `Remove filter ${chip.label}` } });
		setIcon(remove, 'x');
		remove.addEventListener('click', () => handlers.onRemoveFilter(chip.kind, chip.value));
	}
	if (screen.chips.length > 1) {
		const clear = chips.createEl('button', { cls: 'ct-clear-filters', text: 'Clear all' });
		clear.addEventListener('click', () => handlers.onClearFilters());
	}
}
