import fc from 'fast-check';
import type { SpeakerMention } from '../../../src/core/model';
import { attributeBullet } from '../../../src/core/parse/quote-attribution';
import { attributeBullet as attributeBulletBefore } from './reference/quote-attribution';

/** Speakers with plain, accented and one-word names, and names sharing a first name or initial. */
const NAMES = ['Glauber Costa', 'Carl Lerche', 'Carla Lopez', 'Jarred Sumner', 'Élodie Durand', 'Zoë Ng', 'Ødegaard', 'Bo', 'ada  byron'];

/** What a bullet may open with: the speakers' names in many spellings, and words that are nobody's. */
const PREFIXES = [
	...NAMES,
	...NAMES.map((n) => n.toUpperCase()),
	...NAMES.map((n) => n.split(' ')[0]),
	'carl',
	'CARL',
	'elodie',
	'Elodie',
	'E\u0301lodie Durand',
	'zoe ng',
	'GC',
	'gc',
	'J',
	'C',
	'e',
	'é',
	'rule of thumb',
	'question',
	'[[Carl Lerche]]',
	'[[Carl Lerche|carl]]',
	'**Carl**',
	'**Carl:**',
	'  carl',
	'1',
	'',
];
const SEPARATORS = [':', ' :', ' -', ' —', ',', '', ' said', ' - ', '--'];
const RESTS = [' the runtime is fast', '', ' :)', 'x'];

describe('attributeBullet', () => {
	it('attributes every bullet as before its first character was checked first', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 0, maxLength: 4 }),
				fc.constantFrom(...PREFIXES),
				fc.constantFrom(...SEPARATORS),
				fc.constantFrom(...RESTS),
				(names, prefix, separator, rest) => {
					const speakers: SpeakerMention[] = names.map((name) => ({ name }));
					const bullet = prefix + separator + rest;
					expect(attributeBullet(bullet, speakers)).toEqual(attributeBulletBefore(bullet, speakers));
				},
			),
			{ numRuns: 3000 },
		);
	});

	it('still attributes a bullet that opens with an accented or differently cased name', () => {
		const speakers: SpeakerMention[] = [{ name: 'Élodie Durand' }, { name: 'Carl Lerche' }];
		expect(attributeBullet('elodie: the runtime is fast', speakers)).toEqual({ speaker: 'Élodie Durand', text: 'the runtime is fast' });
		expect(attributeBullet('ÉLODIE - it depends', speakers)).toEqual({ speaker: 'Élodie Durand', text: 'it depends' });
		expect(attributeBullet('CL: measure first', speakers)).toEqual({ speaker: 'Carl Lerche', text: 'measure first' });
		expect(attributeBullet('rule of thumb: measure first', speakers)).toBeNull();
	});
});
