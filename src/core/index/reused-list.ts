/**
 * A list filled and emptied again for every talk that keeps its storage from one fill to the
 * next. An array emptied with `length = 0` lets V8 drop its storage (and one cut to less than
 * half its size is trimmed), so each refill grew it from nothing again: garbage for every
 * talk indexed, which the young generation then had to collect.
 */
export class ReusedList<T> {
	/** The items, valid below `size`; entries past it are left from earlier fills. */
	readonly items: T[] = [];
	size = 0;

	/** Empties the list, keeping its storage. */
	clear(): void {
		this.size = 0;
	}

	push(item: T): void {
		this.items[this.size++] = item;
	}

	includes(item: T): boolean {
		for (let i = 0; i < this.size; i++) if (this.items[i] === item) return true;
		return false;
	}

	/** The items as an exact-length array of their own (to keep). */
	copy(): T[] {
		return this.items.slice(0, this.size);
	}
}
