import { note, parse, people } from './parse-helpers';

describe('topics (section 6)', () => {
	const text = note(
		'[[RustConf 2024]]',
		'- Fast Queues in #rust ~ [[Ada Byron]]',
		'\t- built on [[Dapper]] and [[Bo Linde]]\'s work, see [[RustConf 2024]] #conference',
		'\t- ![[diagram.png]] #Rust #person #observability',
		'\t- runs on k8s, like [[dapper]]',
		'\t- met [[2024-04-30]] again',
	);
	const rules = [{ name: 'Kubernetes', terms: ['k8s', 'Kubernetes'] }];

	it('takes tags, topic wikilinks and settings terms; not speakers, people, the conference, embeds or daily notes', () => {
		const extract = parse(text, {}, { topics: rules, people: people({ 'Bo Linde': [] }) });
		expect(extract.talks[0].topics).toEqual(['rust', 'observability', 'Dapper', 'Kubernetes']);
	});

	it('keeps one topic when a tag or link and a settings term name it alike: the first spelling', () => {
		const talk = parse(note('[[RustConf 2024]]', '- Scaling #kubernetes ~ Ada Byron', '\t- on k8s, with [[Rust]]', '\t- rust everywhere'), {}, {
			topics: [
				{ name: 'Kubernetes', terms: ['k8s'] },
				{ name: 'RUST', terms: ['rust'] },
				{ name: 'Tracing', terms: ['everywhere'] },
			],
		}).talks[0];
		expect(talk.topics).toEqual(['kubernetes', 'Rust', 'Tracing']);
	});

	it('leaves a link to an unknown name a topic: only speakers and known people are people', () => {
		const extract = parse(text, {}, { topics: rules });
		expect(extract.talks[0].topics).toContain('Bo Linde');
		expect(extract.talks[0].topics).not.toContain('Ada Byron');
	});

	it('does not take a link to a speaker named without a link as a topic, in any case or accent', () => {
		const talk = parse(note('[[RustConf 2024]]', '- Fast Queues ~ Ada Byron, Zoë Lind', '\t- see [[ada byron]] and [[Zoe Lind]] on [[Dapper]]')).talks[0];
		expect(talk.topics).toEqual(['Dapper']);
	});

	it('gives keyword candidates only when automatic keywords are on, without speaker or conference words', () => {
		const off = parse(note('[[RustConf 2024]]', '- Tokio Internals ~ Carl Lerche', '\t- Tokio schedules tasks, says Carl, at RustConf')).talks[0];
		expect(off.keywords).toEqual({ words: [], counts: [] });
		const on = parse(note('[[RustConf 2024]]', '- Tokio Internals ~ Carl Lerche', '\t- Tokio schedules tasks, says Carl, at RustConf'), {}, { autoKeywords: true }).talks[0];
		const words = on.keywords.words.map((word) => word.toLowerCase());
		expect(words.some((word) => word.includes('tokio'))).toBe(true);
		expect(words).not.toContain('carl');
		expect(words).not.toContain('lerche');
		expect(words).not.toContain('rustconf');
	});
});
