/** Entries per page: a power of two, so an index splits into a page and a place with a shift and a mask. */
const PAGE_BITS = 10;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * A sparse array of `T | undefined` by small integer index, in pages of {@link PAGE_SIZE}
 * entries, for tables with an entry per talk of a whole vault.
 *
 * Why not one array: a long array copies itself whole each time it grows. On the stress
 * vault (30,046 talks) a write that grew two per-talk arrays past 15,044 and 22,583 entries
 * took 1.5-2.4 ms (harness `stset.ts`), and several tables grew at the same talk, in one
 * note's update, in the middle of a background indexing slice. A new page costs the same
 * at any size.
 */
export class PagedArray<T> {
	private pages: Array<Array<T | undefined>> = [];

	/** The entry at `index`; undefined when never set (or set to undefined). */
	get(index: number): T | undefined {
		const page = this.pages[index >> PAGE_BITS];
		return page === undefined ? undefined : page[index & PAGE_MASK];
	}

	set(index: number, value: T | undefined): void {
		const at = index >> PAGE_BITS;
		while (this.pages.length <= at) this.pages.push(new Array<T | undefined>(PAGE_SIZE).fill(undefined));
		this.pages[at][index & PAGE_MASK] = value;
	}

	clear(): void {
		this.pages = [];
	}
}
