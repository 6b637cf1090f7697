import { readFileSync } from 'fs';
import { join } from 'path';
import { newInlineRefs, scanInline, type InlineRefs } from '../../../src/core/parse/inline';
import { backtickLadder, MAX_SLOWDOWN, repeatTo, slowdown } from './linear-time';

const scan = (...lines: string[]): InlineRefs => {
	const refs = newInlineRefs();
	for (const line of lines) scanInline(line, refs);
	return refs;
};

describe('scanInline', () => {
	it('gives the seed talks their image and link counts', () => {
		const note = readFileSync(join(__dirname, '../../../../shared/fixtures/vaults/seed/2023-10-18.md'), 'utf8');
		const expected = JSON.parse(readFileSync(join(__dirname, '../../../../shared/fixtures/expected/seed.json'), 'utf8')) as {
			talks: { images: number; links: number }[];
		};
		const talks: InlineRefs[] = [];
		for (const line of note.split('\n')) {
			if (line.startsWith('+ ')) talks.push(newInlineRefs());
			if (talks.length > 0 && (line.startsWith('+ ') || line.startsWith('\t'))) scanInline(line.replace(/^\s*\+ ?/, ''), talks[talks.length - 1]);
		}
		expect(talks.map((t) => [new Set(t.images).size, new Set(t.links).size])).toEqual(expected.talks.map((t) => [t.images, t.links]));
		expect(talks[1].links).toEqual(['https://research.google/pubs/pub36356/', 'https://www.brendangregg.com/usemethod.html']);
		expect(talks[0].images).toEqual(['Pasted image 20231018211825.png']);
	});

	it('embeds are images, without size or heading; markdown images too', () => {
		const refs = scan('![[Pasted image 20231018211825.png|300]] and ![[Slides.pdf#page=3]]', '![diagram](slides.png) ![](https://x.dev/a.png) ![](My%20Slide.png)');
		expect(refs.images).toEqual(['Pasted image 20231018211825.png', 'Slides.pdf', 'slides.png', 'https://x.dev/a.png', 'My Slide.png']);
		expect(refs.links).toEqual([]);
		expect(refs.wikilinks).toEqual([]);
	});

	it('wikilinks are links and wikilinks, by target without alias or heading', () => {
		const refs = scan('see [[Dapper]], [[Carl Lerche|Carl]] and [[Zig#Comptime|comptime]]; [[#local heading]] is no target');
		expect(refs.wikilinks).toEqual(['Dapper', 'Carl Lerche', 'Zig']);
		expect(refs.links).toEqual(['Dapper', 'Carl Lerche', 'Zig']);
	});

	it('markdown link URLs are links; the link text is scanned too', () => {
		const refs = scan('distributed tracing ([Dapper](https://research.google/pubs/pub36356/))', '[![badge](b.svg) #ci](https://ci.dev "CI")', '[notes](<My Notes.md>)');
		expect(refs.links).toEqual(['https://research.google/pubs/pub36356/', 'https://ci.dev', 'My Notes.md']);
		expect(refs.images).toEqual(['b.svg']);
		expect(refs.tags).toEqual(['ci']);
	});

	it('bare URLs lose trailing punctuation and unbalanced closers', () => {
		const refs = scan(
			'see https://zero2prod.com.',
			'(see https://x.dev/a)',
			'https://en.wikipedia.org/wiki/Rust_(programming_language), and',
			'<https://angle.dev/x>',
			'"https://quoted.dev/q"!',
			'nothttps://no.dev',
		);
		expect(refs.links).toEqual([
			'https://zero2prod.com',
			'https://x.dev/a',
			'https://en.wikipedia.org/wiki/Rust_(programming_language)',
			'https://angle.dev/x',
			'https://quoted.dev/q',
		]);
	});

	it('finds a bare URL written in any case, alone on its line', () => {
		expect(scan('slides at Https://talks.dev/deck', 'HTTP://LOUD.DEV/X', 'or hTTps://mixed.dev').links).toEqual(['Https://talks.dev/deck', 'HTTP://LOUD.DEV/X', 'hTTps://mixed.dev']);
	});

	it('tags: #tag and #nested/tag, not headings, numbers or URL fragments', () => {
		const refs = scan('#rust is #lang/systems, see #1 and #2023 but #1st is fine', 'https://x.dev/#anchor and a#b', '# Heading', '**#bold** (#paren)');
		expect(refs.tags).toEqual(['rust', 'lang/systems', '1st', 'bold', 'paren']);
	});

	it('ignores everything inside code spans', () => {
		const refs = scan('`[[NotALink]] https://no.dev #notag` then [[Yes]] ``code with ` tick [[No]]`` #yes');
		expect(refs.wikilinks).toEqual(['Yes']);
		expect(refs.links).toEqual(['Yes']);
		expect(refs.tags).toEqual(['yes']);
	});

	it('an unclosed backtick is literal text', () => {
		expect(scan('a ` tick then [[Real]]').wikilinks).toEqual(['Real']);
	});

	it('appends in order without deduplicating', () => {
		const refs = scan('[[A]] https://a.dev', '[[A]]');
		expect(refs.links).toEqual(['A', 'https://a.dev', 'A']);
	});

	it('unclosed or broken markup adds nothing and never throws', () => {
		for (const text of ['[[', ']]', '![[', '[a](', '[a]', '(', '[[]]', '![]()', '\\[[Escaped]]', 'https://', '#']) {
			const refs = scan(text);
			expect(refs.wikilinks).toEqual([]);
			expect(refs.images).toEqual([]);
		}
	});

	it('stays linear on megabytes of hostile markup', () => {
		const units = ['~ : ( [[ ', '[[', '(', '[', '[a](', '![[', '`x ', 'http://', '#', '\\['];
		const texts = [...units.map((unit) => repeatTo(unit)), backtickLadder(), repeatTo('[[a]] ![[b]] [c](d) https://e.f #g ')];
		for (const text of texts) {
			const factor = slowdown(text, (t) => scanInline(t, newInlineRefs()));
			expect({ unit: text.slice(0, 8), fast: factor < MAX_SLOWDOWN }).toEqual({ unit: text.slice(0, 8), fast: true });
		}
	}, 60000);
});
