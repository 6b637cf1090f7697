import { ReusedList } from '../../../src/core/index/reused-list';

describe('a list reused from talk to talk', () => {
	it('answers only for what the current fill holds, not what an earlier, longer one left', () => {
		const list = new ReusedList<string>();
		for (const word of ['rust', 'zig', 'serde', 'tokio']) list.push(word);
		list.clear();
		list.push('zig');
		expect(list.size).toBe(1);
		expect(list.includes('zig')).toBe(true);
		expect(list.includes('serde')).toBe(false);
		expect(list.copy()).toEqual(['zig']);
	});

	it('gives a copy of its own, which the next fill does not change', () => {
		const list = new ReusedList<number>();
		list.push(1);
		list.push(2);
		const kept = list.copy();
		list.clear();
		list.push(9);
		list.push(8);
		list.push(7);
		expect(kept).toEqual([1, 2]);
		expect(list.copy()).toEqual([9, 8, 7]);
	});
});
