import { contextName } from '../../../src/core/parse/context-line';
import { NO_PEOPLE } from '../../../src/core/parse/parse-context';
import { people } from './parse-helpers';

const name = (text: string) => contextName(text, NO_PEOPLE);

describe('the shape of a context line (section 2)', () => {
	it('is a lone wikilink, named by its target, not its display text', () => {
		expect(name('[[ScyllaDB P99 Conf]]')).toBe('ScyllaDB P99 Conf');
		expect(name('[[RustConf 2024|RustConf]]')).toBe('RustConf 2024');
		expect(name('[[RustConf 2024#Day 2]]')).toBe('RustConf 2024');
		expect(name('[[RustConf 2024]] ^day2')).toBe('RustConf 2024');
	});

	it('allows up to three other words around the link', () => {
		expect(name('at [[X]]')).toBe('X');
		expect(name('@ [[X]]')).toBe('X');
		expect(name('Day 2 of [[X]]')).toBe('X');
		expect(name('Afternoon [[X]]')).toBe('X');
		expect(name('[[X]] day 2')).toBe('X');
		expect(name('[[X]] (day 2)')).toBe('X');
		expect(name('Day 2 of the [[X]]')).toBeUndefined();
	});

	it('counts words in any script, astral letters included, and not lone symbols', () => {
		expect(name('Día 2 en [[X]]')).toBe('X');
		expect(name('Día 2 en el [[X]]')).toBeUndefined();
		expect(name('第二天 [[X]] — @ (')).toBe('X');
		expect(name('𝐃𝐚𝐲 𝟐 𝐨𝐟 [[X]]')).toBe('X');
		expect(name('𝐃𝐚𝐲 𝟐 𝐨𝐟 𝐭𝐡𝐞 [[X]]')).toBeUndefined();
		expect(name('\u00a0at\u3000day 2 [[X]]')).toBe('X');
	});

	it('is not a line with two links, an embed, a URL, a daily-note link or a known person', () => {
		expect(name('[[A]] and [[B]]')).toBeUndefined();
		expect(name('![[slide.png]]')).toBeUndefined();
		expect(name('[[A]] ![[slide.png]]')).toBeUndefined();
		expect(name('[[A]] https://a.example')).toBeUndefined();
		expect(name('[[A]] [site](https://a.example)')).toBeUndefined();
		expect(name('yesterday [[2024-04-30]]')).toBeUndefined();
		expect(contextName('lunch with [[Ada Byron]]', people({ 'Ada Byron': [] }))).toBeUndefined();
		expect(name('plain text')).toBeUndefined();
	});

	it('is any text tagged #conference, named by the text without the tag', () => {
		expect(name('Local Rust meetup #conference')).toBe('Local Rust meetup');
		expect(name('#conference **Berlin Meetup**:')).toBe('Berlin Meetup');
		expect(name('[[FOSDEM 2025]] #conference')).toBe('FOSDEM 2025');
		expect(name('#Conference')).toBeUndefined();
		expect(name('#conferences are fun')).toBeUndefined();
	});
});
