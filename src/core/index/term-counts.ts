import type { TermTable } from './term-table';
import { grownTo } from './typed-arrays';

/**
 * How often each term occurs in one document, for the engines that index it: a count per
 * term id in one reused array (all zero between documents), and the distinct ids in order
 * of first use in another (`ids`, the first `size`). A document may be read in parts (a
 * talk's speakers one name at a time): nothing is allocated per document or per part.
 */
export class TermCounts {
	private counts = new Int32Array(1024);
	/** The distinct term ids read since the last `start`, in order of first use (the first `size`). Reused: copy what you keep. */
	ids = new Int32Array(256);
	size = 0;

	/** Starts a document (the counts of the last one must all have been taken). */
	start(): void {
		this.size = 0;
	}

	/** Reads one more part of the document, numbering new terms in `table`; returns the distinct ids so far. */
	add(table: TermTable, text: string): number {
		const total = table.collect(text);
		const terms = table.ids;
		const counts = (this.counts = grownTo(this.counts, table.size));
		const ids = (this.ids = grownTo(this.ids, this.size + total));
		let size = this.size;
		for (let i = 0; i < total; i++) {
			const id = terms[i];
			if (counts[id]++ === 0) ids[size++] = id;
		}
		this.size = size;
		return size;
	}

	/** `start`, then `add(table, text)`: a document of one part. */
	read(table: TermTable, text: string): number {
		this.start();
		return this.add(table, text);
	}

	/** The count of a term of the document read, zeroing it for the next one. */
	take(id: number): number {
		const count = this.counts[id];
		this.counts[id] = 0;
		return count;
	}
}
