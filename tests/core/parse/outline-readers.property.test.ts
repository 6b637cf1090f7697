/** The outline's hand-written item and task readers say exactly what their regexes say. */
import fc from 'fast-check';
import { ITEM, itemReaders, TASK } from '../../../src/core/parse/outline';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const pieces = [' ', '\t', '-', '*', '+', '1', '23', '1234567890', '.', ')', 'a', 'x', '[', ']', '\u2028', '\u2029', '\u00a0', '\f', '😀', ' [ ] ', '[x]'];
const line = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 12 }));

describe('itemContent and isTask', () => {
	it('read every line as ITEM and TASK do', () => {
		fc.assert(
			fc.property(line, (text) => {
				const match = ITEM.exec(text);
				const content = itemReaders.itemContent(text);
				expect(content).toBe(match ? (match[2] ?? '').trim() : null);
				expect(itemReaders.isTask(text)).toBe(TASK.test(text));
			}),
			{ numRuns: runs * 10 },
		);
	});
});
