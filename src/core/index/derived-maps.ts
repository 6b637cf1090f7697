import type { NoteExtract } from '../model';
import type { KeywordContext } from './auto-topics';
import { ConferenceRegistry } from './conference-registry';
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
	readonly slots = new TalkRegistry();
	readonly persons = new PersonRegistry();
	readonly speakers = new SpeakerRegistry(this.persons);
	readonly conferences = new ConferenceRegistry();
	readonly topics = new TopicRegistry();
	readonly search = new TalkSearch();

	/** Takes back `old`'s contributions at `path` and adds `next`'s (either may be absent). */
	replace(path: string, old: NoteExtract | undefined, next: NoteExtract | undefined): void {
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
		return slot.source.speakers.flatMap((mention) => this.speakers.searchNames(mention.name));
	}
}
