import fc from 'fast-check';
import { KeySet } from '../../../src/core/parse/key-set';

describe('KeySet', () => {
	it('answers like a Set for any run of adds, short or long', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...Array.from({ length: 40 }, (_, k) => `key ${k}`)), { maxLength: 120 }), (keys) => {
				const set = new KeySet();
				const oracle = new Set<string>();
				for (const key of keys) {
					expect(set.add(key)).toBe(!oracle.has(key));
					oracle.add(key);
					expect(set.has(key)).toBe(true);
				}
				for (let k = 0; k < 40; k++) expect(set.has(`key ${k}`)).toBe(oracle.has(`key ${k}`));
			}),
		);
	});
});
