import type { Talk } from '../model';
import type { TalkDay } from './index-api';
import { fold } from '../text/fold';
import { compareStrings, compareTalkPlaces, compareTalks, settleTies, talkPlaceBound } from './compare';
import { Counter } from './counter';
import { recordAt, type TalkSlot } from './talk-slots';

/** Slots per chunk before it splits: big enough for few chunks, small enough that a splice is cheap. */
const CHUNK = 512;


/**
 * Every talk in talk order (`compareTalks`), kept sorted per note: a note's slots are
 * taken out and put back by binary search in a list of small chunks, so an update
 * costs O(log n + chunk) and nothing is ever re-sorted. Also counts talks per day and
 * talks without a conference or a speaker, so views read those in O(1).
 *
 * Positions are found by date, file and line, which never change while a slot is in
 * the list (an edit takes the note's slots out first). The id, compareTalks' last
 * tie-breaker, may change under it (id collisions with other notes), so talks equal in
 * date, file and line are put in id order when they are read.
 */
export class TalkOrder {
	private chunks: TalkSlot[][] = [];
	private total = 0;
	private dayCounts = new Counter();
	private days?: string[];
	private noConference = 0;
	private noSpeaker = 0;

	/** Number of talks. */
	get size(): number {
		return this.total;
	}

	/** Talks whose conference name is empty (they have no conference). */
	get withoutConference(): number {
		return this.noConference;
	}

	/** Talks none of whose speakers has a name (they have no speaker). */
	get withoutSpeaker(): number {
		return this.noSpeaker;
	}

	/** Puts a slot at its place; its record must not change date, file or line until it is removed. */
	add(slot: TalkSlot): void {
		const talk = slot.record;
		const at = this.upperBound(talk);
		if (this.chunks.length === 0) this.chunks.push([]);
		const chunk = this.chunks[at.chunk];
		chunk.splice(at.offset, 0, slot);
		if (chunk.length > 2 * CHUNK) this.chunks.splice(at.chunk + 1, 0, chunk.splice(CHUNK));
		this.total += 1;
		this.count(talk, 1);
	}

	/** Takes a slot out (a no-op for one not in the list). */
	remove(slot: TalkSlot): void {
		const talk = slot.record;
		let { chunk, offset } = this.lowerBound(talk);
		for (; chunk < this.chunks.length; chunk++, offset = 0) {
			const list = this.chunks[chunk];
			for (; offset < list.length; offset++) {
				const other = list[offset];
				if (other === slot) {
					list.splice(offset, 1);
					if (list.length === 0) this.chunks.splice(chunk, 1);
					this.total -= 1;
					this.count(talk, -1);
					return;
				}
				if (compareTalkPlaces(other.record, talk) !== 0) return;
			}
		}
	}

	clear(): void {
		this.chunks = [];
		this.total = 0;
		this.dayCounts = new Counter();
		this.days = undefined;
		this.noConference = 0;
		this.noSpeaker = 0;
	}

	/** Talks at positions `start` .. `end` (clamped), in talk order. Costs the range plus a walk over the chunks. */
	slice(start: number, end = this.total): Talk[] {
		start = Math.max(0, start);
		end = Math.min(this.total, end);
		if (start >= end) return [];
		// Widen to whole runs of equal date, file and line, whose order is settled by id here.
		let from = start;
		let to = end;
		while (from > 0 && compareTalkPlaces(this.at(from - 1).record, this.at(from).record) === 0) from--;
		while (to < this.total && compareTalkPlaces(this.at(to - 1).record, this.at(to).record) === 0) to++;
		const talks = this.range(from, to);
		settleTies(talks);
		return from === start && to === end ? talks : talks.slice(start - from, end - from);
	}

