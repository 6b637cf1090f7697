import fc from 'fast-check';
import { KeySet } from '../../../src/core/parse/key-set';

describe('KeySet', () => {
	it('answers like an insertion-ordered list of distinct keys for any run of adds, short or long', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...Array.from({ length: 40 }, (_, k) => `key ${k}`)), { maxLength: 120 }), (keys) => {
				const set = new KeySet();
				const oracle: string[] = [];
				for (const key of keys) {
					expect(set.add(key)).toBe(!oracle.includes(key));
					if (!oracle.includes(key)) oracle.push(key);
					expect(set.has(key)).toBe(true);
				}
				for (let k = 0; k < 40; k++) expect(set.indexOf(`key ${k}`)).toBe(oracle.indexOf(`key ${k}`));
			}),
		);
	});
});
