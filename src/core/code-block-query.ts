/**
 * The source of a ```talks code block: one `key: value` per line, for example
 *
 *     speaker: Carl Lerche
 *     topic: rust
 *     kind: panel
 *     group: speaker
 *     limit: 20
 *
 * Pure and forgiving: every line that cannot be used becomes an error for the block to show,
 * and the lines that can are still used.
 */
import type { Grouping } from './index/index-api';
import type { TalkKind } from './model';

/** What a talks block asks for. Name lists combine like the explorer's filters (OR inside, AND across). */
export interface TalksBlockQuery {
	/** Speaker names or ids (`speaker:` lines, or commas inside one line). */
	readonly speakers: readonly string[];
	readonly topics: readonly string[];
	readonly conferences: readonly string[];
	readonly kinds: readonly TalkKind[];
	/** Full-text search (`query:`); '' for none. */
	readonly query: string;
	/** How rows are grouped; `none` is one flat list. */
	readonly group: Grouping | 'none';
	/** Most rows shown. */
	readonly limit: number;
}

/** A line of the block that could not be used. */
export interface TalksBlockError {
	/** 1-based line inside the block. */
	readonly line: number;
	readonly message: string;
}

/** The parsed block: the query made of the good lines, and an error per bad one. */
export interface ParsedTalksBlock {
	readonly query: TalksBlockQuery;
	readonly errors: readonly TalksBlockError[];
}

/** Rows shown when the block does not say. */
export const DEFAULT_BLOCK_LIMIT = 50;

/** Highest `limit:` accepted; a block is a summary, the explorer is for everything. */
export const MAX_BLOCK_LIMIT = 500;

/** The keys a block understands, in the order the error message lists them. */
export const BLOCK_KEYS = ['speaker', 'topic', 'conference', 'query', 'kind', 'group', 'limit'] as const;

const KINDS: readonly TalkKind[] = ['talk', 'keynote', 'panel', 'workshop', 'tutorial', 'lightning', 'fireside', 'ama', 'bof'];
const GROUPS: readonly (Grouping | 'none')[] = ['none', 'conference', 'speaker', 'topic', 'date'];

/** Parses a block's source; never throws. Blank lines and lines starting with `#` or `//` are skipped. */
export function parseTalksBlock(source: string): ParsedTalksBlock {
	const speakers: string[] = [];
	const topics: string[] = [];
	const conferences: string[] = [];
	const kinds: TalkKind[] = [];
	const queries: string[] = [];
	let group: Grouping | 'none' = 'none';
	let limit = DEFAULT_BLOCK_LIMIT;
	const errors: TalksBlockError[] = [];
	const lines = source.split(/\r\n|\r|\n/);
	lines.forEach((raw, i) => {
		const line = i + 1;
		const text = raw.trim();
		if (!text || text.startsWith('#') || text.startsWith('//')) return;
		const colon = text.indexOf(':');
		if (colon <= 0) {
			errors.push({ line, message: `Line ${line}: expected "key: value", for example "speaker: Carl Lerche".` });
			return;
		}
		const key = text.slice(0, colon).trim().toLowerCase();
		const value = text.slice(colon + 1).trim();
		const error = (message: string): void => {
			errors.push({ line, message: `Line ${line}: ${message}` });
		};
		if (!value) return error(`"${key}" needs a value.`);
		switch (key) {
			case 'speaker':
			case 'speakers':
				return void speakers.push(...list(value));
			case 'topic':
			case 'topics':
				return void topics.push(...list(value));
			case 'conference':
			case 'conferences':
				return void conferences.push(...list(value));
			case 'query':
			case 'search':
				return void queries.push(value);
			case 'kind':
			case 'kinds':
				for (const name of list(value)) {
					const kind = KINDS.find((k) => k === name.toLowerCase());
					if (kind) kinds.push(kind);
					else error(`unknown kind "${name}" (known: ${KINDS.join(', ')}).`);
				}
				return;
			case 'group': {
				const found = GROUPS.find((g) => g === value.toLowerCase());
				if (found) group = found;
				else error(`unknown grouping "${value}" (known: ${GROUPS.join(', ')}).`);
				return;
			}
			case 'limit': {
				const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
				if (n >= 1 && n <= MAX_BLOCK_LIMIT) limit = n;
				else error(`"limit" must be a whole number from 1 to ${MAX_BLOCK_LIMIT}.`);
				return;
			}
			default:
				error(`unknown key "${key}" (known: ${BLOCK_KEYS.join(', ')}).`);
		}
	});
	return {
		query: { speakers: unique(speakers), topics: unique(topics), conferences: unique(conferences), kinds: unique(kinds), query: queries.join(' '), group, limit },
		errors,
	};
}

/** `Carl Lerche, Glauber Costa` to two names. */
function list(value: string): string[] {
	return value
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}
