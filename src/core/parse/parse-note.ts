import type { Diagnostic, NoteExtract, Talk } from '../model';
import { readFrontmatter } from './frontmatter';
import { readNoteFields } from './frontmatter-fields';
import { maskLines } from './masking';
import { noteDate } from './note-date';
import { buildOutline } from './outline';
import type { NoteInput, ParseContext } from './parse-context';
import { readPersonNote } from './person-note';
import { looksBinary, toLines } from './source-text';
import { assignTalkIds } from './talk-ids';
import { findTalkSites } from './talk-sites';
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
		return {
			path: input.path,
			date: noteDate(input.fileDate, undefined, undefined),
			conferences: [],
			talks: [],
			diagnostics: [{ file: input.path, line: progress.line, message: `Could not read this note: ${reason}` }],
		};
	}
}

function parseOrThrow(input: NoteInput, ctx: ParseContext, progress: { line: number }): NoteExtract {
	const { path } = input;
	const text = typeof input.text === 'string' ? input.text : '';
	if (looksBinary(text)) {
		return {
			path,
			date: noteDate(input.fileDate, undefined, undefined),
			conferences: [],
			talks: [],
			diagnostics: [{ file: path, line: 0, message: 'Not a text note (binary content); skipped' }],
		};
	}
	const diagnostics: Diagnostic[] = [];
	const lines = toLines(text);
	const frontmatter = readFrontmatter(lines, ctx.parseYaml);
	const fields = readNoteFields(frontmatter.data);
	const scanned = input.scope !== 'other' || fields.optsIn;
	if (frontmatter.error && (scanned || input.inPeopleFolder)) {
		diagnostics.push({ file: path, line: 1, message: `Broken frontmatter: ${frontmatter.error}` });
	}
	const outline = buildOutline(maskLines(lines, frontmatter.bodyStart), lines, frontmatter.bodyStart);
	const firstHeading = outline.find((line) => line.kind === 'heading');
	const date = noteDate(input.fileDate, fields.date, firstHeading?.text);
	const person = readPersonNote(path, fields, input.inPeopleFolder === true);
	const extract = { path, date, ...(person ? { person } : {}) };
	if (!scanned) return { ...extract, conferences: [], talks: [], diagnostics };

	const scan = findTalkSites(outline, {
		bodyStart: frontmatter.bodyStart,
		date,
		people: ctx.people,
		frontmatterConference: fields.conference,
		progress,
	});
	const drafts: TalkDraft[] = [];
	for (const site of scan.sites) {
		progress.line = site.index + 1;
		try {
			drafts.push(buildTalk(site, outline, { path, date }, ctx));
		} catch (error) {
			// One talk that cannot be read must not cost the note its other talks.
			const reason = error instanceof Error ? error.message : String(error);
			diagnostics.push({ file: path, line: site.index + 1, message: `Could not read this talk: ${reason}` });
		}
	}
	const ids = assignTalkIds(drafts, date);
	const talks: Talk[] = drafts.map((draft, i) => ({ id: ids[i], ...draft }));
	return { ...extract, conferences: scan.conferences, talks, diagnostics };
}
