/**
 * @jest-environment jsdom
 */
import '../fakes/dom-helpers';
import { TalkIndex } from '../../src/core/index/talk-index';
import { EXAMPLE_NOTE } from '../../src/ui/render-empty';
import { note, person } from '../helpers/extract-builder';
import { draw, READY, recorder, screenOf, seedIndex } from './render-helpers';
import { GLAUBER_TALK, PANEL_TITLE } from './seed-titles';

afterEach(() => document.body.empty());

const NONE = { speakers: [], topics: [], conferences: [], kinds: [] };
const titles = (el: HTMLElement) => Array.from(el.querySelectorAll('.ct-row .ct-title')).map((t) => t.textContent);

describe('filters', () => {
	it('combine: OR within a kind of filter, AND across kinds', () => {
		const { handlers } = recorder();
		const index = seedIndex();
		const glauber = draw(screenOf(index, { filters: { ...NONE, speakers: ['glauber-costa'] } }), handlers);
		expect(titles(glauber)).toEqual([GLAUBER_TALK, PANEL_TITLE]);
		const either = draw(screenOf(index, { filters: { ...NONE, speakers: ['glauber-costa', 'jon-haddad'] } }), handlers);
		expect(titles(either)).toHaveLength(3);
		const panelsOnly = draw(screenOf(index, { filters: { ...NONE, speakers: ['glauber-costa', 'jon-haddad'], kinds: ['panel'] } }), handlers);
		expect(titles(panelsOnly)).toEqual([PANEL_TITLE]);
		const withQuery = draw(screenOf(index, { query: 'turso', filters: { ...NONE, speakers: ['glauber-costa'] } }), handlers);
		expect(titles(withQuery).length).toBeGreaterThan(0);
		expect(titles(withQuery).every((t) => t === GLAUBER_TALK || t === PANEL_TITLE)).toBe(true);
	});
});

describe('speaker and topic cards', () => {
	it('a single speaker filter shows the speaker: name, affiliation, aliases, person note, conferences', () => {
		const { handlers, calls } = recorder();
		const index = seedIndex(person('People/Carl Lerche.md', 'Carl Lerche', ['carllerche']), note('2024-06-01.md', { conference: 'RustConf', talks: [{ title: 'Tokio in Depth', speakers: ['Carl Lerche (Tokio)'] }] }));
		const el = draw(screenOf(index, { filters: { ...NONE, speakers: ['carl-lerche'] } }), handlers);
		const card = el.querySelector('.ct-card-speaker')!;
		expect(card.querySelector('.ct-card-name')?.textContent).toBe('Carl Lerche');
		expect(card.textContent).toContain('Tokio');
		expect(card.textContent).toContain('3 talks · 2 conferences');
		expect(card.textContent).toContain('Also written carllerche');
		expect(Array.from(card.querySelectorAll('.ct-card-conference .ct-conference')).map((c) => c.textContent)).toEqual(['RustConf', 'ScyllaDB P99 Conf']);
		expect(titles(el)).toHaveLength(3);
		card.querySelector<HTMLElement>('.ct-card-note')?.click();
		card.querySelector<HTMLElement>('.ct-card-close')?.click();
		expect(calls).toEqual([['onOpenFile', 'People/Carl Lerche.md', 0], ['onRemoveFilter', 'speakers', 'carl-lerche']]);
	});

	it('a single topic filter shows the topic with its counts', () => {
		const { handlers } = recorder();
		const index = seedIndex();
		const topic = index.topicByName('Rust')!;
		const el = draw(screenOf(index, { filters: { ...NONE, topics: [topic.id] } }), handlers);
		const card = el.querySelector('.ct-card-topic')!;
		expect(card.querySelector('.ct-card-name')?.textContent).toBe('Rust');
		expect(card.textContent).toContain(`${topic.talkIds.length} talks`);
		expect(titles(el)).toHaveLength(topic.talkIds.length);
	});
});

