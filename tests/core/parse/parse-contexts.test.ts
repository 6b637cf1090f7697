import { filed, note, parse, people } from './parse-helpers';

describe('where a conference starts (section 2)', () => {
	it('starts at a paragraph that is only a wikilink; talks are the list items after it', () => {
		const extract = parse(note('[[ScyllaDB P99 Conf]]', '- Fast Queues ~ Ada Byron', '\t- notes'));
		expect(filed(extract)).toEqual(['Fast Queues @ ScyllaDB P99 Conf']);
		expect(extract.conferences).toEqual([{ name: 'ScyllaDB P99 Conf', line: 1, date: '2024-05-01' }]);
	});

	it('names the conference by the link target, not its display text', () => {
		expect(filed(parse(note('[[RustConf 2024|RustConf]]', '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ RustConf 2024']);
	});

	it('keeps a lone name-like link a context, even though it could be read as a speaker', () => {
		expect(filed(parse(note('[[Evening Meetup]]', '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ Evening Meetup']);
		expect(filed(parse(note('[[Evening Meetup]] (day 2)', '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ Evening Meetup']);
		expect(filed(parse(note('- [[Evening Meetup]]', '\t- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ Evening Meetup']);
	});

	it('accepts up to three words around the link', () => {
		for (const line of ['at [[X]]', '@ [[X]]', 'Day 2 of [[X]]', 'Afternoon [[X]]', '[[X]] day 2', '[[X]] (day 2)']) {
			expect(filed(parse(note(line, '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ X']);
		}
		expect(filed(parse(note('Day 2 of the big [[X]]', '- Fast Queues ~ Ada Byron')))).toEqual([]);
	});

	it('needs the link to be a paragraph of its own', () => {
		expect(filed(parse(note('We went to', '[[X]]', '- Fast Queues ~ Ada Byron')))).toEqual([]);
	});

	it('does not take a link to a known person or to another daily note for a conference', () => {
		const directory = people({ 'Ada Byron': [] });
		expect(parse(note('with [[Ada Byron]]', '- Fast Queues ~ Bo Linde'), {}, { people: directory }).conferences).toEqual([]);
		expect(parse(note('after [[2024-04-30]]', '- Fast Queues ~ Bo Linde')).conferences).toEqual([]);
	});

	it('starts at a list item that is only a wikilink; talks are its children', () => {
		const extract = parse(note('- [[Strange Loop 2023]]', '\t- Fast Queues ~ Ada Byron', '\t- Slow Queues ~ Bo Linde', '- Not There ~ Cy Young'));
		expect(filed(extract)).toEqual(['Fast Queues @ Strange Loop 2023', 'Slow Queues @ Strange Loop 2023']);
	});

	it('starts at a heading that is a wikilink; talks are the list items under it', () => {
		const extract = parse(note('## [[FOSDEM 2025]]', '- Fast Queues ~ Ada Byron', '- lunch'));
		expect(filed(extract)).toEqual(['Fast Queues @ FOSDEM 2025']);
		expect(extract.talks[0].headingPath).toEqual(['[[FOSDEM 2025]]']);
	});

	it('accepts #conference instead of a link in each form, named by the text without the tag', () => {
		expect(filed(parse(note('## Local Rust meetup #conference', '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ Local Rust meetup']);
		expect(filed(parse(note('Local Rust meetup #conference', '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ Local Rust meetup']);
		expect(filed(parse(note('- Local Rust meetup #conference', '\t- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ Local Rust meetup']);
	});

	it('takes a frontmatter conference: or event: for the top-level items of the whole note', () => {
		const extract = parse(note('---', 'conference: "[[RustConf 2024]]"', '---', '# Notes', '- Fast Queues ~ Ada Byron', '## Later', '- Slow Queues ~ Bo Linde'));
		expect(filed(extract)).toEqual(['Fast Queues @ RustConf 2024', 'Slow Queues @ RustConf 2024']);
		expect(extract.conferences).toEqual([{ name: 'RustConf 2024', line: 1, date: '2024-05-01' }]);
		expect(filed(parse(note('---', 'event: Local meetup', '---', '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues @ Local meetup']);
	});

	it('lets a context line override the frontmatter, which holds again once that context ends', () => {
		const extract = parse(note(
			'---', 'conference: RustConf 2024', '---',
			'- Fast Queues ~ Ada Byron',
			'## [[Evening Meetup]]',
			'- Slow Queues ~ Bo Linde',
			'## Back at the conference',
			'- Zero Copy ~ Cy Young',
		));
		expect(filed(extract)).toEqual(['Fast Queues @ RustConf 2024', 'Slow Queues @ Evening Meetup', 'Zero Copy @ RustConf 2024']);
	});
});

describe('where a conference ends (section 2)', () => {
	it('ends a heading context at the next heading of the same or higher level', () => {
		const extract = parse(note('## [[A]]', '- One ~ Ada Byron', '## Other things', '- Two ~ Bo Linde', '# Top', '- Three ~ Cy Young'));
		expect(filed(extract)).toEqual(['One @ A']);
	});

	it('ends a paragraph context at the next heading of any level', () => {
		const extract = parse(note('# Day', '[[A]]', '- One ~ Ada Byron', '#### Small heading', '- Two ~ Bo Linde'));
		expect(filed(extract)).toEqual(['One @ A']);
	});

	it('ends a list-item context with its subtree and at the next heading', () => {
		const extract = parse(note('- [[A]]', '\t- One ~ Ada Byron', '### Aside', '- Two ~ Bo Linde'));
		expect(filed(extract)).toEqual(['One @ A']);
	});

	it('ends any context at the next context line: two conferences in one note', () => {
		const extract = parse(note(
			'# 2024-05-01',
			'[[RustConf 2024]]',
			'- One ~ Ada Byron',
			'- Two ~ Bo Linde',
			'',
			'Evening at [[Rust Meetup]]',
			'- Three ~ Cy Young',
		));
		expect(filed(extract)).toEqual(['One @ RustConf 2024', 'Two @ RustConf 2024', 'Three @ Rust Meetup']);
		expect(extract.conferences.map((mention) => `${mention.name}:${mention.line}`)).toEqual(['RustConf 2024:2', 'Rust Meetup:6']);
	});

	it('ends a heading context at a paragraph context inside it', () => {
		const extract = parse(note('## [[A]]', '- One ~ Ada Byron', '[[B]]', '- Two ~ Bo Linde'));
		expect(filed(extract)).toEqual(['One @ A', 'Two @ B']);
	});

	it('runs to the end of the note', () => {
		const extract = parse(note('[[A]]', '- One ~ Ada Byron', '', 'some prose', '', '- Two ~ Bo Linde'));
		expect(filed(extract)).toEqual(['One @ A', 'Two @ A']);
	});

	it('finds no talks outside any context, and a context without talks is no problem', () => {
		expect(parse(note('# 2024-05-01', '- One ~ Ada Byron', '\t- notes')).talks).toEqual([]);
		const empty = parse(note('[[A]]', '', 'nothing happened'));
		expect(empty.talks).toEqual([]);
		expect(empty.conferences.map((mention) => mention.name)).toEqual(['A']);
		expect(empty.diagnostics).toEqual([]);
	});
});
