import { isTooLargeText, tooLargeMessage, utf8Length } from '../limits';
import type { Diagnostic, NoteExtract, Talk } from '../model';
import { cannotHoldContext, lineOffset } from './context-free';
import { NO_FRONTMATTER, readFrontmatter, startsFrontmatter } from './frontmatter';
import { readNoteFields } from './frontmatter-fields';
import { maskLines } from './masking';
import { isoDateAtStart, noteDate } from './note-date';
import { buildOutline } from './outline';
import type { NoteInput, ParseContext } from './parse-context';
import { ParsedNote } from './parsed-note';
import { readPersonNote } from './person-note';
import { looksBinary, toLines, withoutBom } from './source-text';
import { assignTalkIds } from './talk-ids';
import { findTalkSites } from './talk-sites';
import { shiftedTalk, TalkReuse } from './talk-reuse';
import { buildTalk, type TalkDraft } from './talks';

/**
 * Turns one note into everything the index keeps about it. Pure, linear in the
 * note's size, and it never throws: bad input becomes a diagnostic, and a talk
 * is only ever reported where the note format says one is.
 */
export function parseNote(input: NoteInput, ctx: ParseContext): NoteExtract {
	const progress = { line: 0 };
	try {
		return parseOrThrow(input, ctx, progress);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		const diagnostic = { file: input.path, line: progress.line, message: `Could not read this note: ${reason}` };
		return new ParsedNote(input.path, noteDate(input.fileDate, undefined, undefined), undefined, [], [], [diagnostic]);
	}
}

/** A note that is not read at all: its path and file-name date, and why. */
function skipped(input: NoteInput, message: string): NoteExtract {
	return new ParsedNote(input.path, noteDate(input.fileDate, undefined, undefined), undefined, [], [], [{ file: input.path, line: 0, message }]);
}

/** How much of a note over the size limit is searched for its frontmatter. */
const HEAD_CHARS = 64 * 1024;

/**
 * A note over the size limit: skipped whole with one diagnostic when it is one the index
 * would read (a daily note, a note in a talk folder, one that opts in, a person note);
 * silently left out, like any other note that is not about talks, otherwise.
 */
function tooLarge(input: NoteInput, text: string, ctx: ParseContext): NoteExtract {
	const cut = text.lastIndexOf('\n', HEAD_CHARS);
	const fields = readNoteFields(readFrontmatter(toLines(text.slice(0, cut < 0 ? HEAD_CHARS : cut)), ctx.parseYaml).data);
	if (input.scope !== 'other' || fields.optsIn || fields.isPerson || input.inPeopleFolder) {
		return skipped(input, tooLargeMessage(utf8Length(text)));
	}
	return new ParsedNote(input.path, noteDate(input.fileDate, fields.date, undefined), undefined, [], [], []);
}

function parseOrThrow(input: NoteInput, ctx: ParseContext, progress: { line: number }): NoteExtract {
	const { path } = input;
	const text = typeof input.text === 'string' ? input.text : '';
	// All or nothing: a note over the limit is skipped whole, never indexed in part.
	if (isTooLargeText(text)) return tooLarge(input, text, ctx);
	if (looksBinary(text)) return skipped(input, 'Not a text note (binary content); skipped');
	const diagnostics: Diagnostic[] = [];
	const body = withoutBom(text);
	// Talks whose lines did not change since this note's last parse come back as they were,
	// and lines read by an earlier parse of this setup are not read again.
	const reuse = ctx.reuse instanceof TalkReuse && ctx.reuse.begin(ctx) ? ctx.reuse : undefined;
	const memos = reuse?.memos;
	// Lines are only split when something reads them: frontmatter, or the outline below.
	let lines = startsFrontmatter(body) ? toLines(body) : null;
	const frontmatter = lines ? readFrontmatter(lines, ctx.parseYaml, memos?.frontmatter(ctx.parseYaml)) : NO_FRONTMATTER;
	const fields = readNoteFields(frontmatter.data);
	const scanned = input.scope !== 'other' || fields.optsIn;
	if (frontmatter.error && (scanned || input.inPeopleFolder)) {
		diagnostics.push({ file: path, line: 1, message: `Broken frontmatter: ${frontmatter.error}` });
	}
	const person = readPersonNote(path, fields, input.inPeopleFolder === true);
	// The outline is only built when something needs it: the talk scan, or a date from the first heading.
	const skipScan = !scanned || (fields.conference === undefined && cannotHoldContext(body, lineOffset(body, frontmatter.bodyStart)));
	const known = isoDateAtStart(input.fileDate) ?? isoDateAtStart(fields.date);
	// The path most daily notes take.
	if (skipScan && known !== undefined) return new ParsedNote(path, known, person, [], [], diagnostics);
	lines ??= toLines(body);
	const outline = buildOutline(maskLines(lines, frontmatter.bodyStart, body), lines, frontmatter.bodyStart);
	const firstHeading = outline.find((line) => line.kind === 'heading');
	const date = noteDate(input.fileDate, fields.date, firstHeading?.text);
	if (skipScan) return new ParsedNote(path, date, person, [], [], diagnostics);

	const scan = findTalkSites(outline, {
		bodyStart: frontmatter.bodyStart,
		date,
		people: ctx.people,
		frontmatterConference: fields.conference,
		progress,
		memos,
	});
	const talks: Talk[] = [];
	const built: boolean[] = [];
	for (const site of scan.sites) {
		progress.line = site.index + 1;
		const found = reuse?.find(path, site, outline, date);
		if (found) {
			talks.push(shiftedTalk(found));
			built.push(false);
			continue;
		}
		try {
			talks.push(buildTalk(site, outline, { path, date }, ctx));
			built.push(true);
		} catch (error) {
			// One talk that cannot be read must not cost the note its other talks.
			const reason = error instanceof Error ? error.message : String(error);
			diagnostics.push({ file: path, line: site.index + 1, message: `Could not read this talk: ${reason}` });
		}
	}
	const ids = assignTalkIds(talks, date, memos?.titleSlugs);
	talks.forEach((talk, i) => {
		// A fresh draft takes its id in place; a reused record is shared with the index, so it is copied.
		if (built[i]) (talk as TalkDraft).id = ids[i];
		else if (talk.id !== ids[i]) talks[i] = { ...talk, id: ids[i] };
	});
	reuse?.remember(path, talks);
	return new ParsedNote(path, date, person, scan.conferences, talks, diagnostics);
}
