/**
 * A talk's links, tags and speakers are deduplicated in time linear in how many there are: a
 * note can give one talk tens of thousands of them. Checked by growth, not by a time limit:
 * sixteen times the links cost 24-32 times as much here (collection grows with the heap),
 * where a search of the topics kept so far (an array, not a set) costs 150-200 times.
 */
import { bestTime } from './linear-time';
import { parse } from './parse-helpers';

/** One talk whose notes link `count` distinct pages and URLs and tag `count` tags, under a speaker line of `count / 8` names. */
function linkedTalk(count: number): string {
	const lines = ['[[Conf]]', '- Everything Linked ~ Ada Byron'];
	const names: string[] = [];
	for (let i = 0; i < count / 8; i++) names.push(`Ada${i} Byron${i}`);
	lines.push(`\t- ${names.join(', ')}`);
	for (let i = 0; i < count; i++) lines.push(`\t- [[p${i}]] #t${i} [l](u${i})`);
	return lines.join('\n');
}

describe('deduplicating a talk\u2019s links, topics and speakers', () => {
	it('grows linearly with their number', () => {
		const small = linkedTalk(2000);
		const large = linkedTalk(32_000);
		expect(parse(large, {}, { autoKeywords: false }).talks[0].links.length).toBe(64_000);
		const ratio = bestTime(() => parse(large, {}, { autoKeywords: false }), 2) / bestTime(() => parse(small, {}, { autoKeywords: false }), 3);
		expect(ratio).toBeLessThan(80);
	});
});
