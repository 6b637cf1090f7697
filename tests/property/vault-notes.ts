/**
 * Arbitrary vault contents for the model-based test: daily notes, talk folders, person notes
 * and ordinary notes at a small pool of paths, written from small pools of conferences,
 * titles, speakers and topics, so that renames into and out of the daily folder, person
 * notes appearing and going, and settings changes all make a visible difference.
 */
import fc from 'fast-check';
import type { TalksSettings } from '../../src/core/settings';

/** Where notes may live: the daily folder (from daily-notes.json), elsewhere, a talk folder, people. */
export const PATHS = [
	'Daily/2024-01-01.md',
	'Daily/2024-01-02.md',
	'Daily/2024/2024-01-03.md',
	'Archive/2024-01-01.md',
	'Archive/2024-01-04.md',
	'Journal/2024-01-05.md',
	'2024-01-06.md',
	'Talks/RustConf.md',
	'People/Ada Byron.md',
	'People/Bo Linde.md',
	'Notes/Plan.md',
] as const;

const CONFERENCES = ['RustConf 2024', 'KubeCon', 'Strange Loop'];
const TITLES = ['Fast Queues', 'Why Tests Flake', 'Scaling k8s', 'Zero-copy Parsing', 'Async Rust'];
const SPEAKERS = ['Ada Byron', 'Bo Linde', 'Carl Lerche', 'ada'];
const CHILDREN = ['notes about #rust', 'uses [[Tokio]]', 'k8s everywhere', 'ada: we measured it', 'Speakers: Ada Byron, Bo Linde', 'https://example.com/q', 'plain point'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** One talk line in one of the documented forms. */
const talkLine: fc.Arbitrary<string> = fc
	.tuple(pick(TITLES), pick(SPEAKERS), pick(SPEAKERS), fc.integer({ min: 0, max: 5 }))
	.map(([title, a, b, form]) => [`${title} ~ ${a}`, `${a}: ${title}`, `${title} (${a}, ${b})`, `Keynote: ${title}`, `${title} - [[${a}]]`, title][form]);

/** A talk: its line and zero to two child bullets. */
const talk: fc.Arbitrary<string> = fc
	.tuple(talkLine, fc.array(pick(CHILDREN), { maxLength: 2 }))
	.map(([line, children]) => [`- ${line}`, ...children.map((child) => `\t- ${child}`)].join('\n'));

/** A conference context with its talks, in one of the context forms. */
const context: fc.Arbitrary<string> = fc
	.tuple(pick(CONFERENCES), fc.integer({ min: 0, max: 2 }), fc.array(talk, { minLength: 1, maxLength: 3 }))
	.map(([conference, form, talks]) => {
		if (form === 1) return `## [[${conference}]]\n${talks.join('\n')}`;
		if (form === 2) return `- [[${conference}]]\n${talks.map((t) => t.replace(/^/gm, '\t')).join('\n')}`;
		return `[[${conference}]]\n${talks.join('\n')}`;
	});

/** Note text: conference days, person notes, opt-in notes, broken or empty ones. */
export const noteText: fc.Arbitrary<string> = fc.oneof(
	{ weight: 5, arbitrary: fc.array(context, { minLength: 1, maxLength: 2 }).map((parts) => `${parts.join('\n\n')}\n`) },
	{ weight: 2, arbitrary: fc.subarray(['ada', 'A. Byron', 'bo']).map((aliases) => `---\ntype: person\naliases: [${aliases.join(', ')}]\n---\n`) },
	{ weight: 1, arbitrary: fc.tuple(pick(CONFERENCES), talk).map(([conference, t]) => `---\nconference: "[[${conference}]]"\n---\n${t}\n`) },
	{ weight: 1, arbitrary: pick(['', 'just a note', '---\nconference: [[[broken\n---\n[[KubeCon]]\n- Scaling k8s ~ Ada Byron\n']) },
);

/** Settings a user may change while the plugin runs. */
export const settingsPatch: fc.Arbitrary<Partial<TalksSettings>> = fc.oneof(
	pick(['', 'Journal', 'Archive']).map((dailyFolder) => ({ dailyFolder })),
	pick(['', 'k8s => Kubernetes', 'rust, tokio => Rust']).map((topicList) => ({ topicList })),
	fc.boolean().map((autoKeywords) => ({ autoKeywords })),
	pick([1, 3, 5]).map((keywordsPerTalk) => ({ keywordsPerTalk })),
	fc.subarray(['Talks', 'Notes']).map((extraFolders) => ({ extraFolders })),
	pick(['', 'People']).map((peopleFolder) => ({ peopleFolder })),
);