describe('status', () => {
	it('shows indexing progress with a progress bar', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(seedIndex(), {}, { status: { state: 'indexing', done: 1200, total: 3650, cached: 0 } }), handlers);
		expect(el.querySelector('.ct-status-text')?.textContent).toBe('Indexing 1,200 of 3,650 notes');
		const bar = el.querySelector('progress')!;
		expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1200', '3650']);
	});

	it('then the totals in the summary, and no status line left', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(seedIndex(), {}, { status: READY }), handlers);
		expect(el.querySelector('.ct-status')).toBeNull();
		const summary = el.querySelector('.ct-summary')!;
		expect(summary.textContent).toBe('7 talks · 6 speakers · 1 conference');
		expect(summary.getAttribute('title')).toBe('7 talks found in 1 note');
	});

	it('keeps an indexer warning in view once ready', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(seedIndex(), {}, { status: { ...READY, warning: 'The cache could not be opened; every start reads all notes.' } }), handlers);
		expect(el.querySelector('.ct-status-warning')?.textContent).toBe('The cache could not be opened; every start reads all notes.');
	});

	it('counts problems and lists them, each opening its file at its line', () => {
		const { handlers, calls } = recorder();
		const index = seedIndex(note('2024-03-03.md', { diagnostics: [{ file: '2024-03-03.md', line: 12, message: 'Talk line without a title' }] }));
		const closed = draw(screenOf(index), handlers);
		const toggle = closed.querySelector<HTMLButtonElement>('.ct-problems-toggle')!;
		expect(toggle.textContent).toBe('1 problem');
		expect(closed.querySelector('.ct-problems')).toBeNull();
		toggle.click();
		const open = draw(screenOf(index, {}, { diagnosticsOpen: true }), handlers);
		const item = open.querySelector('.ct-problem')!;
		expect(item.textContent).toBe('2024-03-03.md:12Talk line without a title');
		item.querySelector<HTMLElement>('a')?.click();
		expect(calls).toEqual([['onToggleDiagnostics'], ['onOpenFile', '2024-03-03.md', 12]]);
	});
});

describe('empty states', () => {
	it('while indexing an empty index: a loading message, not "no talks"', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(new TalkIndex(), {}, { status: { state: 'indexing', done: 3, total: 10, cached: 0 } }), handlers);
		expect(el.querySelector('.ct-empty-loading')).not.toBeNull();
		expect(el.querySelector('.ct-empty-no-talks')).toBeNull();
	});

	it('no daily notes: says where it looked and offers the settings', () => {
		const { handlers, calls } = recorder();
		const el = draw(screenOf(new TalkIndex(), {}, { daily: { count: 0, folder: 'Journal', format: 'YYYY/MM/YYYY-MM-DD' } }), handlers);
		const empty = el.querySelector('.ct-empty-no-daily-notes')!;
		expect(empty.querySelector('.ct-empty-title')?.textContent).toBe('No daily notes found');
		expect(Array.from(empty.querySelectorAll('code')).map((c) => c.textContent)).toEqual(['Journal/', 'YYYY/MM/YYYY-MM-DD.md']);
		empty.querySelector<HTMLButtonElement>('button')?.click();
		expect(calls).toEqual([['onOpenSettings']]);
	});

	it('no talks yet: shows three lines of the note format', () => {
		const { handlers } = recorder();
		const el = draw(screenOf(new TalkIndex(), {}, { daily: { count: 4, folder: '', format: 'YYYY-MM-DD' } }), handlers);
		const example = el.querySelector('.ct-empty-no-talks pre')!;
		expect(example.textContent).toBe(EXAMPLE_NOTE);
		expect(EXAMPLE_NOTE.split('\n')).toHaveLength(3);
	});

	it('no results: suggests removing a filter, with a button that clears them', () => {
		const { handlers, calls } = recorder();
		const el = draw(screenOf(seedIndex(), { query: 'zig', filters: { ...NONE, speakers: ['jon-haddad'] } }), handlers);
		const empty = el.querySelector('.ct-empty-no-results')!;
		expect(empty.querySelector('.ct-empty-title')?.textContent).toBe('No talks match "zig"');
		expect(empty.textContent).toContain('Try removing a filter (1 filter set).');
		empty.querySelector<HTMLButtonElement>('.ct-empty-clear')?.click();
		empty.querySelector<HTMLButtonElement>('.ct-empty-clear-search')?.click();
		expect(calls).toEqual([['onClearFilters'], ['onQuery', '', true]]);
	});
});
