import { readFileSync } from 'fs';
import { join } from 'path';
import type { SpeakerMention } from '../../../src/core/model';
import { attributeBullet } from '../../../src/core/parse/quote-attribution';
import { MAX_SLOWDOWN, repeatTo, slowdown } from './linear-time';

const panel: SpeakerMention[] = [
	{ name: 'Glauber Costa', affiliation: 'Turso' },
	{ name: 'Carl Lerche', affiliation: 'Tokio' },
	{ name: 'Jarred Sumner', affiliation: 'BunJs' },
];

describe('attributeBullet', () => {
	it('attributes the seed panel bullets as seed.json notes say', () => {
		const note = readFileSync(join(__dirname, '../../../../shared/fixtures/vaults/seed/2023-10-18.md'), 'utf8');
		const start = note.indexOf('+ Threads |');
		const bullets = note
			.slice(start, note.indexOf('+ Ingesting', start))
			.split('\n')
			.slice(2)
			.map((l) => l.replace(/^\s*\+ ?/, ''));
		const attributed = bullets.map((b) => attributeBullet(b, panel)).filter((a) => a !== null);
		const heads = attributed.map((a) => `${a.speaker}: ${a.text.slice(0, 12)}`);
		expect(heads).toEqual([
			'Carl Lerche: ',
			'Jarred Sumner: ',
			'Carl Lerche: ',
			"Glauber Costa: wasn't aware",
			'Carl Lerche: ',
			'Jarred Sumner: ',
			'Carl Lerche: ',
			'Jarred Sumner: some amount ',
			'Glauber Costa: wish Zig had',
			'Carl Lerche: Zig compiles',
			'Glauber Costa: Cross compil',
			'Glauber Costa: https://kris',
			'Jarred Sumner: Comptime let',
			'Glauber Costa: Cargo is the',
			'Jarred Sumner: Zig tooling ',
			'Glauber Costa: the tooling ',
		]);
	});

	it('a bare first name, any case, is a heading for that speaker', () => {
		expect(attributeBullet('carl', panel)).toEqual({ speaker: 'Carl Lerche', text: '' });
		expect(attributeBullet('JARRED', panel)).toEqual({ speaker: 'Jarred Sumner', text: '' });
		expect(attributeBullet('**glauber**', panel)).toEqual({ speaker: 'Glauber Costa', text: '' });
	});

	it('a first or full name with a colon or dash prefixes a quote', () => {
		expect(attributeBullet('glauber: wish Zig had destructors', panel)).toEqual({ speaker: 'Glauber Costa', text: 'wish Zig had destructors' });
		expect(attributeBullet('Carl Lerche - unsafe is fine', panel)).toEqual({ speaker: 'Carl Lerche', text: 'unsafe is fine' });
		expect(attributeBullet('**Carl**: unsafe is fine', panel)).toEqual({ speaker: 'Carl Lerche', text: 'unsafe is fine' });
		expect(attributeBullet('[[Carl Lerche|Carl]]: unsafe is fine', panel)).toEqual({ speaker: 'Carl Lerche', text: 'unsafe is fine' });
	});

	it('an initial (or initials) with a colon names a speaker', () => {
		expect(attributeBullet('J: Comptime rocks', panel)).toEqual({ speaker: 'Jarred Sumner', text: 'Comptime rocks' });
		expect(attributeBullet('g: tooling matters', panel)).toEqual({ speaker: 'Glauber Costa', text: 'tooling matters' });
		expect(attributeBullet('CL: hi', panel)).toEqual({ speaker: 'Carl Lerche', text: 'hi' });
		expect(attributeBullet('J Comptime rocks', panel)).toBeNull();
	});

	it('a sentence that merely starts with a name is not a quote', () => {
		expect(attributeBullet('jarred spent 2 weeks learning Rust, definitely takes longer than that.', panel)).toBeNull();
		expect(attributeBullet('Carl writes a lot more unsafe code than general because Tokio', panel)).toBeNull();
		expect(attributeBullet('What ideas would you like to see the languages borrowed from each other?', panel)).toBeNull();
	});

	it('ambiguous initials or first names give null', () => {
		const twins: SpeakerMention[] = [{ name: 'Jarred Sumner' }, { name: 'Jon Haddad' }, { name: 'Jon Snow' }];
		expect(attributeBullet('J: who said this?', twins)).toBeNull();
		expect(attributeBullet('jon: which one?', twins)).toBeNull();
		expect(attributeBullet('Jon Snow: this one', twins)).toEqual({ speaker: 'Jon Snow', text: 'this one' });
		expect(attributeBullet('Q: a question from the audience', panel)).toBeNull();
		expect(attributeBullet('carl', [])).toBeNull();
	});

	it('stays linear on megabytes of hostile input', () => {
		for (const unit of ['[[', 'carl ', '**', ':']) {
			const factor = slowdown(repeatTo(unit), (text) => attributeBullet(text, panel));
			expect({ unit, fast: factor < MAX_SLOWDOWN }).toEqual({ unit, fast: true });
		}
	}, 60000);

	it('attributes a bullet that opens with an accented or differently cased name, and turns away one that names nobody', () => {
		const speakers: SpeakerMention[] = [{ name: 'Élodie Durand' }, { name: 'Carl Lerche' }];
		expect(attributeBullet('elodie: the runtime is fast', speakers)).toEqual({ speaker: 'Élodie Durand', text: 'the runtime is fast' });
		expect(attributeBullet('ÉLODIE - it depends', speakers)).toEqual({ speaker: 'Élodie Durand', text: 'it depends' });
		expect(attributeBullet('CARL: measure first', speakers)).toEqual({ speaker: 'Carl Lerche', text: 'measure first' });
		expect(attributeBullet('CL: measure first', speakers)).toEqual({ speaker: 'Carl Lerche', text: 'measure first' });
		expect(attributeBullet('rule of thumb: measure first', speakers)).toBeNull();
		expect(attributeBullet('Dana: not on the panel', speakers)).toBeNull();
	});
});
