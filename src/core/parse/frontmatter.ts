import { readOnce, type FrontmatterRead, type TextMemo } from './reparse-memos';
import { readSimpleYaml } from './simple-yaml';

/**
 * The YAML frontmatter block at the very top of a note (`---` ... `---`), read
 * through the injected YAML parser. A parser error never stops the note: the
 * body is still read, and the error becomes a diagnostic.
 */

/** What the top of a note holds. */
export interface Frontmatter {
	/** The parsed keys; empty when there is no frontmatter or it is broken. */
	readonly data: Readonly<Record<string, unknown>>;
	/** Index of the first body line (0 without frontmatter). */
	readonly bodyStart: number;
	/** Why the block could not be read, when it could not. */
	readonly error?: string;
}

/** A note without frontmatter. */
export const NO_FRONTMATTER: Frontmatter = { data: {}, bodyStart: 0 };

/** Whether a note (BOM removed) could open with frontmatter: its first line must be `---`, so this is cheap and never wrong when false. */
export function startsFrontmatter(body: string): boolean {
	return body.startsWith('---');
}

/**
 * Frontmatter longer than this is not handed to the YAML parser. Hand-written frontmatter
 * is a few hundred bytes; YAML parsers are not built for hostile megabytes and can take
 * seconds on them.
 */
export const MAX_FRONTMATTER_CHARS = 32 * 1024;
/** More flow brackets than this (`[`, `{`) is nesting no person writes, and slow to parse. */
const MAX_FLOW_OPENERS = 1000;

/**
 * Finds and parses the frontmatter. Only a block that opens on the first line
 * and is closed counts: an unclosed `---` is a thematic break, as in Obsidian.
 */
export function readFrontmatter(lines: readonly string[], parseYaml: (source: string) => unknown, memo?: TextMemo<FrontmatterRead>): Frontmatter {
	if (lines.length === 0 || lines[0].trimEnd() !== '---') return NO_FRONTMATTER;
	let close = -1;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i].trimEnd();
		if (line === '---' || line === '...') {
			close = i;
			break;
		}
	}
	if (close < 0) return NO_FRONTMATTER;
	const bodyStart = close + 1;
	const source = lines.slice(1, close).join('\n');
	if (source.trim() === '') return { data: {}, bodyStart };
	if (source.length > MAX_FRONTMATTER_CHARS) return { data: {}, bodyStart, error: `longer than ${MAX_FRONTMATTER_CHARS / 1024} KB; not read` };
	if (flowOpeners(source) > MAX_FLOW_OPENERS) return { data: {}, bodyStart, error: `more than ${MAX_FLOW_OPENERS} brackets; not read` };
	// A YAML parser is slow next to everything else per note; a re-parse after an edit reads the source from the memo.
	const read = readOnce(memo, source, parseYaml, readYaml);
	return read.error === undefined ? { data: read.data, bodyStart } : { data: read.data, bodyStart, error: read.error };
}

/**
 * The keys of a frontmatter source, or why it could not be read. Hand-written frontmatter in
 * the subset every YAML parser reads alike is read directly (simple-yaml.ts); the rest goes
 * to the injected parser.
 */
function readYaml(source: string, parseYaml: (source: string) => unknown): FrontmatterRead {
	const simple = readSimpleYaml(source);
	if (simple !== undefined) return { data: simple };
	let parsed: unknown;
	try {
		parsed = parseYaml(source);
	} catch (error) {
		return { data: {}, error: describe(error) };
	}
	if (parsed === null || parsed === undefined) return { data: {} };
	if (typeof parsed !== 'object' || Array.isArray(parsed)) return { data: {}, error: 'not a list of key: value fields' };
	return { data: parsed as Record<string, unknown> };
}

function flowOpeners(source: string): number {
	let count = 0;
	for (let i = 0; i < source.length; i++) {
		const code = source.charCodeAt(i);
		if (code === 91 || code === 123) count++;
	}
	return count;
}

/** First line of an error's message: YAML errors quote the whole source otherwise. */
function describe(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0].trim() || 'unreadable YAML';
}
