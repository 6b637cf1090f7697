import type { Talk } from '../model';
import { derivedTalkId } from '../text/ids';
import { compareStrings } from './compare';
import { SlotTable } from './slot-table';
import { type IdEntry, SuffixedIds } from './suffixed-ids';

/** One talk of one note, as the index holds it. */
export interface TalkSlot {
	readonly path: string;
	/** Position of the talk in its note's `talks`. */
	readonly index: number;
	/** The talk exactly as the note's extract gave it (swapped in place by an edit that keeps its id). */
	source: Talk;
	/** The talk as the index shows it: `source` itself, or a copy with its collision-free id. */
	record: Talk;
	/**
	 * The search engines' key for this talk while it is indexed (search-index.ts), else 0.
	 * Kept on the slot rather than in a map by slot: a map with an entry per talk rehashes
	 * all of them at once each time it doubles, a pause of 10 ms and more on a large vault.
	 */
	searchKey: number;
	/**
	 * A small number of the slot's own while it is in the registry, handed out again once it
	 * is gone: tables by slot (slot-table.ts) index arrays with it instead of hashing.
	 */
	readonly serial: number;
}

/** The talk at `index` of a list of slots, as `talkPlaceBound` reads it. */
export function recordAt(slots: readonly TalkSlot[], index: number): Talk {
	return slots[index].record;
}

/**
 * Slots in id-collision order: by path, then position in the note. So when two
 * notes both hold `2023-10-18-keynote`, the note whose path sorts first keeps the
 * plain id and the other becomes `2023-10-18-keynote~2`, whichever was indexed first.
 */
export function compareSlots(a: TalkSlot, b: TalkSlot): number {
	return compareStrings(a.path, b.path) || a.index - b.index;
}

/** Talks by note and by unique id; a note's update costs its talks plus their id collisions. */
export class TalkRegistry {
	private readonly byPath = new Map<string, TalkSlot[]>();
	private readonly ids = new SuffixedIds<TalkSlot>(compareSlots, new SlotTable<TalkSlot, IdEntry>());
	/** Serials of removed slots, handed out again first (so serials stay below the most talks ever held at once). */
	private freeSerials: number[] = [];
	private nextSerial = 0;

	/** Number of talks. */
	get size(): number {
		return this.ids.size;
	}

	/** Adds a note's talks (its old ones must be removed first); returns its slots and other talks whose id changed. */
	addNote(path: string, talks: readonly Talk[]): { added: TalkSlot[]; renamed: TalkSlot[] } {
		const added = talks.map((talk, index): TalkSlot => ({ path, index, source: talk, record: talk, searchKey: 0, serial: this.freeSerials.pop() ?? this.nextSerial++ }));
		if (added.length > 0) this.byPath.set(path, added);
		const renamed: TalkSlot[] = [];
		for (const slot of added) {
			for (const changed of this.ids.add(slot, rawId(slot.source))) {
				this.refresh(changed);
				if (changed.path !== path) renamed.push(changed);
			}
		}
		return { added, renamed };
	}

	/**
	 * Gives a slot a new version of its talk, in place. When the talk asks for another
	 * id, only its own id entry moves. Returns the other slots whose id changed.
	 */
	swapSource(slot: TalkSlot, talk: Talk): TalkSlot[] {
		const changed = new Set<TalkSlot>();
		const base = rawId(talk);
		if (rawId(slot.source) !== base) {
			for (const other of this.ids.remove(slot)) changed.add(other);
			slot.source = talk;
			for (const other of this.ids.add(slot, base)) changed.add(other);
		} else {
			slot.source = talk;
		}
		const id = this.ids.idOf(slot) ?? talk.id;
		slot.record = id === talk.id ? talk : { ...talk, id };
		changed.delete(slot);
		for (const other of changed) this.refresh(other);
		return [...changed];
	}

	/** Forgets a note's talks; returns them and other talks whose id changed. */
	removeNote(path: string): { removed: TalkSlot[]; renamed: TalkSlot[] } {
		const removed = this.byPath.get(path) ?? [];
		this.byPath.delete(path);
		const renamed = new Set<TalkSlot>();
		for (const slot of removed) this.freeSerials.push(slot.serial);
		for (const slot of removed) {
			for (const changed of this.ids.remove(slot)) {
				this.refresh(changed);
				if (changed.path !== path) renamed.add(changed);
			}
		}
		return { removed, renamed: [...renamed] };
	}

	/** The slot holding a unique talk id. */
	byId(id: string): TalkSlot | undefined {
		return this.ids.keyOf(id);
	}

	/** A note's slots, in note order. */
	ofNote(path: string): readonly TalkSlot[] {
		return this.byPath.get(path) ?? [];
	}

	/** Every slot, note by note. */
	*all(): IterableIterator<TalkSlot> {
		for (const slots of this.byPath.values()) yield* slots;
	}

	clear(): void {
		this.byPath.clear();
		this.ids.clear();
		this.freeSerials = [];
		this.nextSerial = 0;
	}

	/** Gives a slot the record for its current id, reusing the source record when the id is unchanged. */
	private refresh(slot: TalkSlot): void {
		const id = this.ids.idOf(slot) ?? slot.source.id;
		if (slot.record.id === id) return;
		slot.record = id === slot.source.id ? slot.source : { ...slot.source, id };
	}
}

/** The id a talk asks for: its own, or one derived from date and title when the extract left it empty. */
function rawId(talk: Talk): string {
	return talk.id || derivedTalkId(talk.date, talk.title);
}
