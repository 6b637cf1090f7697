import type { PersonNote } from '../model';
import type { NoteFields } from './frontmatter-fields';

/**
 * A person note (section 8): `type: person`, the tag `person` in the
 * frontmatter, or a note in a people folder. Its base name is the person's
 * canonical name, its `aliases` the other ways the person is written.
 */
export function readPersonNote(path: string, fields: NoteFields, inPeopleFolder: boolean): PersonNote | undefined {
	if (!fields.isPerson && !inPeopleFolder) return undefined;
	const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
	if (base.trim() === '') return undefined;
	return { name: base, aliases: [...new Set(fields.aliases)], file: path };
}
