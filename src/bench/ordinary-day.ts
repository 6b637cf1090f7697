/**
 * An ordinary daily note: journal bullets, tasks, meetings, reading notes, sometimes a
 * code block. No conference context ever, so the index must find no talk here even
 * where a line looks like one (`- rewatched Fast Queues ~ Ada Byron`).
 */
import { NoteWriter, PLAIN_STYLE } from './note-writer';
import type { GenState } from './talk-planner';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Wed` for `2023-10-18` (UTC, so the machine's zone never matters). */
export function weekday(date: string): string {
	return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/**
 * Writes `count` journal bullets (some with a nested detail) and, with `tasks`, a few
 * tasks; every link sits inside a longer sentence, never alone on its line.
 */
export function writeJournal(gen: GenState, w: NoteWriter, count: number, tasks: boolean): void {
	const { rng, filler } = gen;
	for (let i = 0; i < count; i++) {
		w.item(0, filler.journalLine());
		if (rng.chance(0.2)) w.item(1, filler.journalLine());
	}
	if (tasks) {
		for (let i = rng.int(0, 3); i > 0; i--) w.item(0, `[${rng.chance(0.4) ? 'x' : ' '}] ${filler.task()}`);
	}
}

/** The note of an ordinary day; `lines` is roughly its number of bullets. */
export function ordinaryDay(gen: GenState, date: string, lines: number): string {
	const { rng, filler } = gen;
	const w = new NoteWriter(PLAIN_STYLE);
	if (rng.chance(0.6)) {
		w.line(`# ${date} ${weekday(date)}`);
		w.blank();
	}
	const sections = rng.int(1, 4);
	let left = lines;
	for (let s = 0; s < sections && left > 0; s++) {
		const share = s === sections - 1 ? left : rng.int(1, left);
		left -= share;
		const kind = s === 0 ? 'journal' : rng.pick(['journal', 'meetings', 'reading', 'tasks'] as const);
		w.blank();
		if (kind === 'journal') {
			if (s > 0 || rng.chance(0.5)) w.line(rng.pick(['## Log', '## Journal', '## Today']));
			writeJournal(gen, w, share, false);
			if (rng.chance(0.03)) {
				const speaker = rng.pick(gen.pool);
				// Outside any context a talk-shaped line is just a note.
				w.item(0, `rewatched ${filler.title()} ~ ${speaker.name}`);
			}
		} else if (kind === 'meetings') {
			w.line('## Meetings');
			for (let i = 0; i < share; i++) {
				w.item(0, filler.meeting());
				if (rng.chance(0.4)) w.item(1, filler.journalLine());
			}
			if (gen.people.length > 0 && rng.chance(0.3)) w.item(0, `1:1 with [[${rng.pick(gen.people).name}]] about the proposal for next year`);
		} else if (kind === 'reading') {
			w.line('## Reading');
			for (let i = 0; i < share; i++) w.item(0, `[${filler.title()}](https://blog.example.org/${date}/${i}) - ${filler.journalLine()}`);
			if (rng.chance(0.3)) {
				w.blank();
				w.line(`> ${filler.noteLine()}`);
			}
		} else {
			w.line('## Tasks');
			for (let i = 0; i < share; i++) w.item(0, `[${rng.chance(0.5) ? 'x' : ' '}] ${filler.task()}`);
		}
	}
	if (rng.chance(0.04)) {
		w.blank();
		w.line('```bash');
		w.line('- Not A Talk ~ Fake Person');
		w.line(`git log --since=${date} --oneline | wc -l`);
		w.line('```');
	}
	return w.text();
}
