import type { SpeakerMention, TalkKind } from '../model';
import type { PeopleDirectory } from './parse-context';
import { lineShape } from './line-scan';
import { kindFromSegment, kindPrefix } from './session-kind';
import { unwrapEmphasis } from './speaker-names';
import { leadingSpan, splitSpeakers } from './speaker-split';
import { repairMojibake } from './text-repair';
import { topLevelSeparators, type Separators } from './top-level';

/** Everything one talk line says, split into its parts (note-format.md, section 3). */
export interface TalkLineParts {
	/** Display title: without speaker part, kind prefix and block id; leading bold/link span unwrapped; mojibake repaired. */
	title: string;
	speakers: SpeakerMention[];
	/** `talk` unless a prefix or kind word says otherwise. */
	kind: TalkKind;
	/** True when a kind prefix or word set the kind. */
	kindExplicit: boolean;
	/** The segment before `|` (`Threads`). */
	track?: string;
	/** Trailing ` ^id`, without the caret. */
	blockId?: string;
	/** Trailing remark: `great demo` in `**Fast Queues** (Ada Byron) - great demo`. */
	firstNote?: string;
	/** URLs and wikilink targets of a linked title span; they stay among the talk's links. */
	titleLinks: string[];
}

/** A track is a short label: `Threads`, `Main stage`, `Room 3`. */
const MAX_TRACK = 40;

/** Splits a talk line (list item content or heading text) into title, speakers, kind, track and block id. */
export function splitTalkLine(text: string, people: PeopleDirectory): TalkLineParts {
	const { rest, blockId } = stripBlockId(repairMojibake(text).trim());
	let kind: TalkKind = 'talk';
	let kindExplicit = false;
	let line = rest;
	const outer = kindPrefix(line);
	if (outer) {
		({ kind } = outer);
		kindExplicit = true;
		line = closeMark(line.slice(outer.length), outer.openMark);
	}
	// The track is kept in the title (`Threads | Live Discussion - ...`); the rules run on what follows it.
	const bar = line.indexOf('|') < 0 ? -1 : topLevelSeparators(lineShape(line)).bar;
	const trackText = bar > 0 ? line.slice(0, bar).trim() : '';
	const hasTrack = trackText.length <= MAX_TRACK && /[\p{L}\p{N}]/u.test(trackText);
	let body = hasTrack ? line.slice(bar + 1).trim() : line;
	const head = hasTrack ? line.slice(0, line.length - line.slice(bar + 1).trimStart().length) : '';
	if (!kindExplicit) {
		const inner = kindPrefix(body);
		if (inner) {
			({ kind } = inner);
			kindExplicit = true;
			body = closeMark(body.slice(inner.length), inner.openMark);
		}
	}
	const shape = lineShape(body);
	const seps = topLevelSeparators(shape);
	if (!kindExplicit) {
		const found = (hasTrack ? kindFromSegment(trackText) : null) ?? kindFromSegment(leadingSegment(body, seps));
		if (found) {
			kind = found;
			kindExplicit = true;
		}
	}
	const split = splitSpeakers(body, people, shape, seps);
	const shown = unwrapLeadingSpan(split.title.trim());
	const titleLinks = [...shown.links, ...(split.titleLinks ?? [])];
	const title = (head + shown.text).trim() || (head + body).trim() || rest;
	const parts: TalkLineParts = { title, speakers: split.speakers, kind, kindExplicit, titleLinks };
	if (hasTrack) parts.track = unwrapEmphasis(trackText);
	if (blockId) parts.blockId = blockId;
	if (split.firstNote) parts.firstNote = split.firstNote;
	return parts;
}

/** Drops a trailing ` ^block-id` (letters, digits, `-`). */
function stripBlockId(line: string): { rest: string; blockId?: string } {
	const caret = line.lastIndexOf('^');
	if (caret <= 0 || caret === line.length - 1 || !/\s/.test(line.charAt(caret - 1))) return { rest: line };
	const id = line.slice(caret + 1);
	if (!/^[A-Za-z0-9-]+$/.test(id)) return { rest: line };
	return { rest: line.slice(0, caret).trim(), blockId: id };
}

/** `**Keynote: Fast Queues**`: the prefix opened the emphasis, so the end of the line closes it. */
function closeMark(body: string, mark: string | undefined): string {
	const t = body.trim();
	return mark && t.endsWith(mark) ? t.slice(0, -mark.length).trim() : t;
}

/** The text before the first top-level ` - `, dash or `|`; '' when the line has none. */
function leadingSegment(body: string, seps: Separators): string {
	let end = seps.hyphens.length > 0 ? seps.hyphens[0] : -1;
	if (seps.dash && (end < 0 || seps.dash.at < end)) end = seps.dash.at;
	if (seps.bar >= 0 && (end < 0 || seps.bar < end)) end = seps.bar;
	return end > 0 ? body.slice(0, end) : '';
}

/** `**Fast Queues**` and `[Fast Queues](url)` at the start show as `Fast Queues`; their links are kept. */
function unwrapLeadingSpan(title: string): { text: string; links: string[] } {
	// A span opens with `[`, `**` or `__`: any other title needs no shape.
	const first = title.charCodeAt(0);
	if (first !== 91 && first !== 42 && first !== 95) return { text: title, links: [] };
	const span = leadingSpan(lineShape(title));
	if (!span || !span.display) return { text: title, links: [] };
	return { text: (span.display + title.slice(span.end)).trim(), links: span.links };
}
