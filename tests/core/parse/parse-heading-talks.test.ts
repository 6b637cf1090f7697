import { filed, note, parse, talk, titles } from './parse-helpers';

describe('talks as headings (section 5)', () => {
	const extract = parse(note(
		'# 2024-05-01',
		'## [[FOSDEM 2025]]',
		'### Fast Queues ~ Ada Byron',
		'- point one',
		'#### Detail',
		'more text',
		'### Keynote: Slow Queues',
		'- point two',
		'',
		'## After',
		'### Not a talk ~ Cy Young',
	));

	it('takes subheadings inside a heading context for talks, with the same line rules', () => {
		expect(filed(extract)).toEqual(['Fast Queues @ FOSDEM 2025', 'Slow Queues @ FOSDEM 2025']);
		expect(talk(extract, 'Fast Queues').speakers.map((speaker) => speaker.name)).toEqual(['Ada Byron']);
		expect(talk(extract, 'Slow Queues').kind).toBe('keynote');
	});

	it('keeps everything under a subheading as its notes, up to the next one of the same or higher level', () => {
		const fast = talk(extract, 'Fast Queues');
		expect(fast.notes).toBe(note('- point one', '#### Detail', 'more text'));
		expect([fast.line, fast.endLine]).toEqual([3, 6]);
		expect(fast.headingPath).toEqual(['2024-05-01', '[[FOSDEM 2025]]']);
		expect([talk(extract, 'Slow Queues').line, talk(extract, 'Slow Queues').endLine]).toEqual([7, 8]);
	});

	it('uses list items when the heading context has no subheadings', () => {
		expect(titles(parse(note('## [[FOSDEM 2025]]', '- Fast Queues ~ Ada Byron', '- lunch')))).toEqual(['Fast Queues']);
	});

	it('uses the subheadings, not the list items, when it has both', () => {
		const both = parse(note('## [[FOSDEM 2025]]', '- Opening ~ Bo Linde', '### Fast Queues ~ Ada Byron', '- point'));
		expect(titles(both)).toEqual(['Fast Queues']);
	});

	it('does not take an empty subheading for a talk', () => {
		expect(titles(parse(note('## [[FOSDEM 2025]]', '###', '- Fast Queues ~ Ada Byron')))).toEqual(['Fast Queues']);
	});

	it('ends the last subheading talk at the next context line, not at the end of the note (section 2)', () => {
		const mixed = parse(note(
			'## [[EuroRust 2024]]',
			'',
			'### Fast Queues ~ Ada Byron',
			'',
			'- great demo',
			'',
			'- Observability meetup #conference',
			'\t- Tracing at Scale ~ Bo Linde',
			'\t\t- notes',
			'',
			'[[Papers We Love Conf]]',
			'- Zero-copy Parsing ~ Carl Lerche',
			'\t- notes',
		));
		expect(filed(mixed)).toEqual([
			'Fast Queues @ EuroRust 2024',
			'Tracing at Scale @ Observability meetup',
			'Zero-copy Parsing @ Papers We Love Conf',
		]);
		const fast = talk(mixed, 'Fast Queues');
		expect(fast.endLine).toBe(5);
		expect(fast.notes).toBe('- great demo');
	});
});
