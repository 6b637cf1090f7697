import type { NoteExtract } from '../model';

/**
 * V8 keeps a substring of 13 or more characters as a view into its parent string,
 * so a talk title sliced out of a note keeps the whole note text alive for as long
 * as the index holds the title. Concatenating and slicing copies the characters
 * into a string of their own and lets the note text go.
 */
export function detach(text: string): string {
	return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Replaces, in place, every string an extract's records keep with a detached copy
 * of the same value, so the index holds no note texts. Values and object identities
 * stay the same; frozen records are left as they are.
 */
export function detachExtract(extract: NoteExtract): void {
	for (const talk of extract.talks) {
		if (Object.isFrozen(talk)) continue;
		const writable = talk as { -readonly [K in keyof typeof talk]: (typeof talk)[K] };
		writable.title = detach(talk.title);
		writable.conference = detach(talk.conference);
		writable.notes = detach(talk.notes);
		if (talk.track !== undefined) writable.track = detach(talk.track);
		for (const mention of talk.speakers) {
			if (Object.isFrozen(mention)) continue;
			const speaker = mention as { -readonly [K in keyof typeof mention]: (typeof mention)[K] };
			speaker.name = detach(mention.name);
			if (mention.affiliation !== undefined) speaker.affiliation = detach(mention.affiliation);
			if (mention.link !== undefined) speaker.link = detach(mention.link);
		}
		for (const quote of talk.quotes) {
			if (Object.isFrozen(quote)) continue;
			(quote as { text: string }).text = detach(quote.text);
		}
		detachAll(talk.topics);
		detachAll(talk.links);
		detachAll(talk.images);
		detachAll(talk.headingPath);
	}
	for (const mention of extract.conferences) {
		if (!Object.isFrozen(mention)) (mention as { name: string }).name = detach(mention.name);
	}
}

function detachAll(list: readonly string[]): void {
	if (Object.isFrozen(list)) return;
	const writable = list as string[];
	for (let i = 0; i < writable.length; i++) writable[i] = detach(writable[i]);
}
