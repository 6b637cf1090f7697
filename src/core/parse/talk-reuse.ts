import type { Talk } from '../model';
import { FNV_OFFSET, fnvStep } from '../text/fnv';
import type { OutlineLine } from './outline';
import type { ParseContext, PeopleDirectory, TalkReuseMemo, TopicRule } from './parse-context';
import { ReparseMemos } from './reparse-memos';
import type { TalkSite } from './talk-sites';

/**
 * Talks from a note's previous parse, reused when a note is parsed again (an edit) and a
 * talk's own lines did not change: typing in one talk then rebuilds that talk, not the
 * ten others of the conference day, and the unchanged ones come back as the very same
 * record objects, which the index recognises and skips.
 *
 * A talk is a function of its subtree's lines (their kind, depth and text), its context
 * (conference, heading path), the note's date and path, the people directory and the
 * parse settings. The memo is keyed by the note's path and a 64-bit fingerprint of the
 * rest; it belongs to one parse setup (settings), and every entry records the people
 * directory's version, so a new person note or a settings change never serves a stale talk.
 * A talk whose lines moved up or down comes back as a copy with its line numbers shifted.
 */

/**
 * A note's talks from its last parse with what each was made of: per talk, three numbers
 * (the two halves of its fingerprint and its line index) in one typed array. One small
 * object per note rather than one per talk: on a vault of 30,000 talks the memo held
 * about 9 MB as an object per talk, and it lives as long as the plugin.
 */
interface NoteTalks {
	readonly sites: Int32Array;
	readonly talks: readonly Talk[];
}

/** Numbers stored per site in {@link NoteTalks.sites}. */
const SITE_FIELDS = 3;

/** A talk found in the memo, and how far its lines moved since. */
export interface ReusedTalk {
	readonly talk: Talk;
	readonly shift: number;
}

export class TalkReuse implements TalkReuseMemo {
	private byPath = new Map<string, NoteTalks>();
	private people: PeopleDirectory | null = null;
	private peopleVersion = -1;
	private topics: readonly TopicRule[] | null = null;
	private autoKeywords = false;
	/** Line, frontmatter and title reads of earlier parses under the same setup (reparse-memos.ts). */
	private reparseMemos = new ReparseMemos();
	/** Sites of the note being parsed (fingerprint halves and line index), stored when it is done. */
	private pending: number[] = [];

	/** Starts a note's parse; false when nothing can be reused or remembered (a directory without versions). */
	begin(ctx: ParseContext): boolean {
		const { people, topics, autoKeywords } = ctx;
		// A directory that cannot say when its answers change never lets a talk be reused.
		const version = people.version;
		if (version === undefined) return false;
		if (people !== this.people || version !== this.peopleVersion || topics !== this.topics || autoKeywords !== this.autoKeywords) {
			// Other people or settings, other talks: nothing remembered can be trusted any more.
			this.byPath = new Map();
			this.reparseMemos = new ReparseMemos();
			this.people = people;
			this.peopleVersion = version;
			this.topics = topics;
			this.autoKeywords = autoKeywords;
		}
		this.pending.length = 0;
		return true;
	}

	/** The memos of this setup: valid until the next `begin` that returns true. */
	get memos(): ReparseMemos {
		return this.reparseMemos;
	}

	/** The previous parse's talk for this site when its fingerprint is unchanged. */
	find(path: string, site: TalkSite, outline: readonly OutlineLine[], date: string): ReusedTalk | undefined {
		const [hi, lo] = fingerprint(site, outline, date);
		this.pending.push(hi, lo, site.index);
		const previous = this.byPath.get(path);
		if (!previous) return undefined;
		const { sites, talks } = previous;
		for (let k = 0; k < talks.length; k++) {
			const at = k * SITE_FIELDS;
			if (sites[at] === hi && sites[at + 1] === lo) return { talk: talks[k], shift: site.index - sites[at + 2] };
		}
		return undefined;
	}

	/** Ends a note's parse: `talks` are its talks in site order (as `find` saw the sites). */
	remember(path: string, talks: readonly Talk[]): void {
		if (talks.length * SITE_FIELDS !== this.pending.length) {
			this.byPath.delete(path);
			return;
		}
		this.byPath.set(path, { sites: Int32Array.from(this.pending), talks: talks.slice() });
		this.pending = [];
	}
}

/** A reused talk with its lines moved by `shift` (the same object when they did not move). */
export function shiftedTalk({ talk, shift }: ReusedTalk): Talk {
	if (shift === 0) return talk;
	return {
		...talk,
		line: talk.line + shift,
		endLine: talk.endLine + shift,
		quotes: talk.quotes.map((quote) => ({ ...quote, line: quote.line + shift })),
	};
}

/**
 * Two independent 32-bit hashes (FNV-1a and a multiplicative mix), fed code units and numbers:
 * [FNV-1a, mix]. One typed array for every fingerprint rather than an object per call: with
 * an object per call, each full collection deoptimized the hashing code (`--trace-deopt`:
 * "weak objects", an embedded shape that died).
 */
const print = new Int32Array(2);

function startPrint(): void {
	print[0] = FNV_OFFSET;
	print[1] = 0x9747b28c | 0;
}

function printUnit(code: number): void {
	print[0] = fnvStep(print[0], code);
	const lo = print[1];
	print[1] = Math.imul(lo + code, 0x5bd1e995) ^ (lo >>> 15);
}

/** A string and then a separator no string holds (lone 0xffff), so `ab`+`c` differs from `a`+`bc`. */
function printText(value: string): void {
	for (let i = 0; i < value.length; i++) printUnit(value.charCodeAt(i));
	printUnit(0xffff);
}

/** A small integer, offset so negative ones stay distinct. */
function printNumber(value: number): void {
	printUnit((value + 0x8000) & 0xffff);
	printUnit(0xfffe);
}

const KIND_CODES: Readonly<Record<OutlineLine['kind'], number>> = { blank: 1, heading: 2, item: 3, text: 4, quote: 5, rule: 6, block: 7, inner: 8 };

/** What the talk at `site` is built from, hashed. */
function fingerprint(site: TalkSite, outline: readonly OutlineLine[], date: string): [number, number] {
	startPrint();
	printText(date);
	printText(site.conference);
	for (const heading of site.headingPath) printText(heading);
	const base = outline[site.index];
	for (let j = site.index; j <= site.end; j++) {
		const line = outline[j];
		// Structure relative to the talk line, so a talk that moved as a whole still matches.
		printNumber(KIND_CODES[line.kind]);
		printNumber(line.depth - base.depth);
		printNumber(line.topLevel ? 1 : 0);
		printNumber(line.end - j);
		printText(line.raw);
	}
	return [print[0], print[1]];
}
