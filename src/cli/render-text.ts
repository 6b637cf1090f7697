/** The `talks` command's readable output: one table per kind of record, and the export summary. */
import type { Conference, Speaker, Talk, Topic } from '../core/model';
import { formatTable } from './format-table';

/** A talk found by `search`, with its relevance. */
export interface ScoredTalk {
	readonly talk: Talk;
	readonly score: number;
}

/** Talks: date, conference, title, speakers, kind and where they are written. */
export function talksTable(talks: readonly Talk[], width?: number): string {
	if (talks.length === 0) return 'No talks.\n';
	return formatTable(
		[
			{ header: 'Date', max: 10 },
			{ header: 'Conference', max: 28, flex: true },
			{ header: 'Title', max: 64, flex: true },
			{ header: 'Speakers', max: 40, flex: true },
			{ header: 'Kind', max: 10 },
			{ header: 'Where', max: 32, flex: true },
		],
		talks.map((talk) => [talk.date, talk.conference, talk.title, speakerNames(talk), talk.kind, `${talk.file}:${talk.line}`]),
		width,
	);
}

/** Search hits, best first, with their rank and score. */
export function searchTable(hits: readonly ScoredTalk[], width?: number): string {
	if (hits.length === 0) return 'No talks match.\n';
	return formatTable(
		[
			{ header: '#', align: 'right' },
			{ header: 'Score', align: 'right' },
			{ header: 'Title', max: 64, flex: true },
			{ header: 'Speakers', max: 40, flex: true },
			{ header: 'Conference', max: 28, flex: true },
			{ header: 'Date', max: 10 },
		],
		hits.map(({ talk, score }, i) => [String(i + 1), score.toFixed(1), talk.title, speakerNames(talk), talk.conference, talk.date]),
		width,
	);
}

/** Speakers with their talk counts, affiliations and aliases. */
export function speakersTable(speakers: readonly Speaker[], width?: number): string {
	if (speakers.length === 0) return 'No speakers.\n';
	return formatTable(
		[
			{ header: 'Speaker', max: 32, flex: true },
			{ header: 'Talks', align: 'right' },
			{ header: 'Affiliations', max: 32, flex: true },
			{ header: 'Aliases', max: 32, flex: true },
		],
		speakers.map((s) => [s.name, String(s.talkIds.length), s.affiliations.join(', '), s.aliases.join(', ')]),
		width,
	);
}

/** Topics with their talk counts. */
export function topicsTable(topics: readonly Topic[], width?: number): string {
	if (topics.length === 0) return 'No topics.\n';
	return formatTable(
		[
			{ header: 'Topic', max: 40, flex: true },
			{ header: 'Talks', align: 'right' },
		],
		topics.map((t) => [t.name, String(t.talkIds.length)]),
		width,
	);
}

/** Conferences with their dates and talk counts. */
export function conferencesTable(conferences: readonly Conference[], width?: number): string {
	if (conferences.length === 0) return 'No conferences.\n';
	return formatTable(
		[
			{ header: 'Conference', max: 40, flex: true },
			{ header: 'Dates', max: 40, flex: true },
			{ header: 'Talks', align: 'right' },
		],
		conferences.map((c) => [c.name, c.dates.join(', '), String(c.talkIds.length)]),
		width,
	);
}

/** `7 talks` / `1 talk`. */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function speakerNames(talk: Talk): string {
	return talk.speakers.map((s) => (s.role === 'moderator' ? `${s.name} (moderator)` : s.name)).join(', ');
}
