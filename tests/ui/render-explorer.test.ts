/**
 * @jest-environment jsdom
 */
import '../fakes/dom-helpers';
import { note } from '../helpers/extract-builder';
import { PANEL_TITLE } from './seed-titles';
import { draw, press, recorder, screenOf, seedIndex } from './render-helpers';

afterEach(() => document.body.empty());

const titles = (el: HTMLElement) => Array.from(el.querySelectorAll('.ct-row .ct-title')).map((t) => t.textContent);

describe('renderExplorer: header', () => {
	it('summarises the vault with plurals, and the matches when narrowed', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(seedIndex()), handlers);
		expect(el.querySelector('.ct-summary')?.textContent).toBe('7 talks · 6 speakers · 1 conference');
		const narrowed = draw(screenOf(seedIndex(), { query: 'glauber' }), handlers);
		expect(narrowed.querySelector('.ct-summary')?.textContent).toBe('2 of 7 talks · 3 speakers · 1 conference');
		const one = seedIndex();
		for (const path of one.paths()) one.remove(path);
		one.upsert(note('2024-01-01.md', { conference: 'Solo Conf', talks: [{ title: 'Only Talk', speakers: ['Ada Byron'] }] }));
		expect(draw(screenOf(one), handlers).querySelector('.ct-summary')?.textContent).toBe('1 talk · 1 speaker · 1 conference');
	});

	it('offers the four groupings with the current one checked, and reports a switch', () => {
		const { handlers, calls } = recorder();
		const el = draw(screenOf(seedIndex(), { group: 'speaker' }), handlers);
		const buttons = Array.from(el.querySelectorAll<HTMLButtonElement>('.ct-group-button'));
		expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-checked')])).toEqual([
			['Conference', 'false'],
			['Speaker', 'true'],
			['Topic', 'false'],
			['Date', 'false'],
		]);
		buttons[3].click();
		buttons[1].click();
		expect(calls).toEqual([['onGroup', 'date']]);
	});

	it('shows one removable chip per filter and a kind dropdown that adds one', () => {
		const { handlers, calls } = recorder();
		const el = draw(screenOf(seedIndex(), { filters: { speakers: ['glauber-costa'], topics: [], conferences: [], kinds: ['panel'] } }), handlers);
		const chips = Array.from(el.querySelectorAll('.ct-chip'));
		expect(chips.map((c) => c.querySelector('.ct-chip-label')?.textContent)).toEqual(['Glauber Costa', 'Panel']);
		chips[1].querySelector<HTMLButtonElement>('.ct-chip-remove')?.click();
		el.querySelector<HTMLButtonElement>('.ct-clear-filters')?.click();
		const select = el.querySelector<HTMLSelectElement>('select.ct-kind-select')!;
		expect(Array.from(select.options).map((o) => o.value)).not.toContain('panel');
		select.value = 'keynote';
		select.dispatchEvent(new Event('change'));
		expect(calls).toEqual([['onRemoveFilter', 'kinds', 'panel'], ['onClearFilters'], ['onAddFilter', 'kinds', 'keynote']]);
	});
});

