/**
 * Block ids the "Add block id to talk" command writes. A talk's id is its block id when it has
 * one, so a block id keeps links working after the title is edited. The new block id is the
 * talk's current id made block-id safe, so links copied before keep working too.
 */
import type { Talk } from './model';

/** A block id at the end of a line, as Obsidian and the parser read it: ` ^letters-digits-dashes`. */
const BLOCK_ID_AT_END = /\s\^([A-Za-z0-9-]+)\s*$/;

/** The block id at the end of a line, if any. */
export function lineBlockId(line: string): string | undefined {
	return BLOCK_ID_AT_END.exec(line)?.[1];
}

/**
 * A block id for a talk that is unique in its note: the talk's id (`2023-10-18-ingesting-in-rust`)
 * in lowercase ASCII letters, digits and dashes, with `-2`, `-3`, ... when the note already uses
 * it. Letters outside ASCII are dropped (Obsidian block ids are ASCII); an id left with no words
 * becomes `<date>-talk`.
 */
export function newBlockId(talk: Pick<Talk, 'id' | 'date'>, noteText: string): string {
	const ascii = talk.id
		.replace(/~\d+$/, '')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const wordless = ascii === '' || ascii === talk.date || ascii === 'undated';
	const base = wordless ? `${talk.date || 'undated'}-talk` : ascii;
	const used = new Set<string>();
	for (const line of noteText.split(/\r\n|\r|\n/)) {
		const id = lineBlockId(line);
		if (id) used.add(id.toLowerCase());
	}
	if (!used.has(base)) return base;
	let n = 2;
	while (used.has(`${base}-${n}`)) n++;
	return `${base}-${n}`;
}
