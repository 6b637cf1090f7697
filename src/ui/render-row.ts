/** One talk row: chevron, highlighted title, clickable speakers, conference, date, topics, counts; details when expanded. */
import { setIcon } from 'obsidian';
import type { Grouping } from '../core/index/index-api';
import type { ExplorerHandlers } from './explorer-handlers';
import { renderHighlighted } from './render-highlight';
import { kindLabel } from './screen-cards';
import type { RowView } from './screen-types';

const SAFE_URL = /^(https?|mailto|obsidian):/i;

/** Draws a row into `parent`; `focusable` makes it the list's tab stop (roving focus). */
export function renderRow(parent: HTMLElement, row: RowView, grouping: Grouping, handlers: ExplorerHandlers, focusable: boolean): HTMLElement {
	const talk = row.talk;
	const el = parent.createDiv({
		cls: row.expanded ? ['ct-row', 'is-expanded'] : 'ct-row',
		attr: { 'data-talk-id': talk.id, role: 'treeitem', tabindex: focusable ? 0 : -1, 'aria-expanded': row.expanded ? 'true' : 'false' },
	});
	const main = el.createDiv('ct-row-main');
	const chevron = main.createDiv({ cls: ['ct-chevron', 'clickable-icon'], attr: { 'aria-label': row.expanded ? 'Collapse' : 'Expand' } });
	setIcon(chevron, row.expanded ? 'chevron-down' : 'chevron-right');
	chevron.addEventListener('click', (evt) => {
		evt.stopPropagation();
		handlers.onToggleRow(talk.id);
	});
	const body = main.createDiv('ct-row-body');
	const titleLine = body.createDiv('ct-row-title');
	if (talk.kind !== 'talk') titleLine.createSpan({ cls: 'ct-kind', text: kindLabel(talk.kind) });
	const title = titleLine.createSpan({ cls: 'ct-title', attr: { title: `Open ${talk.file} at line ${talk.line}` } });
	renderHighlighted(title, talk.title, row.highlight);
	title.addEventListener('click', () => handlers.onOpenTalk(talk.id));
	renderMeta(body, row, grouping, handlers);
	renderTags(body, row, handlers);
	if (row.expanded) renderDetails(el, row, handlers);
	return el;
}

function renderMeta(body: HTMLElement, row: RowView, grouping: Grouping, handlers: ExplorerHandlers): void {
	const talk = row.talk;
	const meta = body.createDiv('ct-row-meta');
	const parts: Array<(el: HTMLElement) => void> = [];
	if (row.speakers.length > 0) {
		parts.push((el) => {
			const list = el.createSpan('ct-speakers');
			row.speakers.forEach((speaker, i) => {
				if (i > 0) list.appendText(', ');
				const span = list.createSpan({ cls: speaker.id ? ['ct-speaker', 'ct-link'] : 'ct-speaker' });
				renderHighlighted(span, speaker.name, row.highlight);
				if (speaker.moderator) span.createSpan({ cls: 'ct-role', text: ' (moderator)' });
				const speakerId = speaker.id;
				if (speakerId) {
					span.setAttr('aria-label', `Show talks by ${speaker.name}`);
					span.addEventListener('click', () => handlers.onAddFilter('speakers', speakerId));
				}
			});
		});
	}
	// The group header already says the conference (or the date) when grouped by it.
	const conferenceId = row.conferenceId;
	if (talk.conference !== '' && grouping !== 'conference') {
		parts.push((el) => {
			const span = el.createSpan({ cls: conferenceId ? ['ct-conference', 'ct-link'] : 'ct-conference', text: talk.conference });
			if (conferenceId) span.addEventListener('click', () => handlers.onAddFilter('conferences', conferenceId));
		});
	}
	if (talk.date !== '' && grouping !== 'date') parts.push((el) => el.createSpan({ cls: 'ct-date', text: talk.date }));
	parts.forEach((draw, i) => {
		if (i > 0) meta.createSpan({ cls: 'ct-sep', text: ' · ' });
		draw(meta);
	});
	if (parts.length === 0) meta.remove();
}

function renderTags(body: HTMLElement, row: RowView, handlers: ExplorerHandlers): void {
	const talk = row.talk;
	if (row.topics.length === 0 && talk.images.length === 0 && talk.links.length === 0) return;
	const line = body.createDiv('ct-row-tags');
	for (const topic of row.topics) {
		const chip = line.createSpan({ cls: ['ct-topic', 'ct-link'], text: topic.name, attr: { 'aria-label': `Show talks about ${topic.name}` } });
		chip.addEventListener('click', () => handlers.onAddFilter('topics', topic.id));
	}
	if (talk.images.length > 0) counter(line, 'image', talk.images.length, talk.images.length === 1 ? '1 image' : `${talk.images.length} images`);
	if (talk.links.length > 0) counter(line, 'link', talk.links.length, talk.links.length === 1 ? '1 link' : `${talk.links.length} links`);
}

function counter(parent: HTMLElement, icon: string, count: number, label: string): void {
	const el = parent.createSpan({ cls: 'ct-count', attr: { 'aria-label': label } });
	setIcon(el.createSpan('ct-count-icon'), icon);
	el.createSpan({ text: String(count) });
}

function renderDetails(el: HTMLElement, row: RowView, handlers: ExplorerHandlers): void {
	const talk = row.talk;
	const details = el.createDiv('ct-row-details');
	const notes = details.createDiv({ cls: ['ct-notes', 'markdown-rendered'] });
	if (talk.notes.trim() === '') notes.createDiv({ cls: 'ct-muted', text: 'No notes for this talk.' });
	else handlers.renderNotes(notes, talk.id);
	if (talk.links.length === 0) return;
	const links = details.createDiv('ct-links');
	for (const link of talk.links) {
		// Only web, mail and obsidian links become hrefs: a `javascript:` link in a note stays text.
		if (SAFE_URL.test(link)) {
			links.createEl('a', { cls: ['ct-link-item', 'external-link'], text: link, href: link, attr: { target: '_blank', rel: 'noopener' } });
		} else if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
			links.createSpan({ cls: 'ct-link-item', text: link });
		} else {
			const a = links.createEl('a', { cls: ['ct-link-item', 'internal-link'], text: link, href: '#' });
			a.addEventListener('click', (evt) => {
				evt.preventDefault();
				handlers.onOpenLink(link, talk.file);
			});
		}
	}
}
