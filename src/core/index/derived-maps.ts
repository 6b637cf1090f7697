import type { KeywordCounts, NoteExtract, Talk } from '../model';
import type { KeywordContext } from './auto-topics';
import { ConferenceRegistry } from './conference-registry';
import { FoldMemo } from './fold-memo';
import { PersonRegistry } from './people-directory';
import { TalkSearch } from './search-index';
import { SpeakerRegistry } from './speaker-registry';
import { TalkRegistry, type TalkSlot } from './talk-slots';
import { TopicRegistry } from './topic-registry';

/**
 * Everything derived from the notes (talks by id, people, speakers, conferences,
 * topics, full text) and the one operation that changes it: swap one note's
 * contributions. Each registry counts contributions per talk, so taking back the
 * old extract and adding the new one costs that note, never the vault.
 */
export class DerivedMaps {
	/** One fold memo for every registry: a talk's conference, speakers, topics and keywords are folded by several. */
	readonly folds = new FoldMemo();
	readonly slots = new TalkRegistry();
	readonly persons = new PersonRegistry();
	readonly speakers = new SpeakerRegistry(this.persons, this.folds);
	readonly conferences = new ConferenceRegistry(this.folds);
	readonly topics = new TopicRegistry(this.folds);
	readonly search = new TalkSearch();

	/** Takes back `old`'s contributions at `path` and adds `next`'s (either may be absent). */
	replace(path: string, old: NoteExtract | undefined, next: NoteExtract | undefined): void {
		if (old && next && this.updateInPlace(path, old, next)) return;
		if (old) this.unindex(path, old);
		let reindex: TalkSlot[] = [];
		if (old?.person || next?.person) {
			// A person note moves names between speakers and changes what their talks are found by.
			reindex = this.speakers.rekey(this.persons.set(path, next?.person));
		}
		if (next) this.index(path, next);
		for (const slot of reindex) {
			// This note's own talks were just indexed afresh.
			if (slot.path !== path && this.slots.ofNote(slot.path)[slot.index] === slot) this.search.add(slot, this.searchNames(slot));
		}
	}

	clear(): void {
		this.slots.clear();
		this.persons.clear();
		this.speakers.clear();
		this.conferences.clear();
		this.topics.clear();
		this.search.clear();
		this.folds.clear();
	}

	/** What choosing automatic topics needs, with a cap of `limit` per talk. */
	keywordContext(limit: number): KeywordContext {
		return {
			topics: this.topics,
			talkCount: this.slots.size,
			isPersonName: (folded) => this.speakers.isName(folded),
			limit,
		};
	}

	/**
	 * The common edit: a note that is no person note keeps its number of talks. Each
	 * talk then keeps its slot (its id entry moves only if it asks for another id) and only the registries whose
	 * inputs changed re-count it, so typing in one talk re-indexes that talk, not
	 * the note. Returns false (having changed nothing) when that does not apply.
	 */
	private updateInPlace(path: string, old: NoteExtract, next: NoteExtract): boolean {
		if (old.person || next.person) return false;
		const slots = this.slots.ofNote(path);
		if (slots.length !== next.talks.length) return false;
		for (const mention of old.conferences) this.conferences.removeMention(mention);
		for (const mention of next.conferences) this.conferences.addMention(mention);
		for (let i = 0; i < slots.length; i++) this.updateTalk(slots[i], next.talks[i]);
		return true;
	}

	/** Swaps one slot's talk, re-counting it only where what a registry reads changed. */
	private updateTalk(slot: TalkSlot, after: Talk): void {
		const before = slot.source;
		if (before === after) return;
		const speakers = !sameSpeakers(before, after);
		const conference = before.conference !== after.conference || before.date !== after.date;
		// Automatic topics skip the talk's own speakers' names and conference.
		const topics = speakers || conference || !sameStrings(before.topics, after.topics) || !sameCounts(before.keywords, after.keywords);
		const lean = speakers || conference || before.title !== after.title || !sameStrings(before.topics, after.topics);
		const search = { lean, notes: before.notes !== after.notes };
		if (speakers) this.speakers.removeTalk(slot);
		if (conference) this.conferences.removeTalk(slot);
		if (topics) this.topics.removeTalk(slot);
		if (search.lean || search.notes) this.search.remove(slot, search);
		const idBefore = slot.record.id;
		const renamed = this.slots.swapSource(slot, after);
		if (speakers) this.speakers.addTalk(slot);
		if (conference) this.conferences.addTalk(slot);
		if (topics) this.topics.addTalk(slot);
		if (search.lean || search.notes) this.search.add(slot, this.searchNames(slot), search);
		// Talk lists hold ids and are sorted by date and line, which an edit above this talk may shift.
		if (before.line !== after.line || slot.record.id !== idBefore) {
			if (!speakers) this.speakers.touchTalk(slot);
			if (!conference) this.conferences.touchTalk(slot);
		}
		this.touch(renamed);
	}

	private unindex(path: string, old: NoteExtract): void {
		for (const mention of old.conferences) this.conferences.removeMention(mention);
		const { removed, renamed } = this.slots.removeNote(path);
		for (const slot of removed) {
			this.speakers.removeTalk(slot);
			this.conferences.removeTalk(slot);
			this.topics.removeTalk(slot);
			this.search.remove(slot);
		}
		this.touch(renamed);
	}

	private index(path: string, next: NoteExtract): void {
		for (const mention of next.conferences) this.conferences.addMention(mention);
		const { added, renamed } = this.slots.addNote(path, next.talks);
		for (const slot of added) {
			this.speakers.addTalk(slot);
			this.conferences.addTalk(slot);
			this.topics.addTalk(slot);
			this.search.add(slot, this.searchNames(slot));
		}
		this.touch(renamed);
	}

	/** Talks of other notes whose id changed: their speakers' and conference's records must list the new id. */
	private touch(renamed: readonly TalkSlot[]): void {
		for (const slot of renamed) {
			this.speakers.touchTalk(slot);
			this.conferences.touchTalk(slot);
		}
	}

	private searchNames(slot: TalkSlot): string[] {
		const speakers = slot.source.speakers;
		// Most talks have one speaker: that speaker's list as it is, no merged copy.
		if (speakers.length === 1) return this.speakers.searchNames(speakers[0].name);
		return speakers.flatMap((mention) => this.speakers.searchNames(mention.name));
	}
}

/** Same speaker names and affiliations in the same order: all the speaker registry and search read. */
function sameSpeakers(a: Talk, b: Talk): boolean {
	if (a.speakers.length !== b.speakers.length) return false;
	return a.speakers.every((mention, i) => mention.name === b.speakers[i].name && mention.affiliation === b.speakers[i].affiliation);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Same words with the same counts, in order (a record's two lists pair up: the extract check sees to it). */
function sameCounts(a: KeywordCounts, b: KeywordCounts): boolean {
	if (a === b) return true;
	const n = a.words.length;
	if (n !== b.words.length) return false;
	for (let k = 0; k < n; k++) if (a.words[k] !== b.words[k] || a.counts[k] !== b.counts[k]) return false;
	return true;
}
