/**
 * Draws a ```talks block from its parse and view-model. Text only through createEl/setText (talk
 * titles and names come from notes and may hold anything), no innerHTML.
 */
import type { TalksBlockError } from '../core/code-block-query';
import type { TalksBlockModel } from '../core/code-block-model';
import type { Talk } from '../core/model';

/** What the rows call back. */
export interface TalksBlockHandlers {
	/** A row's title was clicked. */
	onOpen(talk: Talk, evt: MouseEvent): void;
	/** The pointer entered a row (page preview with Mod). */
	onHover(talk: Talk, evt: MouseEvent, rowEl: HTMLElement): void;
}

/** Replaces `el`'s content with the block: errors, unknown names, grouped rows, a "more" line. */
export function renderTalksBlock(el: HTMLElement, errors: readonly TalksBlockError[], model: TalksBlockModel, handlers: TalksBlockHandlers): void {
	el.empty();
	el.addClass('ct-block');
	if (errors.length > 0 || model.missing.length > 0) {
		const problems = el.createDiv({ cls: 'ct-block-problems' });
		for (const error of errors) problems.createDiv({ cls: 'ct-block-error', text: error.message });
		for (const message of model.missing) problems.createDiv({ cls: 'ct-block-missing', text: message });
	}
	if (model.total === 0) {
		el.createDiv({ cls: 'ct-block-empty', text: 'No talks match.' });
		return;
	}
	for (const group of model.groups) {
		if (group.label) {
			const header = el.createDiv({ cls: 'ct-block-group' });
			header.createSpan({ cls: 'ct-block-group-label', text: group.label });
			if (group.detail) header.createSpan({ cls: 'ct-block-group-detail', text: group.detail });
		}
		const list = el.createEl('ul', { cls: 'ct-block-list' });
		for (const row of group.rows) renderRow(list, row.talk, handlers);
	}
	if (model.shown < model.total) {
		el.createDiv({ cls: 'ct-block-more', text: `Showing ${model.shown} of ${model.total}. Raise "limit" or open the explorer for the rest.` });
	}
}

function renderRow(list: HTMLElement, talk: Talk, handlers: TalksBlockHandlers): void {
	const row = list.createEl('li', { cls: 'ct-block-row', attr: { 'data-talk-id': talk.id } });
	const title = row.createEl('a', { cls: 'ct-block-title', text: talk.title, href: '#' });
	title.addEventListener('click', (evt) => {
		evt.preventDefault();
		handlers.onOpen(talk, evt);
	});
	if (talk.kind !== 'talk') row.createSpan({ cls: ['ct-block-kind', `is-${talk.kind}`], text: talk.kind });
	const meta = [talk.speakers.map((speaker) => speaker.name).join(', '), talk.conference, talk.date].filter((part) => part !== '').join(' · ');
	if (meta) row.createSpan({ cls: 'ct-block-meta', text: meta });
	row.addEventListener('mouseover', (evt) => handlers.onHover(talk, evt, row));
}
