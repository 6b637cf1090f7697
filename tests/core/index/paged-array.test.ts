import { PagedArray } from '../../../src/core/index/paged-array';

describe('PagedArray', () => {
	it('keeps entries across page boundaries and reads unset ones as undefined', () => {
		const array = new PagedArray<string>();
		const indexes = [0, 1, 1023, 1024, 1025, 5000, 70_000];
		for (const i of indexes) array.set(i, `v${i}`);
		for (const i of indexes) expect(array.get(i)).toBe(`v${i}`);
		for (const i of [2, 1022, 1026, 4999, 69_999, 70_001, 1_000_000]) expect(array.get(i)).toBeUndefined();
		array.set(1024, undefined);
		expect(array.get(1024)).toBeUndefined();
		expect(array.get(1025)).toBe('v1025');
		array.clear();
		for (const i of indexes) expect(array.get(i)).toBeUndefined();
	});
});
