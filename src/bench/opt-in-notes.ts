/**
 * Notes outside the daily notes that opt in (note-format.md section 7): one note per
 * conference with `conference:` in its frontmatter, or `talks: true` with context lines.
 * They are dated by a frontmatter `date:` and cover years before the daily notes.
 */
import type { ExpectedTalk } from './expected';
import { NoteWriter, PLAIN_STYLE } from './note-writer';
import { type GenState, writeTalk } from './talk-planner';
import { SERIES } from './vocab/series';

/** One opt-in note and its talks. */
export interface OptInNote {
	readonly path: string;
	readonly text: string;
	readonly talks: ExpectedTalk[];
}

/** The `index`-th opt-in note, for a year before `firstYear`. */
export function optInNote(gen: GenState, index: number, firstYear: number): OptInNote {
	const { rng } = gen;
	const series = SERIES[index % SERIES.length];
	const year = firstYear - 1 - Math.floor(index / 2);
	const date = `${year}-${String(series.month).padStart(2, '0')}-${String(series.day).padStart(2, '0')}`;
	const conference = series.yearInName ? `${series.name} ${year}` : series.name;
	const byFrontmatter = index % 2 === 0;
	const path = `${byFrontmatter ? 'Conferences' : 'Talks'}/${year} ${series.name}.md`;
	const w = new NoteWriter(PLAIN_STYLE);
	w.line('---');
	w.line(byFrontmatter ? `conference: "[[${conference}]]"` : 'talks: true');
	w.line(`date: ${date}`);
	w.line('---');
	w.line(`# ${conference}`);
	w.blank();
	w.line('Written up after the conference, from the notes on my phone.');
	w.blank();
	if (!byFrontmatter) {
		w.line(`## [[${conference}]]`);
		w.blank();
	}
	const talks: ExpectedTalk[] = [];
	const [lo, hi] = gen.profile.talksPerContext;
	for (let i = rng.int(lo, hi); i > 0; i--) {
		const t = writeTalk(gen, series.tracks, date, false);
		const line = w.item(0, t.line, true);
		w.tree(1, t.children);
		talks.push({ ...t, file: path, line, date, conference, heading: false, form: byFrontmatter ? 'frontmatter-conference' : 'heading-link' });
	}
	return { path, text: w.text(), talks };
}
