import type { LineShape } from './line-scan';

/**
 * The separators of a talk line that stand outside links, parentheses and code:
 * where a title and its speakers may split. One linear pass.
 */
export interface Separators {
	/** Last lone `~` (not part of `~~` strikethrough), or -1. */
	readonly tilde: number;
	/** First em dash, spaced en dash or spaced `--`, or null. */
	readonly dash: { readonly at: number; readonly length: number } | null;
	/** Starts of each spaced ` - ` (the space before the hyphen); the separator is 3 long. */
	readonly hyphens: readonly number[];
	/** First `:` followed by white space or the end, or -1. */
	readonly colon: number;
	/** Start (the space) of the last ` by `, any case, or -1. */
	readonly by: number;
	/** First `|`, or -1. */
	readonly bar: number;
	/** The last parenthesised group as `[open, close]`, or null. */
	readonly lastGroup: readonly [number, number] | null;
}

function isBlank(c: number): boolean {
	return c === 32 || c === 9;
}

/** Finds the top-level separators of a line. */
export function topLevelSeparators(shape: LineShape): Separators {
	const { text, spans, brackets, parens } = shape;
	let tilde = -1;
	let dash: { at: number; length: number } | null = null;
	const hyphens: number[] = [];
	let colon = -1;
	let by = -1;
	let bar = -1;
	let lastGroup: [number, number] | null = null;
	let span = 0;
	for (let i = 0; i < text.length; i++) {
		if (span < spans.length && i === spans[span]) {
			i = spans[span + 1] - 1;
			span += 2;
			continue;
		}
		const c = text.charCodeAt(i);
		switch (c) {
			case 92: // backslash: the next character is literal
				i++;
				break;
			case 91: // `[`: a matched link or wikilink is one unit
				if (brackets[i] > i) {
					i = brackets[i];
					// `[text](url)`: the destination belongs to the link, not a group of its own.
					if (text.charCodeAt(i + 1) === 40 && parens[i + 1] > i) i = parens[i + 1];
				}
				break;
			case 40: // `(`
				if (parens[i] > i) {
					lastGroup = [i, parens[i]];
					i = parens[i];
				}
				break;
			case 126: // `~`
				if (text.charCodeAt(i - 1) !== 126 && text.charCodeAt(i + 1) !== 126) tilde = i;
				break;
			case 0x2014: // em dash
				if (!dash) dash = { at: i, length: 1 };
				break;
			case 0x2013: // en dash, only spaced (`2019–2023` is a range)
				if (!dash && isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1))) dash = { at: i, length: 1 };
				break;
			case 45: // `-`
				if (isBlank(text.charCodeAt(i - 1)) && text.charCodeAt(i + 1) === 45 && isBlank(text.charCodeAt(i + 2))) {
					if (!dash) dash = { at: i, length: 2 };
					i++;
				} else if (isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1))) {
					hyphens.push(i - 1);
				}
				break;
			case 58: // `:`
				if (colon < 0 && (i + 1 >= text.length || isBlank(text.charCodeAt(i + 1)))) colon = i;
				break;
			case 124: // `|`
				if (bar < 0) bar = i;
				break;
			case 32:
				if ((text.charCodeAt(i + 1) | 32) === 98 && (text.charCodeAt(i + 2) | 32) === 121 && isBlank(text.charCodeAt(i + 3))) by = i;
				break;
		}
	}
	return { tilde, dash, hyphens, colon, by, bar, lastGroup };
}

/** A separator at the very start of `text`, as a kind and a length. */
export function leadingSeparator(text: string): { kind: 'dash' | 'hyphen' | 'colon' | 'comma' | 'by'; length: number } | null {
	if (text.startsWith('--')) return { kind: 'dash', length: 2 };
	const c = text.charAt(0);
	if (c === '—' || c === '–' || c === '~') return { kind: 'dash', length: 1 };
	if (c === '-' && (text.length === 1 || /\s/.test(text.charAt(1)))) return { kind: 'hyphen', length: 1 };
	if (c === ':') return { kind: 'colon', length: 1 };
	if (c === ',') return { kind: 'comma', length: 1 };
	if (/^by\s/i.test(text)) return { kind: 'by', length: 2 };
	return null;
}

/** Drops one leading separator (`-`, `--`, `—`, `–`, `~`, `:`, `,`) and spaces. */
export function stripLeadingSeparator(text: string): string {
	const t = text.trim();
	const sep = leadingSeparator(t);
	return sep && sep.kind !== 'by' ? t.slice(sep.length).trim() : t;
}
