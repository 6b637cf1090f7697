/**
 * A note's date (section 1 of the note format): the date in its file name
 * first, then a frontmatter `date:`, then a first heading that starts with an
 * ISO date (`# 2023-10-18 Wed`); '' when none of them gives one.
 */

/** A leading `YYYY-MM-DD` (a time may follow, as in `2023-10-18T09:00`). */
const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/** The `YYYY-MM-DD` a value starts with, if it is a real calendar date. */
export function isoDateAtStart(value: unknown): string | undefined {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	}
	if (typeof value !== 'string') return undefined;
	// A file name's date (`2023-10-18`, every daily note) is checked without a regex, a Date or a copy.
	if (value.length === 10 && isPlainIsoDate(value)) return value;
	const match = ISO_PREFIX.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
	return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
	const tens = text.charCodeAt(at) - 48;
	const ones = text.charCodeAt(at + 1) - 48;
	return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * Whether a 10-character string is exactly a real `YYYY-MM-DD` with a year from 1000 on (earlier
 * years take the general path, where Date.UTC reads 0-99 as 1900-1999 and so rejects them).
 */
function isPlainIsoDate(text: string): boolean {
	const century = twoDigits(text, 0);
	const yearInCentury = twoDigits(text, 2);
	if (century < 10 || yearInCentury < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
	const year = century * 100 + yearInCentury;
	const month = twoDigits(text, 5);
	const day = twoDigits(text, 8);
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar (as Date counts them). */
function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Picks the note's date from its three sources, in order of trust. */
export function noteDate(fileDate: string | undefined, frontmatterDate: unknown, firstHeading: string | undefined): string {
	return isoDateAtStart(fileDate) ?? isoDateAtStart(frontmatterDate) ?? isoDateAtStart(firstHeading) ?? '';
}
