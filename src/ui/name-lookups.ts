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

/** What a remembered lookup keeps for a name nothing answers to: one map read per ask, not `has` then `get`. */
const NOTHING = null;

/** `lookup` with each answer, found or not, remembered. */
function remembered<T>(lookup: (name: string) => T | undefined): (name: string) => T | undefined {
	const known = new Map<string, T | typeof NOTHING>();
	return (name) => {
		const answer = known.get(name);
		if (answer !== undefined) return answer ?? undefined;
		const found = lookup(name);
		known.set(name, found ?? NOTHING);
		return found;
	};
}
