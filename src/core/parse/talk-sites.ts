import type { ConferenceMention, SpeakerMention } from '../model';
import { fold } from '../text/fold';
import { contextName } from './context-line';
import type { OutlineLine } from './outline';
import type { PeopleDirectory } from './parse-context';
import { readOnce, type ReparseMemos } from './reparse-memos';
import { parseSpeakerLine } from './speaker-line';
import { splitTalkLine, type TalkLineParts } from './talk-line';

/**
 * Where the conferences and talks of a note are (sections 2, 3 and 5), found
 * in one forward pass over the outline. A talk's subtree is skipped once it is
 * taken, so every line is looked at a bounded number of times.
 */

/** A line that is a talk, before its notes, links and topics are gathered. */
export interface TalkSite {
	/** 0-based index of the talk's bullet or heading. */
	readonly index: number;
	/** 0-based index of the talk's last line. */
	readonly end: number;
	readonly parts: TalkLineParts;
	readonly conference: string;
	readonly headingPath: readonly string[];
	/**
	 * Speakers named by the first child line (`Speakers: ...`, `Ada Byron, Bo Linde`), and by
	 * the sibling lines right after it that also only name speakers (`Moderator: ...` then the
	 * panelists), with the indexes of those lines.
	 */
	readonly speakerLines?: { readonly indexes: readonly number[]; readonly speakers: readonly SpeakerMention[] };
}

/** What the scan finds. */
export interface SiteScan {
	readonly conferences: ConferenceMention[];
	readonly sites: TalkSite[];
}

/** Inputs of the scan besides the outline. */
export interface ScanOptions {
	readonly bodyStart: number;
	readonly date: string;
	readonly people: PeopleDirectory;
	/** `conference:` / `event:` from the frontmatter: the context wherever no context line speaks. */
	readonly frontmatterConference?: string;
	/** Updated with the 1-based line being read, so a crash can say where. */
	readonly progress: { line: number };
	/** The parse setup's memos (reparse-memos.ts): talk and speaker lines read in an earlier parse are not read again. */
	readonly memos?: ReparseMemos;
}

/** The context the scan is in. */
type Region =
	| { readonly form: 'frontmatter'; readonly name: string }
	| { readonly form: 'paragraph'; readonly name: string }
	/** A list item: its children are the talks, and it ends with its subtree. */
	| { readonly form: 'item'; readonly name: string; readonly depth: number; readonly end: number }
	/** A heading: subheadings are talks; without any, its list items are (held until the section ends). */
	| { readonly form: 'heading'; readonly name: string; readonly level: number; subheadings: boolean; pending: TalkSite[] };

