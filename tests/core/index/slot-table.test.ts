import { SlotTable } from '../../../src/core/index/slot-table';

describe('SlotTable', () => {
	it('keeps a value per slot, and a later slot with the same serial never sees or drops an earlier one', () => {
		const table = new SlotTable<{ serial: number }, string>();
		const first = { serial: 3 };
		const other = { serial: 0 };
		table.set(first, 'first');
		table.set(other, 'other');
		expect(table.get(first)).toBe('first');
		expect(table.size).toBe(2);
		const reused = { serial: 3 };
		expect(table.has(reused)).toBe(false);
		expect(table.get(reused)).toBeUndefined();
		table.delete(reused);
		expect(table.get(first)).toBe('first');
		table.set(reused, 'reused');
		expect(table.get(first)).toBeUndefined();
		expect(table.get(reused)).toBe('reused');
		expect(table.size).toBe(2);
		table.delete(first);
		expect(table.get(reused)).toBe('reused');
		table.delete(reused);
		expect(table.size).toBe(1);
		table.clear();
		expect(table.get(other)).toBeUndefined();
		expect(table.size).toBe(0);
	});
});
