/** Quote attribution by offsets gives exactly what the plain reader (cutting every bullet) gave. */
import fc from 'fast-check';
import type { SpeakerMention } from '../../../src/core/model';
import { attributeBullet } from '../../../src/core/parse/quote-attribution';
import { attributeBullet as plainAttributeBullet } from './reference/plain-quote-attribution';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const speakers: SpeakerMention[] = [{ name: 'Glauber Costa' }, { name: 'Carl Lerche' }, { name: 'Jarred Sumner' }, { name: 'Çarl Ünal' }];
const fragments = [
	' ', '\t', '\u00a0', 'carl', 'Carl', 'Carl Lerche', 'glauber', 'G', 'GC', 'J', 'x', 'jarred spent weeks', '**', '__', ':', ': ', '-', ' - ', '--',
	'—', '–', ',', '*', '_', '[[', ']]', '[[Carl Lerche|carl]]', '|', 'wish Zig had it', 'é', 'çarl', '😀', 'a'.repeat(58),
];
const pick = (...options: string[]) => fc.constantFrom(...options);
/** Shaped like a quote (`**Carl:** text`, `GC - text`, `carl`) more often than not, with arbitrary pieces around. */
const shaped = fc
	.tuple(pick('', '', '**', '__', ' '), pick('carl', 'Carl Lerche', 'G', 'GC', 'jarred', 'J', 'x y', 'é'), pick('', '**', '__'), pick('', ':', ' -', '—', ',', ' \t:', '\u00a0-', ' x'), pick('', ' ', '**', ' wish Zig had it'))
	.map((parts) => parts.join(''));
const bullet = fc.oneof(shaped, fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join('')));

describe('attributeBullet', () => {
	it('attributes every bullet as the plain reader did', () => {
		fc.assert(
			fc.property(bullet, fc.integer({ min: 0, max: speakers.length }), (text, count) => {
				const list = speakers.slice(0, count);
				expect(attributeBullet(text, list)).toEqual(plainAttributeBullet(text, list));
			}),
			{ numRuns: runs * 10 },
		);
	});
});
