import type { Random } from './prng';
import { AFFILIATIONS, FIRST_NAMES, LAST_NAMES } from './vocab/names';

/** One synthetic speaker. */
export interface Person {
	/** Canonical name, as a person note would be titled. */
	readonly name: string;
	/** Given name, for panel attributions (`carl`, `C:`). */
	readonly first: string;
	readonly affiliation: string;
	/** Present when the vault has a person note for this speaker. */
	readonly note?: { readonly aliases: readonly string[]; readonly marker: 'type' | 'tag' };
}

/** Name without accents (`José García` -> `Jose Garcia`): folding must make them one speaker. */
export function unaccented(name: string): string {
	return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A login-style alias (`carllerche`): only a person note can make it a name. */
function handleOf(name: string): string {
	return unaccented(name)
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

/**
 * `size` distinct speakers; about `personShare` of them (the most prolific first) get a
 * person note with a handle alias. Index 0 talks most: draw with `Random.skewed`.
 */
export function buildSpeakerPool(rng: Random, size: number, personShare: number): Person[] {
	const seen = new Set<string>();
	const pool: Person[] = [];
	let attempts = 0;
	while (pool.length < size) {
		attempts++;
		const first = rng.pick(FIRST_NAMES);
		let last = rng.pick(LAST_NAMES);
		// Past a third of the combinations, add a second family name to keep names unique.
		if (attempts > size * 3 || seen.has(handleOf(`${first} ${last}`))) last = `${last} ${rng.pick(LAST_NAMES.filter((l) => !l.includes(' ')))}`;
		const name = `${first} ${last}`;
		const handle = handleOf(name);
		if (seen.has(handle) || name.split(' ').length > 4) continue;
		seen.add(handle);
		const withNote = pool.length < Math.round(size * personShare * 1.5) && rng.chance(2 / 3);
		pool.push({
			name,
			first,
			affiliation: rng.pick(AFFILIATIONS),
			note: withNote ? { aliases: [handle], marker: rng.chance(0.7) ? 'type' : 'tag' } : undefined,
		});
	}
	return pool;
}

/** The person note of a speaker: frontmatter with `type: person` or the `person` tag, and aliases. */
export function personNoteText(person: Person, rng: Random): string {
	const note = person.note;
	if (!note) return '';
	const lines = ['---'];
	if (note.marker === 'type') lines.push('type: person');
	else lines.push('tags: [person]');
	lines.push(`aliases: [${note.aliases.join(', ')}]`);
	lines.push(`affiliation: ${person.affiliation}`, '---', `# ${person.name}`, '');
	lines.push(`Works at ${person.affiliation}. Met at a conference hallway track, talked about ${rng.pick(['databases', 'Rust', 'observability', 'career growth', 'testing'])}.`);
	if (rng.chance(0.5)) lines.push('', '## Links', `- https://example.org/people/${note.aliases[0] ?? 'person'}`);
	return lines.join('\n') + '\n';
}
