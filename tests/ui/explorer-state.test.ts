import { addFilter, DEFAULT_STATE, hasFilters, NO_FILTERS, readState, removeFilter, toggleExpanded, writeState } from '../../src/ui/explorer-state';
import { matchRanges } from '../../src/ui/render-highlight';
import { formatNumber, plural } from '../../src/ui/format';

describe('explorer state', () => {
	it('survives a JSON round trip (as the workspace file stores it)', () => {
		const state = { query: 'zig', group: 'speaker' as const, filters: { speakers: ['carl-lerche'], topics: ['rust'], conferences: [], kinds: ['panel' as const] }, expanded: ['a', 'b'] };
		expect(readState(JSON.parse(JSON.stringify(writeState(state))))).toEqual(state);
	});

	it('reads garbage as the defaults, keeping what is valid', () => {
		expect(readState(null)).toEqual(DEFAULT_STATE);
		expect(readState('x')).toEqual(DEFAULT_STATE);
		expect(readState({ query: 42, group: 'color', filters: { speakers: 'ada', kinds: ['panel', 'party', 3] }, expanded: [1, 'x', 'x', ''] })).toEqual({
			...DEFAULT_STATE,
			filters: { ...NO_FILTERS, kinds: ['panel'] },
			expanded: ['x'],
		});
		expect(readState({ query: 'a'.repeat(10_000) }).query).toHaveLength(500);
		expect(readState({ expanded: Array.from({ length: 1000 }, (_, i) => `t${i}`) }).expanded).toHaveLength(200);
	});

	it('adds filters without duplicates, removes them, and toggles rows', () => {
		const one = addFilter(NO_FILTERS, 'speakers', 'ada');
		expect(addFilter(one, 'speakers', 'ada')).toBe(one);
		expect(hasFilters(one)).toBe(true);
		expect(hasFilters(removeFilter(one, 'speakers', 'ada'))).toBe(false);
		const open = toggleExpanded(DEFAULT_STATE, 't1');
		expect(open.expanded).toEqual(['t1']);
		expect(toggleExpanded(open, 't1').expanded).toEqual([]);
	});
});

describe('highlight ranges and counts', () => {
	it('marks folded terms at word starts, accents and case ignored', () => {
		expect(matchRanges('Rust vs Zig vs Trust', ['rust', 'zig'])).toEqual([[0, 4], [8, 11]]);
		expect(matchRanges('Café Olé', ['cafe', 'ole'])).toEqual([[0, 4], [5, 8]]);
		expect(matchRanges('zigzag', ['zig', 'zigz'])).toEqual([[0, 4]]);
		expect(matchRanges('anything', [])).toEqual([]);
		expect(matchRanges('🤯 Zig', ['zig'])).toEqual([[3, 6]]);
	});

	it('groups thousands and pluralises', () => {
		expect(formatNumber(1200)).toBe('1,200');
		expect(formatNumber(3650000)).toBe('3,650,000');
		expect(formatNumber(999)).toBe('999');
		expect(plural(1, 'talk')).toBe('1 talk');
		expect(plural(0, 'talk')).toBe('0 talks');
		expect(plural(2, 'conference')).toBe('2 conferences');
	});
});
