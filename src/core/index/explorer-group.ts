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
	readonly #rowsUpTo: (limit: number) => readonly TalkRow[];
	readonly #describe: () => string;

	constructor(
		readonly key: string,
		readonly label: string,
		readonly count: number,
		rowsUpTo: (limit: number) => readonly TalkRow[],
		describe: () => string,
		rows?: readonly TalkRow[],
	) {
		this.#rowsUpTo = rowsUpTo;
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
		const rows = this.#rowsUpTo(Math.max(0, Math.min(limit, this.count)));
		if (limit >= this.count) this.#all = rows;
		return rows;
	}
}

/** A group whose talks come from `talks` (at most `limit` of them, in group order) when its rows are read. */
export function lazyGroup(key: string, label: string, count: number, talks: (limit: number) => readonly Talk[], detail: () => string): TalkGroup {
	return new ExplorerGroup(key, label, count, (limit) => talks(limit).map((talk): TalkRow => ({ talk, highlight: NO_TERMS })), detail);
}

/** A group over rows made already (filtered talks). */
export function listGroup(key: string, label: string, detail: string | (() => string), rows: readonly TalkRow[]): TalkGroup {
	return new ExplorerGroup(key, label, rows.length, (limit) => rows.slice(0, limit), typeof detail === 'string' ? () => detail : detail, rows);
}

/**
 * A group of `count` rows that `rows` makes, all at once, the first time any is read
 * (search results: ranking a group is a sort, so it happens only for groups on screen).
 */
export function deferredGroup(key: string, label: string, count: number, rows: () => readonly TalkRow[], detail: () => string): TalkGroup {
	let made: readonly TalkRow[] | undefined;
	return new ExplorerGroup(key, label, count, (limit) => {
		made ??= rows();
		return limit >= made.length ? made : made.slice(0, limit);
	}, detail);
}
