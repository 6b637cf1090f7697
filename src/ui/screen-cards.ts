/** Filter chips and the speaker/topic cards of the explorer's screen model (pure). */
import type { TalkIndexApi } from '../core/index/index-api';
import type { Conference, Talk } from '../core/model';
import type { ExplorerFilters } from './explorer-state';
import { joinParts, plural } from './format';
import type { EntityCard, FilterChip } from './screen-types';

/** One chip per filter value, speakers first; unknown ids (a deleted speaker) show their id. */
export function filterChips(index: TalkIndexApi, filters: ExplorerFilters): FilterChip[] {
	return [
		...filters.speakers.map((value) => ({ kind: 'speakers' as const, value, label: index.speaker(value)?.name ?? value })),
		...filters.topics.map((value) => ({ kind: 'topics' as const, value, label: index.topic(value)?.name ?? value })),
		...filters.conferences.map((value) => ({ kind: 'conferences' as const, value, label: index.conference(value)?.name ?? value })),
		...filters.kinds.map((value) => ({ kind: 'kinds' as const, value, label: kindLabel(value) })),
	];
}

/** `keynote` -> `Keynote`, `ama` -> `AMA`, `bof` -> `BoF`. */
export function kindLabel(kind: string): string {
	if (kind === 'ama') return 'AMA';
	if (kind === 'bof') return 'BoF';
	return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/**
 * A card for a single speaker filter and one for a single topic filter: the speaker's name,
 * affiliations, aliases, person note and conferences; the topic's counts and conferences.
 */
export function entityCards(index: TalkIndexApi, filters: ExplorerFilters): EntityCard[] {
	const cards: EntityCard[] = [];
	const speaker = filters.speakers.length === 1 ? index.speaker(filters.speakers[0]) : undefined;
	if (speaker) {
		const talks = talksOf(index, speaker.talkIds);
		const conferences = conferencesOf(index, talks);
		cards.push({
			kind: 'speaker',
			id: speaker.id,
			name: speaker.name,
			affiliations: speaker.affiliations,
			aliases: speaker.aliases.filter((alias) => alias !== speaker.name),
			personNote: speaker.personNote,
			counts: joinParts([plural(talks.length, 'talk'), plural(conferences.length, 'conference')]),
			conferences: conferences.map(conferenceLine),
		});
	}
	const topic = filters.topics.length === 1 ? index.topic(filters.topics[0]) : undefined;
	if (topic) {
		const talks = talksOf(index, topic.talkIds);
		const conferences = conferencesOf(index, talks);
		const speakers = new Set(talks.flatMap((talk) => talk.speakers.map((m) => index.speakerByName(m.name)?.id ?? m.name)));
		cards.push({
			kind: 'topic',
			id: topic.id,
			name: topic.name,
			affiliations: [],
			aliases: [],
			counts: joinParts([plural(talks.length, 'talk'), plural(speakers.size, 'speaker'), plural(conferences.length, 'conference')]),
			conferences: conferences.map(conferenceLine),
		});
	}
	return cards;
}

function talksOf(index: TalkIndexApi, ids: readonly string[]): Talk[] {
	return ids.map((id) => index.talk(id)).filter((talk): talk is Talk => talk !== undefined);
}

/** The distinct conferences of some talks, newest first (the index's order). */
function conferencesOf(index: TalkIndexApi, talks: readonly Talk[]): Conference[] {
	const ids = new Set(talks.map((talk) => index.conferenceByName(talk.conference)?.id).filter((id) => id !== undefined));
	return index.conferences().filter((conference) => ids.has(conference.id));
}

function conferenceLine(conference: Conference): { id: string; name: string; dates: string } {
	const dates = conference.dates.filter((d) => d !== '');
	const span = dates.length === 0 ? '' : dates.length === 1 ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
	return { id: conference.id, name: conference.name, dates: span };
}