describe('renderExplorer: rows', () => {
	it('lists talks grouped by conference with data-talk-id rows and one tab stop', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(seedIndex()), handlers);
		expect(el.querySelector('.ct-group-label')?.textContent).toBe('ScyllaDB P99 Conf');
		const rows = Array.from(el.querySelectorAll<HTMLElement>('.ct-row'));
		expect(rows).toHaveLength(7);
		expect(rows.every((r) => r.dataset.talkId)).toBe(true);
		expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
	});

	it('marks query matches in titles with created <mark> elements', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(seedIndex(), { query: 'zig' }), handlers);
		const title = el.querySelector('.ct-row .ct-title')!;
		expect(title.textContent).toBe(PANEL_TITLE);
		expect(Array.from(title.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['Zig']);
	});

	it('shows a hostile title as text, never as markup', () => {
		const { handlers } = recorder();
		const index = seedIndex(note('2024-02-02.md', { conference: 'Evil Conf', talks: [{ title: '<img src=x onerror=alert(1)>', speakers: ['Mallory Smith'] }] }));
		const el = draw(screenOf(index, { filters: { speakers: ['mallory-smith'], topics: [], conferences: [], kinds: [] } }), handlers);
		expect(el.querySelector('img')).toBeNull();
		expect(el.querySelector('.ct-card-name')?.textContent).toBe('Mallory Smith');
		expect(titles(el)).toContain('<img src=x onerror=alert(1)>');
	});

	it('speakers, topics and conference names add filters; the title opens the talk', () => {
		const { handlers, calls } = recorder();
		const el = draw(screenOf(seedIndex(), { group: 'date', query: 'glauber' }), handlers);
		const panel = el.querySelector<HTMLElement>('.ct-row')!;
		const speakers = Array.from(panel.querySelectorAll<HTMLElement>('.ct-speaker'));
		expect(speakers.map((s) => s.textContent)).toEqual(['Glauber Costa', 'Carl Lerche', 'Jarred Sumner']);
		speakers[0].click();
		panel.querySelector<HTMLElement>('.ct-topic')?.click();
		panel.querySelector<HTMLElement>('.ct-conference')?.click();
		panel.querySelector<HTMLElement>('.ct-title')?.click();
		expect(calls[0]).toEqual(['onAddFilter', 'speakers', 'glauber-costa']);
		expect(calls[1][0]).toBe('onAddFilter');
		expect(calls[1][1]).toBe('topics');
		expect(calls.slice(2)).toEqual([['onAddFilter', 'conferences', 'scylladb-p99-conf'], ['onOpenTalk', panel.dataset.talkId]]);
	});

	it('counts images and links, and an expanded row shows its notes and links', () => {
		const { handlers, calls } = recorder();
		const index = seedIndex();
		const high = index.talks().find((t) => t.title.startsWith('High-Level Rust'))!;
		const el = draw(screenOf(index, { expanded: [high.id] }), handlers);
		const row = Array.from(el.querySelectorAll<HTMLElement>('.ct-row')).find((r) => r.dataset.talkId === high.id)!;
		expect(Array.from(row.querySelectorAll('.ct-count')).map((c) => c.getAttribute('aria-label'))).toEqual(['1 image', '2 links']);
		expect(row.getAttribute('aria-expanded')).toBe('true');
		expect(calls).toEqual([['renderNotes', high.id]]);
		expect(Array.from(row.querySelectorAll('.ct-links a')).map((a) => a.getAttribute('href'))).toEqual(['https://en.wikipedia.org/wiki/Cloudbleed', 'https://zero2prod.com']);
		expect(el.querySelectorAll('.ct-row-details')).toHaveLength(1);
	});

	it('keeps a javascript: link as text', () => {
		const { handlers } = recorder();
		const index = seedIndex(note('2024-02-02.md', { talks: [{ id: 'bad', title: 'Bad Links', links: ['javascript:alert(1)', 'Some Note'] }] }));
		const el = draw(screenOf(index, { expanded: ['bad'], query: 'bad links' }), handlers);
		const links = el.querySelector('.ct-links')!;
		expect(links.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
		expect(links.textContent).toContain('javascript:alert(1)');
		expect(links.querySelector('a.internal-link')?.textContent).toBe('Some Note');
	});

	it('draws a page of rows and a "Show more" button for the rest', () => {
		const { handlers, calls } = recorder();
		const el = draw(screenOf(seedIndex(), {}, { limit: 3 }), handlers);
		expect(el.querySelectorAll('.ct-row')).toHaveLength(3);
		const more = el.querySelector<HTMLButtonElement>('.ct-show-more')!;
		expect(more.textContent).toBe('Show more (4 left)');
		more.click();
		expect(calls).toEqual([['onShowMore']]);
	});
});

describe('renderExplorer: keyboard and re-drawing', () => {
	it('moves a roving focus with the arrows, expands with Right and Space, opens with Enter', () => {
		const { handlers, calls } = recorder();
		const el = draw(screenOf(seedIndex()), handlers);
		const rows = Array.from(el.querySelectorAll<HTMLElement>('.ct-row'));
		press(el.querySelector('input[type=search]')!, 'ArrowDown');
		expect(document.activeElement).toBe(rows[0]);
		press(rows[0], 'ArrowDown');
		expect(document.activeElement).toBe(rows[1]);
		expect(rows.map((r) => r.tabIndex)).toEqual([-1, 0, -1, -1, -1, -1, -1]);
		press(rows[1], 'End');
		expect(document.activeElement).toBe(rows[6]);
		press(rows[6], 'ArrowRight');
		press(rows[6], ' ');
		press(rows[6], 'ArrowLeft');
		press(rows[6], 'Enter');
		const id = rows[6].dataset.talkId;
		expect(calls).toEqual([['onToggleRow', id], ['onToggleRow', id], ['onOpenTalk', id]]);
	});

	it('Esc in the search clears it at once; re-drawing keeps the same field and the focused row', () => {
		const { handlers, calls } = recorder();
		const index = seedIndex();
		const el = draw(screenOf(index, { query: 'rust' }), handlers);
		const input = el.querySelector<HTMLInputElement>('input[type=search]')!;
		expect(input.value).toBe('rust');
		press(input, 'Escape');
		expect(input.value).toBe('');
		expect(calls).toEqual([['onQuery', '', true]]);
		const second = el.querySelectorAll<HTMLElement>('.ct-row')[1];
		second.focus();
		draw(screenOf(index, { expanded: [second.dataset.talkId!] }), handlers, el);
		expect(el.querySelector('input[type=search]')).toBe(input);
		expect((document.activeElement as HTMLElement).dataset.talkId).toBe(second.dataset.talkId);
		expect(document.activeElement).not.toBe(second);
	});
});
