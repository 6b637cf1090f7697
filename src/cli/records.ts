/**
 * The JSON the `talks` command prints: a stable, documented shape for scripts
 * (`jq`, other tools), independent of the index's internal records. A talk's
 * `track` is `null` when absent, so every talk object has the same keys.
 */
import type { Conference, Diagnostic, Speaker, Talk, TalkKind, Topic } from '../core/model';
import type { TalkIndexApi } from '../core/index/index-api';

/** One talk in JSON. */
export interface TalkJson {
	readonly id: string;
	readonly title: string;
	/** Speaker names as written on the talk (moderators included). */
	readonly speakers: readonly string[];
	readonly kind: TalkKind;
	/** The segment before `|` on the talk line, or null. */
	readonly track: string | null;
	readonly conference: string;
	readonly date: string;
	readonly file: string;
	readonly line: number;
	readonly endLine: number;
	/** Explicit topics and automatic keywords, as the index merges them. */
	readonly topics: readonly string[];
	readonly images: readonly string[];
	readonly links: readonly string[];
	/** The talk's child bullets as markdown. */
	readonly notes: string;
}

/** One speaker in JSON. */
export interface SpeakerJson {
	readonly id: string;
	readonly name: string;
	readonly affiliations: readonly string[];
	readonly aliases: readonly string[];
	readonly talkIds: readonly string[];
}

/** One topic in JSON. */
export interface TopicJson {
	readonly id: string;
	readonly name: string;
	readonly talkIds: readonly string[];
}

/** One conference in JSON. */
export interface ConferenceJson {
	readonly id: string;
	readonly name: string;
	readonly dates: readonly string[];
	readonly talkIds: readonly string[];
}

/** `talks export --json`. */
export interface ExportJson {
	readonly talks: readonly TalkJson[];
	readonly speakers: readonly SpeakerJson[];
	readonly topics: readonly TopicJson[];
	readonly conferences: readonly ConferenceJson[];
	readonly diagnostics: readonly Diagnostic[];
}

/** A talk as JSON; its topics come from the index (explicit and automatic, merged). */
export function talkJson(index: TalkIndexApi, talk: Talk): TalkJson {
	return {
		id: talk.id,
		title: talk.title,
		speakers: talk.speakers.map((speaker) => speaker.name),
		kind: talk.kind,
		track: talk.track ?? null,
		conference: talk.conference,
		date: talk.date,
		file: talk.file,
		line: talk.line,
		endLine: talk.endLine,
		topics: index.topicsOf(talk.id),
		images: talk.images,
		links: talk.links,
		notes: talk.notes,
	};
}

/** A speaker as JSON. */
export function speakerJson(speaker: Speaker): SpeakerJson {
	const { id, name, affiliations, aliases, talkIds } = speaker;
	return { id, name, affiliations, aliases, talkIds };
}

/** A topic as JSON. */
export function topicJson(topic: Topic): TopicJson {
	const { id, name, talkIds } = topic;
	return { id, name, talkIds };
}

/** A conference as JSON. */
export function conferenceJson(conference: Conference): ConferenceJson {
	const { id, name, dates, talkIds } = conference;
	return { id, name, dates, talkIds };
}

/** Everything in the index, plus the run's diagnostics. */
export function exportJson(index: TalkIndexApi, diagnostics: readonly Diagnostic[]): ExportJson {
	return {
		talks: index.talks().map((talk) => talkJson(index, talk)),
		speakers: index.speakers().map(speakerJson),
		topics: index.topics().map(topicJson),
		conferences: index.conferences().map(conferenceJson),
		diagnostics: diagnostics.map(({ file, line, message }) => ({ file, line, message })),
	};
}
