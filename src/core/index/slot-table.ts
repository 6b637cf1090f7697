/** What a slot table keys by: an object with a small serial number of its own (a talk slot). */
export interface Serial {
	readonly serial: number;
}

/**
 * A value per talk slot, in arrays indexed by the slot's serial number (see TalkRegistry).
 * A map keyed by slot would do, but a map with an entry per talk rehashes every entry at
 * once each time it doubles: 10 ms and more on a large vault, in the middle of indexing.
 * Serials are reused once a slot is gone, so each entry remembers its slot: a later slot
 * with the same serial never reads or drops an earlier slot's value.
 */
export class SlotTable<S extends Serial, V> {
	private owners: Array<S | undefined> = [];
	private values: Array<V | undefined> = [];
	private count = 0;

	/** Slots with a value. */
	get size(): number {
		return this.count;
	}

	get(slot: S): V | undefined {
		return this.owners[slot.serial] === slot ? this.values[slot.serial] : undefined;
	}

	has(slot: S): boolean {
		return this.owners[slot.serial] === slot;
	}

	set(slot: S, value: V): void {
		// A slot that reuses a serial replaces the earlier slot's value, which was not deleted.
		if (this.owners[slot.serial] === undefined) this.count++;
		this.owners[slot.serial] = slot;
		this.values[slot.serial] = value;
	}

	delete(slot: S): void {
		if (this.owners[slot.serial] !== slot) return;
		this.count--;
		this.owners[slot.serial] = undefined;
		this.values[slot.serial] = undefined;
	}

	clear(): void {
		this.owners = [];
		this.values = [];
		this.count = 0;
	}
}
