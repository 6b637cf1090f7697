/** The speaker and topic cards: who (or what) the filters single out, with a way to the person note. */
import { setIcon } from 'obsidian';
import type { ExplorerHandlers } from './explorer-handlers';
import type { EntityCard } from './screen-types';

/** Draws every card (one per single speaker or topic filter). */
export function renderCards(parent: HTMLElement, cards: readonly EntityCard[], handlers: ExplorerHandlers): void {
	for (const card of cards) renderCard(parent, card, handlers);
}

function renderCard(parent: HTMLElement, card: EntityCard, handlers: ExplorerHandlers): void {
	const el = parent.createDiv({ cls: ['ct-card', `ct-card-${card.kind}`], attr: { 'data-id': card.id } });
	const head = el.createDiv('ct-card-head');
	setIcon(head.createSpan('ct-card-icon'), card.kind === 'speaker' ? 'user' : 'tag');
	head.createDiv({ cls: 'ct-card-name', text: card.name });
	const close = head.createEl('button', { cls: ['ct-card-close', 'clickable-icon'], attr: { 'aria-label': card.kind === 'speaker' ? 'Show all speakers' : 'Show all topics' } });
	setIcon(close, 'x');
	close.addEventListener('click', () => handlers.onRemoveFilter(card.kind === 'speaker' ? 'speakers' : 'topics', card.id));
	if (card.affiliations.length > 0) el.createDiv({ cls: 'ct-card-line', text: card.affiliations.join(', ') });
	if (card.aliases.length > 0) el.createDiv({ cls: ['ct-card-line', 'ct-muted'], text: `Also written ${card.aliases.join(', ')}` });
	el.createDiv({ cls: ['ct-card-line', 'ct-muted'], text: card.counts });
	const personNote = card.personNote;
	if (personNote) {
		const link = el.createEl('a', { cls: ['ct-card-note', 'internal-link'], text: 'Open person note', href: '#', attr: { 'data-href': personNote } });
		link.addEventListener('click', (evt) => {
			evt.preventDefault();
			handlers.onOpenFile(personNote, 0);
		});
	}
	if (card.conferences.length > 0) {
		const list = el.createDiv('ct-card-conferences');
		for (const conference of card.conferences) {
			const item = list.createDiv('ct-card-conference');
			const name = item.createSpan({ cls: ['ct-conference', 'ct-link'], text: conference.name });
			name.addEventListener('click', () => handlers.onAddFilter('conferences', conference.id));
			if (conference.dates !== '') item.createSpan({ cls: 'ct-date', text: conference.dates });
		}
	}
}
