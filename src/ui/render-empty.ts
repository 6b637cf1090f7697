/** Empty states that say what to do next: where daily notes were looked for, how a talk is written, which filter to drop. */
import type { ExplorerHandlers } from './explorer-handlers';
import { plural } from './format';
import type { EmptyState } from './screen-types';

/** Three lines of the note format: a conference, a talk with its speaker, a note under it. */
export const EXAMPLE_NOTE = '[[Strange Loop 2023]]\n- Fast Queues ~ Ada Byron\n\t- notes about the talk go here';

/** Draws the empty state in place of the rows. */
export function renderEmpty(parent: HTMLElement, empty: EmptyState, handlers: ExplorerHandlers): void {
	const el = parent.createDiv({ cls: ['ct-empty', `ct-empty-${empty.kind}`] });
	switch (empty.kind) {
		case 'loading':
			el.createDiv({ cls: 'ct-empty-title', text: empty.message });
			return;
		case 'no-daily-notes': {
			el.createDiv({ cls: 'ct-empty-title', text: 'No daily notes found' });
			const where = el.createEl('p');
			where.appendText('Looked in ');
			where.createEl('code', { text: empty.folder === '' ? 'the vault root' : `${empty.folder}/` });
			where.appendText(' for notes named ');
			where.createEl('code', { text: `${empty.format}.md` });
			where.appendText('.');
			el.createEl('p', { text: 'The folder and format come from the daily notes settings; this plugin\'s settings can override them or add folders.' });
			settingsButton(el, handlers);
			return;
		}
		case 'no-talks': {
			el.createDiv({ cls: 'ct-empty-title', text: 'No talks yet' });
			el.createEl('p', { text: 'Write a conference and its talks in a daily note, like this:' });
			el.createEl('pre', { cls: 'ct-example' }).createEl('code', { text: EXAMPLE_NOTE });
			el.createEl('p', { text: 'A line under the conference with a speaker, a kind (keynote, panel, ...) or notes below it is a talk.' });
			settingsButton(el, handlers);
			return;
		}
		case 'no-results': {
			el.createDiv({ cls: 'ct-empty-title', text: empty.query !== '' ? `No talks match "${empty.query}"` : 'No talks match these filters' });
			if (empty.filters > 0) {
				el.createEl('p', { text: `Try removing a filter (${plural(empty.filters, 'filter')} set).` });
				const clear = el.createEl('button', { cls: ['mod-cta', 'ct-empty-clear'], text: 'Clear filters' });
				clear.addEventListener('click', () => handlers.onClearFilters());
			} else {
				el.createEl('p', { text: 'Try fewer or shorter words; names, titles, topics and notes are searched.' });
			}
			if (empty.query !== '') {
				const clearSearch = el.createEl('button', { cls: 'ct-empty-clear-search', text: 'Clear search' });
				clearSearch.addEventListener('click', () => handlers.onQuery('', true));
			}
			return;
		}
	}
}

function settingsButton(parent: HTMLElement, handlers: ExplorerHandlers): void {
	const button = parent.createEl('button', { cls: 'ct-empty-settings', text: 'Open settings' });
	button.addEventListener('click', () => handlers.onOpenSettings());
}
