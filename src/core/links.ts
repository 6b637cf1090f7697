/**
 * `obsidian://conference-talks?...` links. Their parameters come from anywhere (a web page, a
 * chat message, another app), so this parser treats every one as hostile: it checks type, size
 * and characters, keeps only the parameters it knows and never yields a path. What a link can do
 * is open the explorer with filters, or open a note that already holds an indexed talk.
 */

/** The protocol action the plugin registers: `obsidian://conference-talks?...`. */
export const TALKS_URI_ACTION = 'conference-talks';

/** Longest accepted parameter value, in UTF-16 code units. */
export const MAX_URI_PARAM_LENGTH = 200;

/** What a valid link asks for. */
export type TalksUriAction =
	/** Open the note at this talk. `id` is a talk id as the index gives it (see docs/links.md). */
	| { readonly kind: 'talk'; readonly id: string }
	/** Open the explorer narrowed to these (names or ids, resolved by the adapter) and this search. */
	| {
			readonly kind: 'explore';
			readonly speaker?: string;
			readonly topic?: string;
			readonly conference?: string;
			readonly query?: string;
	  };

/** The parse result: an action, or a reason to show the user (sentence case, no raw input echoed). */
export type ParsedTalksUri = { readonly ok: true; readonly action: TalksUriAction } | { readonly ok: false; readonly reason: string };

/** Parameters this link understands; everything else (`action`, `vault`, ...) is ignored. */
const EXPLORE_KEYS = ['speaker', 'topic', 'conference', 'q'] as const;

/**
 * Talk ids: letters, digits and dashes (block ids and `<date>-<slug>` ids), plus the
 * index's collision suffix `~2`, `~3`, ... Nothing that could be a path or a scheme.
 */
const TALK_ID = /^[\p{L}\p{N}-]+(?:~[0-9]{1,4})?$/u;

/**
 * C0 and C1 controls, and the bidirectional overrides and isolates that make text read other
 * than it is; none belongs in a name or a search.
 */
function hasForbidden(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
	}
	return false;
}

/**
 * Validates the parameters of a `conference-talks` link. `talk` wins when present (a link to one
 * talk); otherwise `speaker`, `topic`, `conference` and `q` combine into one explorer view.
 * Never throws; a missing, empty, over-long or malformed value rejects the whole link.
 */
export function parseTalksUri(params: unknown): ParsedTalksUri {
	if (!params || typeof params !== 'object') return fail('The link has no parameters.');
	const record = params as Record<string, unknown>;
	const talk = read(record, 'talk');
	if (talk !== undefined) {
		if (!talk.ok) return talk;
		if (!TALK_ID.test(talk.value)) return fail('The talk id in the link is not valid.');
		return { ok: true, action: { kind: 'talk', id: talk.value } };
	}
	const found: { speaker?: string; topic?: string; conference?: string; query?: string } = {};
	for (const key of EXPLORE_KEYS) {
		const value = read(record, key);
		if (value === undefined) continue;
		if (!value.ok) return value;
		found[key === 'q' ? 'query' : key] = value.value;
	}
	if (Object.keys(found).length === 0) return fail('The link names no talk, speaker, topic, conference or search.');
	return { ok: true, action: { kind: 'explore', ...found } };
}

/** Builds the link to one talk (the id is encoded; ids never need it, but links must not depend on that). */
export function talkUri(talkId: string): string {
	return `obsidian://${TALKS_URI_ACTION}?talk=${encodeURIComponent(talkId)}`;
}

/** A markdown link to a talk, `[Title](obsidian://conference-talks?talk=<id>)`, with the title escaped. */
export function talkMarkdownLink(title: string, talkId: string): string {
	const text = title.replace(/[\\[\]]/g, (char) => `\\${char}`).replace(/\s+/g, ' ').trim() || talkId;
	return `[${text}](${talkUri(talkId)})`;
}

type Read = { ok: true; value: string } | { ok: false; reason: string };

/** One parameter: undefined when absent, else its checked, trimmed, NFC-normalised value. */
function read(record: Record<string, unknown>, key: string): Read | undefined {
	if (!Object.prototype.hasOwnProperty.call(record, key)) return undefined;
	const raw = record[key];
	if (typeof raw !== 'string') return fail(`The link's "${key}" is not text.`);
	// Length is checked before any work on the value, so a huge value costs nothing.
	if (raw.length > MAX_URI_PARAM_LENGTH) return fail(`The link's "${key}" is longer than ${MAX_URI_PARAM_LENGTH} characters.`);
	if (hasForbidden(raw)) return fail(`The link's "${key}" holds control characters.`);
	const value = raw.normalize('NFC').trim();
	if (!value) return fail(`The link's "${key}" is empty.`);
	return { ok: true, value };
}

function fail(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}
