import type { Talk } from '../model';
import type { TalkGroup, TalkRow } from './index-api';

const NO_TERMS: readonly string[] = [];

/**
 * A group of the explorer model. Its rows are made when read: `take(n)` makes the
 * first n, `rows` all of them (once); the detail is computed when first read. A
 * refresh can so list every group with its count and make rows only for the screenful
 * the view draws. `key`, `label` and `count` are own properties; `rows` and `detail`
 * are getters (compare groups through them, not as plain objects).
 */
class ExplorerGroup implements TalkGroup {
	#all?: readonly TalkRow[];
	#detail?: string;
	readonly #talks: (limit: number) => readonly Talk[];
	readonly #describe: () => string;

	constructor(
		readonly key: string,
		readonly label: string,
		readonly count: number,
		talks: (limit: number) => readonly Talk[],
		describe: () => string,
		rows?: readonly TalkRow[],
	) {
		this.#talks = talks;
		this.#describe = describe;
		this.#all = rows;
	}

	get detail(): string {
		this.#detail ??= this.#describe();
		return this.#detail;
	}

	get rows(): readonly TalkRow[] {
		return this.take(this.count);
	}

	take(limit: number): readonly TalkRow[] {
		const all = this.#all;
		if (all) return limit >= all.length ? all : all.slice(0, Math.max(0, limit));
		const rows = this.#talks(Math.max(0, Math.min(limit, this.count))).map((talk): TalkRow => ({ talk, highlight: NO_TERMS }));
		if (limit >= this.count) this.#all = rows;
		return rows;
	}
}

/** A group whose talks come from `talks` (at most `limit` of them, in group order) when its rows are read. */
export function lazyGroup(key: string, label: string, count: number, talks: (limit: number) => readonly Talk[], detail: () => string): TalkGroup {
	return new ExplorerGroup(key, label, count, talks, detail);
}

/** A group over rows made already (search results, filtered talks). */
export function listGroup(key: string, label: string, detail: string | (() => string), rows: readonly TalkRow[]): TalkGroup {
	return new ExplorerGroup(key, label, rows.length, () => rows.map((row) => row.talk), typeof detail === 'string' ? () => detail : detail, rows);
}
