/**
 * Where the indexed talks of a note are in the text the editor shows now. The index knows each
 * talk's line as of the last save; while the user types, lines move before the index catches up.
 * So each talk is looked for at its indexed line first, then nearby, and only a line that still
 * reads like the talk gets a mark. Pure: no CodeMirror, no Obsidian.
 */
import type { Talk } from '../core/model';
import { repairMojibake } from '../core/parse/text-repair';
import { slug } from '../core/text/fold';

/** The part of a document this needs: CodeMirror's `Text` has exactly this shape (1-based lines). */
export interface LineSource {
	readonly lines: number;
	line(n: number): { readonly from: number; readonly to: number; readonly text: string };
}

/** The facts about a talk this needs. */
export type TalkLineInfo = Pick<Talk, 'id' | 'title' | 'line' | 'endLine'>;

/** A talk's line in the current text. */
export interface TalkRange {
	readonly talkId: string;
	/** 1-based line of the talk's own bullet or heading now. */
	readonly line: number;
	/** 1-based last line of its subtree now (its indexed length, moved with its first line). */
	readonly endLine: number;
	/** Offset of the start of the talk's line. */
	readonly from: number;
	/** Offset of the end of the talk's line (before the line break). */
	readonly to: number;
}

/** How far from its indexed line a talk is looked for when lines moved. */
export const SEARCH_RADIUS = 30;

/** Lines of a string as a LineSource (LF, CRLF or CR breaks), for tests and non-editor callers. */
export function linesOf(text: string): LineSource {
	const starts = [0];
	const ends: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			ends.push(i);
			if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		}
	}
	ends.push(text.length);
	return {
		lines: starts.length,
		line: (n) => ({ from: starts[n - 1], to: ends[n - 1], text: text.slice(starts[n - 1], ends[n - 1]) }),
	};
}

/**
 * Maps talks to their lines in `doc`: the indexed line when it still reads like the talk, else the
 * nearest such line within SEARCH_RADIUS that no other talk took. Talks that cannot be found are
 * left out (no mark is better than a mark on the wrong line). Sorted by position. Costs O(talks)
 * line reads while the note is unchanged since indexing.
 */
export function findTalkRanges(doc: LineSource | string, talks: readonly TalkLineInfo[]): TalkRange[] {
	if (talks.length === 0) return [];
	const source = typeof doc === 'string' ? linesOf(doc) : doc;
	const taken = new Set<number>();
	const found: TalkRange[] = [];
	const place = (talk: TalkLineInfo, n: number) => {
		const line = source.line(n);
		taken.add(n);
		found.push({ talkId: talk.id, line: n, endLine: n + Math.max(0, talk.endLine - talk.line), from: line.from, to: line.to });
	};
	const misplaced: TalkLineInfo[] = [];
	// First pass: talks still on their indexed line claim it, so a moved talk cannot steal it.
	for (const talk of talks) {
		if (talk.line >= 1 && talk.line <= source.lines && readsLike(source.line(talk.line).text, talk.title)) place(talk, talk.line);
		else misplaced.push(talk);
	}
	for (const talk of misplaced) {
		const n = nearest(source, talk, taken);
		if (n !== undefined) place(talk, n);
	}
	return found.sort((a, b) => a.from - b.from);
}

/** The innermost talk whose lines hold a 1-based line (a heading talk can hold list talks). */
export function rangeAtLine(ranges: readonly TalkRange[], line: number): TalkRange | undefined {
	let best: TalkRange | undefined;
	for (const range of ranges) if (range.line <= line && line <= range.endLine && (!best || range.line > best.line)) best = range;
	return best;
}

/**
 * True when a line still reads like a talk with this title: a list item or heading whose slug
 * holds the title's slug. Slugs drop markup, links' brackets, kind prefixes' colons and the
 * emoji that mojibake repair changes, so the raw line and the shown title compare.
 */
export function readsLike(lineText: string, title: string): boolean {
	if (!/^\s*(?:[-*+]|\d+[.)]|#{1,6})\s/.test(lineText)) return false;
	const want = slug(title);
	// Titles are shown with mojibake repaired; the line keeps its bytes, so repair it the same way.
	return want === '' || slug(repairMojibake(lineText)).includes(want);
}

function nearest(source: LineSource, talk: TalkLineInfo, taken: ReadonlySet<number>): number | undefined {
	// A title with no letters or digits reads like any list item: only its own line may hold it.
	if (slug(talk.title) === '') return undefined;
	const start = Math.min(Math.max(talk.line, 1), source.lines);
	// d = 0 retries the indexed line only when it was out of range (then `start` is the last line).
	for (let d = 0; d <= SEARCH_RADIUS; d++) {
		for (const n of d === 0 ? [start] : [start - d, start + d]) {
			if (n >= 1 && n <= source.lines && !taken.has(n) && readsLike(source.line(n).text, talk.title)) return n;
		}
	}
	return undefined;
}
