import type { Talk } from '../model';

/**
 * Orders strings by UTF-16 code units: the same on every machine and locale, which
 * is what "the same output whatever the insertion order" needs (localeCompare is not).
 */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Talk order everywhere: newest date first (undated last), then file, then line. */
export function compareTalks(a: Talk, b: Talk): number {
	return compareStrings(b.date, a.date) || compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.id, b.id);
}