	/** Every slot in talk order. Costs the vault: for whole-vault tables only. */
	slots(): TalkSlot[] {
		const slots = ([] as TalkSlot[]).concat(...this.chunks);
		// Ties in date, file and line go by id, as in compareTalks.
		for (let i = 1; i < slots.length; i++) {
			const slot = slots[i];
			let j = i;
			while (j > 0 && compareTalks(slots[j - 1].record, slot.record) > 0) {
				slots[j] = slots[j - 1];
				j--;
			}
			slots[j] = slot;
		}
		return slots;
	}

	/** Talks matching `keep`, in talk order from the first, at most `limit` (walks only until it has them). */
	find(keep: (talk: Talk) => boolean, limit: number): Talk[] {
		const found: Talk[] = [];
		if (limit <= 0) return found;
		for (const chunk of this.chunks) {
			for (const slot of chunk) {
				if (!keep(slot.record)) continue;
				// Past the limit, only talks tied with the last one (they may sort before it by id).
				if (found.length >= limit && compareTalkPlaces(found[found.length - 1], slot.record) !== 0) return settled(found, limit);
				found.push(slot.record);
			}
		}
		return settled(found, limit);
	}

	/** Days with talks, newest first (undated last), with where their talks sit. Costs the days. */
	daysWithTalks(): TalkDay[] {
		this.days ??= [...this.dayCounts.keys()].sort((a, b) => compareStrings(b, a));
		const days: TalkDay[] = [];
		let start = 0;
		for (const date of this.days) {
			const count = this.dayCounts.count(date);
			days.push({ date, start, count });
			start += count;
		}
		return days;
	}

	private count(talk: Talk, by: 1 | -1): void {
		const known = this.dayCounts.has(talk.date);
		if (by > 0) this.dayCounts.add(talk.date);
		else this.dayCounts.remove(talk.date);
		if (known !== this.dayCounts.has(talk.date)) this.days = undefined;
		if (!fold(talk.conference)) this.noConference += by;
		if (!talk.speakers.some((mention) => fold(mention.name))) this.noSpeaker += by;
	}

	private at(position: number): TalkSlot {
		for (const chunk of this.chunks) {
			if (position < chunk.length) return chunk[position];
			position -= chunk.length;
		}
		throw new RangeError(`position ${position} past the end`);
	}

	private range(start: number, end: number): Talk[] {
		const talks: Talk[] = [];
		let position = 0;
		for (const chunk of this.chunks) {
			if (position + chunk.length <= start) {
				position += chunk.length;
				continue;
			}
			for (let i = Math.max(0, start - position); i < chunk.length && position + i < end; i++) talks.push(chunk[i].record);
			position += chunk.length;
			if (position >= end) break;
		}
		return talks;
	}

	/** First place whose talk sorts at or after `talk` by date, file and line. */
	private lowerBound(talk: Talk): { chunk: number; offset: number } {
		return this.bound(talk, false);
	}

	/** First place whose talk sorts after `talk` by date, file and line. */
	private upperBound(talk: Talk): { chunk: number; offset: number } {
		return this.bound(talk, true);
	}

	/** Binary search over chunks (by their last talk), then inside one, for the first talk after `talk` (`pastEqual`) or at or after it. */
	private bound(talk: Talk, pastEqual: boolean): { chunk: number; offset: number } {
		const chunks = this.chunks;
		const chunk = talkPlaceBound(chunks, chunks.length, lastRecordAt, talk, pastEqual);
		if (chunk === chunks.length) return chunk === 0 ? { chunk: 0, offset: 0 } : { chunk: chunk - 1, offset: chunks[chunk - 1].length };
		const list = chunks[chunk];
		return { chunk, offset: talkPlaceBound(list, list.length, recordAt, talk, pastEqual) };
	}
}

/** The first `limit` talks once ties are settled. */
function settled(talks: Talk[], limit: number): Talk[] {
	settleTies(talks);
	return talks.length > limit ? talks.slice(0, limit) : talks;
}

/** The last talk of chunk `index`: what the search over chunks compares. */
function lastRecordAt(chunks: readonly (readonly TalkSlot[])[], index: number): Talk {
	const chunk = chunks[index];
	return chunk[chunk.length - 1].record;
}
