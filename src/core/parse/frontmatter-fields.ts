import { linkOrText } from './wikilink';

/**
 * The frontmatter keys this plugin reads, interpreted leniently: YAML written
 * by hand holds strings, lists, numbers, dates and nested lists (an unquoted
 * `conference: [[X]]` is a list inside a list), and any of them may be missing.
 */
export interface NoteFields {
	/** `conference:` or `event:`, as a link target or plain text. */
	readonly conference?: string;
	/** `date:` as written (a string or a Date from the YAML parser). */
	readonly date?: unknown;
	/** The note asks to be scanned for talks (`conference:`, `event:` or `talks: true`). */
	readonly optsIn: boolean;
	/** `type: person` or the tag `person`. */
	readonly isPerson: boolean;
	/** `aliases:` (or `alias:`), each trimmed, empties dropped. */
	readonly aliases: readonly string[];
}

/** Reads the fields from parsed frontmatter. Never throws on odd values. */
export function readNoteFields(data: Readonly<Record<string, unknown>>): NoteFields {
	const conference = firstText(data.conference) ?? firstText(data.event);
	const name = conference === undefined ? undefined : linkOrText(conference);
	const talks = data.talks;
	const optsInByFlag = talks === true || (typeof talks === 'string' && /^(true|yes)$/i.test(talks.trim()));
	return {
		conference: name ? name : undefined,
		date: data.date,
		optsIn: Boolean(name) || optsInByFlag,
		isPerson: isPersonType(data.type) || hasPersonTag(data.tags) || hasPersonTag(data.tag),
		aliases: [...texts(data.aliases), ...texts(data.alias)].map(linkOrText).filter((alias) => alias !== ''),
	};
}

/** The first non-empty string or number in a value, looking into (nested) lists. */
function firstText(value: unknown): string | undefined {
	for (const text of texts(value)) return text;
	return undefined;
}

/** Every non-empty string or number in a value, lists flattened a few levels deep. */
function texts(value: unknown, depth = 0): string[] {
	if (typeof value === 'string') {
		const text = value.trim();
		return text ? [text] : [];
	}
	if (typeof value === 'number' && Number.isFinite(value)) return [String(value)];
	if (Array.isArray(value) && depth < 3) {
		const out: string[] = [];
		for (const item of value) {
			// An unquoted `[[X]]` in YAML is the list [['X']]: put its brackets back.
			if (Array.isArray(item) && depth === 0 && item.length === 1 && typeof item[0] === 'string') {
				out.push(`[[${item[0]}]]`);
			} else {
				out.push(...texts(item, depth + 1));
			}
		}
		return out;
	}
	return [];
}

function isPersonType(value: unknown): boolean {
	return texts(value).some((text) => text.toLowerCase() === 'person');
}

/** `tags: person`, `tags: [person, friend]`, `tags: "#person, friend"` all count. */
function hasPersonTag(value: unknown): boolean {
	return texts(value).some((text) => PERSON_TAG.test(text));
}

/**
 * `person` (any case, one optional `#`) as a whole tag of a `[\s,]`-separated list, tested in
 * place rather than by splitting every tag of every note. Letters spelled out for case rather
 * than the `i` flag, which would also let `ſ` (long s) match `s`.
 */
const PERSON_TAG = /(?:^|[\s,])#?[Pp][Ee][Rr][Ss][Oo][Nn](?=$|[\s,])/;
