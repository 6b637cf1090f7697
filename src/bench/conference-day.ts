/**
 * A daily note written at a conference: some journal lines, one or more conference
 * contexts in every documented form (note-format.md section 2), the talks under them,
 * and the rest of the day after a heading.
 */
import type { ContextForm, ExpectedTalk } from './expected';
import { NoteWriter, type NoteStyle } from './note-writer';
import type { ScheduledContext } from './schedule';
import { type GenState, writeTalk } from './talk-planner';
import { weekday, writeJournal } from './ordinary-day';

const LINK_FORMS: ReadonlyArray<readonly [ContextForm, number]> = [
	['paragraph-link', 30], ['list-item-link', 15], ['heading-link', 20], ['heading-subheadings', 10], ['words-around-link', 10],
	['display-text-link', 5], ['frontmatter-conference', 4], ['frontmatter-event', 2],
];
const TAG_FORMS: ReadonlyArray<readonly [ContextForm, number]> = [
	['tag-heading', 50], ['tag-paragraph', 25], ['tag-list-item', 25],
];

/** A note style drawn per note: mostly tabs and `-`, sometimes the seed's `+`, numbers, spaces, CRLF, a BOM. */
export function drawStyle(gen: GenState): NoteStyle {
	const { rng, cover } = gen;
	return {
		marker: cover.choose('marker', [['-', 60], ['+', 20], ['*', 8], ['1.', 8], ['1)', 4]] as const),
		childMarker: rng.weighted([['-', 80], ['+', 15], ['*', 5]] as const),
		indent: cover.choose('indent', [['\t', 60], ['    ', 20], ['  ', 15], ['mixed', 5]] as const),
		eol: cover.once('crlf', 0.05) ? '\r\n' : '\n',
		bom: cover.once('bom', 0.02),
	};
}

/** Writes the note for `date` holding `contexts`; returns its text, its talks and its forms. */
export function conferenceDay(gen: GenState, path: string, date: string, contexts: readonly ScheduledContext[]): { text: string; talks: ExpectedTalk[]; forms: ContextForm[] } {
	const { rng, cover } = gen;
	const forms = contexts.map((c, i) => {
		if (c.meetup) return cover.choose('tag-form', TAG_FORMS);
		return cover.choose('link-form', LINK_FORMS, (f) => !f.startsWith('frontmatter') || (i === 0 && contexts.length === 1));
	});
	const w = new NoteWriter(drawStyle(gen));
	const talks: ExpectedTalk[] = [];
	const frontmatter = forms[0] === 'frontmatter-conference' || forms[0] === 'frontmatter-event';
	if (frontmatter) {
		const first = contexts[0];
		w.line('---');
		w.line(`${forms[0] === 'frontmatter-event' ? 'event' : 'conference'}: "[[${first.conference}]]"`);
		if (rng.chance(0.5)) w.line('tags: [daily, travel]');
		w.line('---');
	}
	if (rng.chance(0.6)) {
		w.line(`# ${date} ${weekday(date)}`);
		w.blank();
	}
	if (!frontmatter) {
		if (rng.chance(0.5)) w.line('## Log');
		writeJournal(gen, w, rng.int(0, 3), false);
	}
	contexts.forEach((context, i) => {
		w.blank();
		const form = forms[i];
		for (const t of writeContext(gen, w, context, form, date)) talks.push({ ...t, file: path, date, conference: context.conference, form });
	});
	w.blank();
	if (frontmatter) {
		// A lone one-liner and a task in the frontmatter context: notes of the conference, not talks.
		w.item(0, 'lunch with the team');
		w.item(0, '[ ] buy the recording');
	} else {
		w.line(rng.pick(['## Evening', '## Appendix', '## Notes']));
		writeJournal(gen, w, rng.int(1, 4), true);
	}
	return { text: w.text(), talks, forms };
}

type Partial = Omit<ExpectedTalk, 'file' | 'date' | 'conference' | 'form'>;

/** The context line of a form (without the heading marks or list marker). */
function contextLine(gen: GenState, context: ScheduledContext, form: ContextForm): string {
	const x = context.conference;
	const day = context.day + 1;
	if (form === 'words-around-link') {
		const n = gen.cover.choose('words', [0, 1, 2, 3, 4, 5].map((k) => [k, 1] as const));
		return [`at [[${x}]]`, `@ [[${x}]]`, `Day ${day} of [[${x}]]`, `Afternoon [[${x}]]`, `[[${x}]] day ${day}`, `[[${x}]] (day ${day})`][n];
	}
	if (form === 'display-text-link') return `[[${x}|${x.replace(/ \d{4}$/, '')}, day ${day}]]`;
	if (form.startsWith('tag-')) return `${x} #conference`;
	return `[[${x}]]`;
}

/** Writes one context and its talks. */
function writeContext(gen: GenState, w: NoteWriter, context: ScheduledContext, form: ContextForm, date: string): Partial[] {
	const { rng } = gen;
	const [lo, hi] = context.meetup ? [2, 4] : gen.profile.talksPerContext;
	const count = rng.int(lo, hi);
	const line = contextLine(gen, context, form);
	const out: Partial[] = [];
	const listTalk = (depth: number) => {
		const t = writeTalk(gen, context.tracks, date, false);
		const at = w.item(depth, t.line, true);
		w.tree(depth + 1, t.children);
		out.push({ ...t, line: at, heading: false });
	};
	let depth = 0;
	if (form === 'heading-link' || form === 'heading-subheadings' || form === 'tag-heading') {
		w.line(`## ${line}`);
		w.blank();
	} else if (form === 'list-item-link' || form === 'tag-list-item') {
		w.item(0, line);
		depth = 1;
	} else if (!form.startsWith('frontmatter')) {
		w.line(line);
	}
	for (let i = 0; i < count; i++) {
		if (form === 'heading-subheadings') {
			const t = writeTalk(gen, context.tracks, date, true);
			const at = w.line(`### ${t.line}`);
			w.blank();
			w.tree(0, t.children);
			w.blank();
			out.push({ ...t, line: at, heading: true });
			continue;
		}
		listTalk(depth);
		if (i === 0 && gen.cover.once('lone-item', 0.15)) w.item(depth, rng.pick(['lunch', 'coffee break, great hallway track', '[ ] buy the recording', '[x] charge the laptop']));
		if (form === 'heading-link' && i < count - 1 && gen.cover.once('talk-level-decoy', 0.1)) writeDecoy(gen, w);
	}
	if (form === 'list-item-link' || form === 'tag-list-item') w.item(0, 'dinner with the other attendees, great conversations');
	return out;
}

/** Between talks of a heading context: a fence or a callout holding talk-like lines that must stay notes. */
function writeDecoy(gen: GenState, w: NoteWriter): void {
	w.blank();
	if (gen.rng.chance(0.5)) {
		w.line('```text');
		w.line('- Not A Talk ~ Fake Person');
		w.line('```');
	} else {
		w.line('> [!quote] Overheard');
		w.line('> - Quoted Talk ~ Not Real');
	}
	w.blank();
}
