import type { Talk } from '../model';
import { derivedTalkId } from '../text/ids';
import type { TalkIndexApi } from './index-api';

/** A speaker's talks, newest first. */
export function speakerTalks(index: TalkIndexApi, speakerId: string): Talk[] {
	return talksById(index, index.speaker(speakerId)?.talkIds ?? []);
}

/** A topic's talks (explicit and automatic), newest first. */
export function topicTalks(index: TalkIndexApi, topicId: string): Talk[] {
	return talksById(index, index.topic(topicId)?.talkIds ?? []);
}

/** A conference's talks, newest first. */
export function conferenceTalks(index: TalkIndexApi, conferenceId: string): Talk[] {
	return talksById(index, index.conference(conferenceId)?.talkIds ?? []);
}

/**
 * The talk whose lines (`line`..`endLine`) hold a 1-based line of a note, for
 * "copy link to talk" and follow-cursor. When talks nest (a heading talk around
 * list talks), the innermost one wins.
 */
export function talksAtLine(index: TalkIndexApi, path: string, line: number): Talk | undefined {
	let best: Talk | undefined;
	for (const talk of index.talksIn(path)) {
		if (talk.line <= line && line <= talk.endLine && (!best || talk.line > best.line)) best = talk;
	}
	return best;
}

/** Least title similarity (Dice over letter pairs) for a link to follow an edited title. */
const MIN_TITLE_SIMILARITY = 0.4;

/**
 * Resolves a talk id from a link: the exact id; else, for a collision-suffixed id
 * (`...~2`) whose collision is gone, the plain id; else, for a derived id
 * (`<date>-<title slug>`), the talk of that date whose title slug is most similar,
 * so links survive small title edits. Undefined when nothing is close enough.
 */
export function resolveTalkId(index: TalkIndexApi, id: string): string | undefined {
	if (index.talk(id)) return id;
	const base = id.replace(/~\d+$/, '');
	if (base !== id && index.talk(base)) return base;
	const match = /^(\d{4}-\d{2}-\d{2}|undated)-(.+)$/.exec(base);
	if (!match) return undefined;
	const date = match[1] === 'undated' ? '' : match[1];
	const prefix = `${match[1]}-`;
	let bestId: string | undefined;
	let bestScore = MIN_TITLE_SIMILARITY;
	for (const talk of index.talks()) {
		if (talk.date !== date) continue;
		const score = similarity(match[2], derivedTalkId(talk.date, talk.title).slice(prefix.length));
		if (score > bestScore || (score === bestScore && bestId !== undefined && talk.id < bestId)) {
			bestId = talk.id;
			bestScore = score;
		}
	}
	return bestId;
}

/** Dice coefficient over the letter pairs of two slugs: 1 for equal, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
	if (a === b) return 1;
	const pairs = (text: string) => {
		const counts = new Map<string, number>();
		for (let i = 0; i < text.length - 1; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
		return counts;
	};
	const left = pairs(a);
	const right = pairs(b);
	let shared = 0;
	for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
	const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
	return total === 0 ? 0 : (2 * shared) / total;
}

function talksById(index: TalkIndexApi, ids: readonly string[]): Talk[] {
	return ids.map((id) => index.talk(id)).filter((talk): talk is Talk => talk !== undefined);
}