/** Finds every context line and talk of the note body. */
export function findTalkSites(outline: readonly OutlineLine[], options: ScanOptions): SiteScan {
	const { people, memos } = options;
	const conferences: ConferenceMention[] = [];
	const sites: TalkSite[] = [];
	const path: { level: number; text: string }[] = [];
	const fallback: Region | null = options.frontmatterConference
		? { form: 'frontmatter', name: options.frontmatterConference }
		: null;
	if (fallback) conferences.push({ name: fallback.name, line: 1, date: options.date });
	let region: Region | null = fallback;

	const mention = (name: string, index: number) => conferences.push({ name, line: index + 1, date: options.date });
	const leave = () => {
		if (region?.form === 'heading' && !region.subheadings) sites.push(...region.pending);
		region = fallback;
	};
	/**
	 * A context-shaped line that reads as a talk (`[[Ada Byron]]: Fast Queues`) is a talk, not a
	 * context. It reads as one when it has a session kind, or a speaker and a title of its own: a
	 * lone name-like link (`[[Evening Meetup]]`, `[[Evening Meetup]] (day 2)`) may split into a
	 * "speaker", but its title is still the link, so it stays a context.
	 */
	const contextOf = (text: string): string | undefined => {
		const name = contextName(text, people);
		if (name === undefined || /#conference/i.test(text)) return name;
		const parts = readOnce(memos?.talkLines, text, people, splitTalkLine);
		if (parts.kindExplicit) return undefined;
		return parts.speakers.length > 0 && !fold(parts.title).includes(fold(name)) ? undefined : name;
	};
	const site = (index: number, end: number, parts: TalkLineParts, conference: string): TalkSite => {
		const headingPath = path.map((heading) => heading.text);
		const speakerLines = leadingSpeakerLines(outline, index, end, people, memos);
		return speakerLines ? { index, end, parts, conference, headingPath, speakerLines } : { index, end, parts, conference, headingPath };
	};

	for (let i = options.bodyStart; i < outline.length; i++) {
		options.progress.line = i + 1;
		const line = outline[i];
		if (line.kind === 'heading') {
			while (path.length > 0 && path[path.length - 1].level >= line.level) path.pop();
			const current: Region | null = region;
			if (current && (current.form === 'paragraph' || current.form === 'item' || (current.form === 'heading' && line.level <= current.level))) leave();
			const name = contextOf(line.text);
			const inHeading: Region | null = region;
			if (name !== undefined) {
				leave();
				region = { form: 'heading', name, level: line.level, subheadings: false, pending: [] };
				mention(name, i);
			} else if (inHeading?.form === 'heading') {
				const parts = readOnce(memos?.talkLines, line.text, people, splitTalkLine);
				if (parts.title.trim() !== '') {
					inHeading.subheadings = true;
					inHeading.pending = [];
					const next = nextContextLine(outline, i, line.end, contextOf);
					sites.push(site(i, next < 0 ? line.end : lastSubstantiveBefore(outline, i, next), parts, inHeading.name));
					path.push({ level: line.level, text: line.text });
					// The talk's notes stop at a context line in its section: the loop reads on from there.
					i = next < 0 ? line.end : next - 1;
					continue;
				}
			}
			path.push({ level: line.level, text: line.text });
			continue;
		}
		if (line.kind === 'item') {
			const current: Region | null = region;
			if (current?.form === 'item' && i > current.end) leave();
			if (line.task || !line.substantive) continue;
			const name = line.end > i ? contextOf(line.text) : undefined;
			if (name !== undefined) {
				leave();
				region = { form: 'item', name, depth: line.depth, end: line.end };
				mention(name, i);
				continue;
			}
			const here: Region | null = region;
			if (!here || line.depth !== (here.form === 'item' ? here.depth + 1 : 0)) continue;
			const parts = readOnce(memos?.talkLines, line.text, people, splitTalkLine);
			if (parts.title.trim() === '') continue;
			const found = site(i, line.end, parts, here.name);
			const isTalk = parts.speakers.length > 0 || parts.kindExplicit || found.speakerLines !== undefined || hasChildItem(outline, i, line.end);
			if (!isTalk) continue;
			if (here.form === 'heading') here.pending.push(found);
			else sites.push(found);
			i = line.end;
			continue;
		}
		if (line.kind === 'text' && line.topLevel && standsAlone(outline, i)) {
			const name = contextOf(line.text);
			if (name !== undefined) {
				leave();
				region = { form: 'paragraph', name };
				mention(name, i);
			}
		}
	}
	leave();
	return { conferences, sites };
}

/**
 * The first context line in a subheading talk's section (section 2: any context ends at the
 * next context line), or -1. Only lines a context starts from are read: headings, top-level
 * items with children (the subtrees under them are notes) and lone paragraphs.
 */
function nextContextLine(
	outline: readonly OutlineLine[],
	index: number,
	end: number,
	contextOf: (text: string) => string | undefined,
): number {
	for (let j = index + 1; j <= end; j++) {
		const line = outline[j];
		if (line.kind === 'heading' && contextOf(line.text) !== undefined) return j;
		if (line.kind === 'item' && line.depth === 0) {
			if (!line.task && line.substantive && line.end > j && contextOf(line.text) !== undefined) return j;
			j = line.end;
			continue;
		}
		if (line.kind === 'text' && line.topLevel && standsAlone(outline, j) && contextOf(line.text) !== undefined) return j;
	}
	return -1;
}

/** The last line with content before `next`, at least `index`: blank lines do not end a talk. */
function lastSubstantiveBefore(outline: readonly OutlineLine[], index: number, next: number): number {
	let last = next - 1;
	while (last > index && !outline[last].substantive) last--;
	return last;
}

/**
 * The speakers named at the top of a talk's subtree: its first line with content (a
 * bullet or text), if that names speakers, and each following sibling line that does too.
 */
function leadingSpeakerLines(
	outline: readonly OutlineLine[],
	index: number,
	end: number,
	people: PeopleDirectory,
	memos: ReparseMemos | undefined,
): { indexes: number[]; speakers: SpeakerMention[] } | undefined {
	const indexes: number[] = [];
	const speakers: SpeakerMention[] = [];
	let first: OutlineLine | undefined;
	for (let j = index + 1; j <= end; j++) {
		const line = outline[j];
		if (!line.substantive) continue;
		if (line.kind !== 'item' && line.kind !== 'text') break;
		if (first && (line.kind !== first.kind || line.depth !== first.depth)) break;
		const named = readOnce(memos?.speakerLines, line.text, people, parseSpeakerLine);
		if (!named || named.length === 0) break;
		first ??= line;
		indexes.push(j);
		speakers.push(...named);
	}
	return indexes.length > 0 ? { indexes, speakers } : undefined;
}

/** True when the item has a child bullet: the first item of its subtree is always a child. */
function hasChildItem(outline: readonly OutlineLine[], index: number, end: number): boolean {
	for (let j = index + 1; j <= end; j++) if (outline[j].kind === 'item') return true;
	return false;
}

/** A paragraph of one line: no paragraph text right above or below it. */
function standsAlone(outline: readonly OutlineLine[], i: number): boolean {
	const isParagraph = (line: OutlineLine | undefined) => line !== undefined && line.kind === 'text' && line.topLevel;
	return !isParagraph(outline[i - 1]) && !isParagraph(outline[i + 1]);
}
