import { PagedArray } from './paged-array';

/** What a slot table keys by: an object with a small serial number of its own (a talk slot). */
export interface Serial {
	readonly serial: number;
}

/**
 * A value per talk slot, in arrays indexed by the slot's serial number (see TalkRegistry).
 * A map keyed by slot would do, but a map with an entry per talk rehashes every entry at
 * once each time it doubles: 10 ms and more on a large vault, in the middle of indexing.
 * Serials are reused once a slot is gone, so each entry remembers its slot: a later slot
 * with the same serial never reads or drops an earlier slot's value. Paged arrays, since a
 * long array also copies itself whole when it grows (paged-array.ts).
 */
export class SlotTable<S extends Serial, V> {
	private readonly owners = new PagedArray<S>();
	private readonly values = new PagedArray<V>();
	private count = 0;

	/** Slots with a value. */
	get size(): number {
		return this.count;
	}

	get(slot: S): V | undefined {
		return this.owners.get(slot.serial) === slot ? this.values.get(slot.serial) : undefined;
	}

	has(slot: S): boolean {
		return this.owners.get(slot.serial) === slot;
	}

	set(slot: S, value: V): void {
		// A slot that reuses a serial replaces the earlier slot's value, which was not deleted.
		if (this.owners.get(slot.serial) === undefined) this.count++;
		this.owners.set(slot.serial, slot);
		this.values.set(slot.serial, value);
	}

	delete(slot: S): void {
		if (this.owners.get(slot.serial) !== slot) return;
		this.count--;
		this.owners.set(slot.serial, undefined);
		this.values.set(slot.serial, undefined);
	}

	clear(): void {
		this.owners.clear();
		this.values.clear();
		this.count = 0;
	}
}
