/**
 * Frontmatter as people write it by hand (`type: person`, `aliases: [adabyron]`,
 * `conference: "[[Strange Loop 2023]]"`), read without a YAML parser. Over the realistic
 * vault's 56 blocks the `yaml` package took 21 µs a block in a tight loop and about 100 µs in
 * a whole-vault parse (6% of it); this reader takes 1.3 µs (harness `sy.ts`). It only
 * answers for a strict subset, where every YAML parser agrees (the `yaml` package the CLI
 * uses, Obsidian's own, 1.1 or 1.2 rules alike): top-level keys with strings, decimal
 * integers, `true`/`false` or nothing, and lists of those, in flow (`[a, b]`) or block
 * (`- a`) form. For anything else (comments, dates, `yes`, escapes, nesting, duplicate
 * keys...) it answers undefined and the note's frontmatter goes to the real parser.
 */

/** A value the subset holds: the same thing `JSON.parse` of the parser's answer would give. */
type SimpleValue = string | number | boolean | null | Array<string | number | boolean>;

/** Words some YAML version reads as a boolean or null: only the real parser may say which. */
const RESERVED = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

/** Not a value in this subset: the caller falls back to the real parser. */
const NOT_SIMPLE = Symbol('not simple');

/** `key` at the start of a line: a word, then more words after single spaces. */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)*$/;
/** A decimal integer every YAML version reads the same (no sign, no leading zero, safe size). */
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/** A block list item: its indentation and its text. */
const ITEM = /^( *)- (.*)$/;

/**
 * The fields of a frontmatter source in the subset (keys in order, as the parser gives
 * them), or undefined when the source needs a real YAML parser.
 */
export function readSimpleYaml(source: string): Record<string, unknown> | undefined {
	if (hasOutsideCharacters(source)) return undefined;
	const lines = source.split('\n');
	const data: Record<string, unknown> = {};
	let keys = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (isBlank(line)) continue;
		const colon = line.indexOf(':');
		if (colon <= 0) return undefined;
		const key = line.slice(0, colon);
		if (!KEY.test(key) || RESERVED.has(key.toLowerCase()) || key === '__proto__' || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
		const rest = line.slice(colon + 1);
		if (rest.length > 0 && rest.charCodeAt(0) !== 32) return undefined;
		const written = rest.trim();
		let value: SimpleValue | typeof NOT_SIMPLE;
		if (written.length > 0) {
			value = written.charCodeAt(0) === 91 ? flowList(written) : scalar(written);
		} else {
			const items: Array<string | number | boolean> = [];
			let indent = -1;
			while (i + 1 < lines.length && !isBlank(lines[i + 1])) {
				const item = ITEM.exec(lines[i + 1]);
				if (item === null) break;
				if (indent < 0) indent = item[1].length;
				if (item[1].length !== indent) return undefined;
				const parsed = scalar(item[2].trim());
				if (parsed === NOT_SIMPLE) return undefined;
				items.push(parsed);
				i++;
			}
			value = items.length > 0 ? items : null;
		}
		if (value === NOT_SIMPLE) return undefined;
		data[key] = value;
		keys++;
	}
	// A source of blank lines is no mapping at all (the parser reads null).
	return keys > 0 ? data : undefined;
}

/** White space only, spaces alone (tabs are outside the subset). */
function isBlank(line: string): boolean {
	for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 32) return false;
	return true;
}

/**
 * Characters the subset never holds anywhere: control characters (tabs and carriage returns
 * included), `#` (comments), `{` and `}` (flow maps), `\` (escapes), and the characters some
 * YAML versions read as line breaks or marks (NEL, line and paragraph separators, BOM). The
 * other indicators (`&`, `*`, `!`, `|`, `>`, `%`, `@`, backticks) only mean something where a
 * value starts, and a value here starts with a letter, a quote, a digit or `[`.
 */
function hasOutsideCharacters(source: string): boolean {
	for (let i = 0; i < source.length; i++) {
		const c = source.charCodeAt(i);
		if (c < 128) {
			if (c !== 10 && OUTSIDE_ASCII[c] === 1) return true;
		} else if (c <= 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) {
			return true;
		}
	}
	return false;
}

const OUTSIDE_ASCII = new Uint8Array(128);
for (let c = 0; c < 32; c++) OUTSIDE_ASCII[c] = 1;
for (const char of '#{}\\') OUTSIDE_ASCII[char.charCodeAt(0)] = 1;
OUTSIDE_ASCII[127] = 1;

/** One scalar: quoted, a plain word run, an integer or `true`/`false`. */
function scalar(text: string): string | number | boolean | typeof NOT_SIMPLE {
	if (text.length === 0) return NOT_SIMPLE;
	const first = text.charCodeAt(0);
	if (first === 34 || first === 39) {
		// `"..."` or `'...'` with no quote of its kind inside (no escapes: `\` is outside the subset).
		const inner = text.slice(1, -1);
		return text.length >= 2 && text.charCodeAt(text.length - 1) === first && inner.indexOf(text.charAt(0)) < 0 ? inner : NOT_SIMPLE;
	}
	if (INTEGER.test(text)) return Number(text);
	if (text === 'true') return true;
	if (text === 'false') return false;
	return isPlainWords(text) && !RESERVED.has(text.toLowerCase()) ? text : NOT_SIMPLE;
}

/**
 * A plain scalar that reads as itself in any YAML version: it starts with a letter (never a
 * digit, sign or dot, which could make a number, date or `.inf`), holds no `:`, `,`, `[`, `]`
 * or `"`, and has no white space but single inner spaces.
 */
function isPlainWords(text: string): boolean {
	if (!isLetter(text.charCodeAt(0)) || text.charCodeAt(text.length - 1) === 32) return false;
	for (let i = 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 58 || c === 44 || c === 91 || c === 93 || c === 34) return false;
		if (c === 32 && text.charCodeAt(i - 1) === 32) return false;
	}
	return true;
}

/** An ASCII letter or a character past Latin-1 control and space (accents, other scripts). */
function isLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xa0;
}

/** `[a, b, "c"]` on one line: its items, each a scalar of the subset without a comma. */
function flowList(text: string): Array<string | number | boolean> | typeof NOT_SIMPLE {
	if (text.charCodeAt(text.length - 1) !== 93) return NOT_SIMPLE;
	const inner = text.slice(1, -1);
	if (inner.trim().length === 0) return [];
	const items: Array<string | number | boolean> = [];
	for (const part of inner.split(',')) {
		const item = scalar(part.trim());
		if (item === NOT_SIMPLE) return NOT_SIMPLE;
		items.push(item);
	}
	return items;
}
