/**
 * The rows of the speaker, topic, conference and talk pickers, as plain data. The modals only
 * render these and hand the chosen one back, so ordering and wording are tested here.
 */
import type { TalkIndexApi } from '../../core/index/index-api';
import type { Conference, Speaker, Talk, Topic } from '../../core/model';

/** One row of a picker. */
export interface PickerItem<T> {
	/** The record behind the row (a speaker, topic, conference or talk). */
	readonly value: T;
	/** First line; fuzzy matches are highlighted in it. */
	readonly title: string;
	/** Second line: counts, affiliations, dates, speakers. */
	readonly detail: string;
	/** What the fuzzy search matches against: the title first, then other names (aliases, speakers). */
	readonly text: string;
}

/** Every speaker, most talks first (then by name), with talk count and affiliations. */
export function speakerItems(index: TalkIndexApi): PickerItem<Speaker>[] {
	return index.speakers().map((speaker) => ({
		value: speaker,
		title: speaker.name,
		detail: join([countLabel(speaker.talkIds.length), speaker.affiliations.join(', ')]),
		text: join([speaker.name, ...speaker.aliases], ' '),
	}));
}

/** Every topic, most talks first (then by name). */
export function topicItems(index: TalkIndexApi): PickerItem<Topic>[] {
	return index.topics().map((topic) => ({ value: topic, title: topic.name, detail: countLabel(topic.talkIds.length), text: topic.name }));
}

/** Every conference, newest first, with its dates and talk count. */
export function conferenceItems(index: TalkIndexApi): PickerItem<Conference>[] {
	return index.conferences().map((conference) => ({
		value: conference,
		title: conference.name,
		detail: join([dateSpan(conference.dates), countLabel(conference.talkIds.length)]),
		text: conference.name,
	}));
}

/** Talks as picker rows, in the order given: title, then speakers, conference and date. */
export function talkItems(talks: readonly Talk[]): PickerItem<Talk>[] {
	return talks.map((talk) => {
		const speakers = talk.speakers.map((speaker) => speaker.name).join(', ');
		return {
			value: talk,
			title: talk.title,
			detail: join([speakers, talk.conference, talk.date]),
			text: join([talk.title, speakers, talk.conference], ' '),
		};
	});
}

/** `1 talk`, `3 talks`. */
export function countLabel(count: number): string {
	return count === 1 ? '1 talk' : `${count} talks`;
}

/** One date, or the first and last of several (`2024-09-10 to 2024-09-12`); '' when undated. */
export function dateSpan(dates: readonly string[]): string {
	const known = dates.filter((date) => date !== '');
	if (known.length === 0) return '';
	const first = known[0];
	const last = known[known.length - 1];
	return first === last ? first : `${first} to ${last}`;
}

function join(parts: readonly string[], separator = ' · '): string {
	return parts.filter((part) => part !== '').join(separator);
}
