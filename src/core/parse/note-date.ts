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
	const match = ISO_PREFIX.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
	return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** Picks the note's date from its three sources, in order of trust. */
export function noteDate(fileDate: string | undefined, frontmatterDate: unknown, firstHeading: string | undefined): string {
	return isoDateAtStart(fileDate) ?? isoDateAtStart(frontmatterDate) ?? isoDateAtStart(firstHeading) ?? '';
}
