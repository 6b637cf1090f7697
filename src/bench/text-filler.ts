import type { Random } from './prng';
import { JOURNAL_LINES, MEETINGS, NOTE_LINES, PROJECTS, TASKS, TITLES } from './vocab/phrases';
import { CONCEPTS, LINK_TOPICS, TECH } from './vocab/tech';

/** Fills sentence templates (see vocab/phrases.ts for the slots) from one random stream. */
export class Filler {
	constructor(private readonly rng: Random) {}

	/** Expands every slot of a template; `{T}`, `{T2}`, `{T3}` are distinct technologies. */
	fill(template: string): string {
		const tech = this.distinct(TECH, 3);
		const concepts = this.distinct(CONCEPTS, 2);
		return template.replace(/\{(T3|T2|T|C2|Cc|C|N2|N|L|P)\}/g, (_, slot: string) => {
			switch (slot) {
				case 'T':
					return tech[0];
				case 'T2':
					return tech[1];
				case 'T3':
					return tech[2];
				case 'C':
					return concepts[0];
				case 'C2':
					return concepts[1];
				case 'Cc':
					return capitalise(concepts[0]);
				case 'N':
					return String(this.rng.int(2, 17));
				case 'N2':
					return String(this.rng.int(20, 900));
				case 'L':
					return `[[${this.rng.pick(LINK_TOPICS)}]]`;
				default:
					return `[[${this.rng.pick(PROJECTS)}]]`;
			}
		});
	}

	/** `count` distinct entries of a long list, without copying it (this runs for every line). */
	private distinct(list: readonly string[], count: number): string[] {
		const out: string[] = [];
		while (out.length < count) {
			const item = this.rng.pick(list);
			if (!out.includes(item)) out.push(item);
		}
		return out;
	}

	/** A talk title. */
	title(): string {
		return this.fill(this.rng.pick(TITLES));
	}

	/** A bullet of talk notes. */
	noteLine(): string {
		return this.fill(this.rng.pick(NOTE_LINES));
	}

	/** A journal bullet of an ordinary day. */
	journalLine(): string {
		return this.fill(this.rng.pick(JOURNAL_LINES));
	}

	/** A task's text (without the checkbox). */
	task(): string {
		return this.fill(this.rng.pick(TASKS));
	}

	/** A meeting line. */
	meeting(): string {
		return this.fill(this.rng.pick(MEETINGS));
	}
}

/** First letter upper-cased. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
