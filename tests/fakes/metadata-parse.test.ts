/** The fake metadata cache's link reader: Obsidian's link forms, in time linear in the line. */
import { slowdown } from '../core/parse/linear-time';
import { computeMetadata } from './parts/metadata-parse';

test('reads links, aliased links and embeds', () => {
	const meta = computeMetadata('- at [[RustConf 2024|RustConf]] with [[Ada Byron]] ![[slide.png]]');
	expect(meta.links?.map((link) => [link.link, link.displayText])).toEqual([['RustConf 2024', 'RustConf'], ['Ada Byron', 'Ada Byron']]);
	expect(meta.embeds?.map((embed) => embed.link)).toEqual(['slide.png']);
});

test('finds the link after a run of unclosed brackets', () => {
	expect(computeMetadata('[[[[[[Fast Queues]]').links?.map((link) => link.link)).toEqual(['Fast Queues']);
});

test.each(['[[', '[[a|'])('a line of 30k unclosed %p is read in linear time', (unit) => {
	// Quadratic, this takes seconds: thousands of times the plain scan of the same text.
	const text = unit.repeat(30_000).split('').join('');
	expect(slowdown(text, computeMetadata)).toBeLessThan(100);
	expect(computeMetadata(text).links).toBeUndefined();
});
