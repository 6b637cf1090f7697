import type { TermTable } from './term-table';
import { grownTo } from './typed-arrays';

/**
 * How often each term occurs in one text, for the engines that index it: a count per term
 * id in one reused array (all zero between texts), and the distinct ids in order of first
 * use. Reading a field so allocates one small list, not a map per field per talk.
 */
export class TermCounts {
	private counts = new Int32Array(1024);

	/** The distinct term ids of `text`, numbering new terms in `table`; `take` each one's count. */
	read(table: TermTable, text: string): number[] {
		const total = table.collect(text);
		const ids = table.ids;
		this.counts = grownTo(this.counts, table.size);
		const counts = this.counts;
		const distinct: number[] = [];
		for (let i = 0; i < total; i++) {
			const id = ids[i];
			if (counts[id]++ === 0) distinct.push(id);
		}
		return distinct;
	}

	/** The count of a term of the last text read, zeroing it for the next text. */
	take(id: number): number {
		const count = this.counts[id];
		this.counts[id] = 0;
		return count;
	}
}
