import type { TalkIndexApi } from '../core/index/index-api';
import type { Conference, Speaker, Topic } from '../core/model';

/**
 * The index's lookups by written name, each name answered once for one screen: the rows
 * drawn repeat the same topics, speakers and conferences, and a summary of a query's
 * matches can name thousands of talks by far fewer people. Each lookup folds the name and
 * resolves aliases, which adds up over a screen.
 */
export interface NameLookups {
	speaker(name: string): Speaker | undefined;
	topic(name: string): Topic | undefined;
	conference(name: string): Conference | undefined;
}

/** Fresh lookups over `index` (keep them for one screen: the index may change after). */
export function nameLookups(index: TalkIndexApi): NameLookups {
	return {
		speaker: remembered((name) => index.speakerByName(name)),
		topic: remembered((name) => index.topicByName(name)),
		conference: remembered((name) => index.conferenceByName(name)),
	};
}

/** `lookup` with each answer, found or not, remembered. */
function remembered<T>(lookup: (name: string) => T | undefined): (name: string) => T | undefined {
	const known = new Map<string, T | undefined>();
	return (name) => {
		if (known.has(name)) return known.get(name);
		const found = lookup(name);
		known.set(name, found);
		return found;
	};
}
