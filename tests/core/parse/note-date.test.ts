import fc from 'fast-check';
import { isoDateAtStart, noteDate } from '../../../src/core/parse/note-date';

describe("a note's date (section 1)", () => {
	it('trusts the file name first, then frontmatter date:, then the first heading', () => {
		expect(noteDate('2023-10-18', '2020-01-01', '2019-01-01 Tue')).toBe('2023-10-18');
		expect(noteDate(undefined, '2020-01-01', '2019-01-01 Tue')).toBe('2020-01-01');
		expect(noteDate(undefined, undefined, '2023-10-18 Wed')).toBe('2023-10-18');
		expect(noteDate(undefined, 'someday', 'Log')).toBe('');
	});

	it('reads dates with a time, Date objects, and rejects impossible dates', () => {
		expect(isoDateAtStart('2023-10-18T09:30')).toBe('2023-10-18');
		expect(isoDateAtStart(new Date(Date.UTC(2023, 9, 18)))).toBe('2023-10-18');
		expect(isoDateAtStart('2023-02-30')).toBeUndefined();
		expect(isoDateAtStart('20231018')).toBeUndefined();
		expect(isoDateAtStart('2023-10-181')).toBeUndefined();
		expect(isoDateAtStart(20231018)).toBeUndefined();
	});

	it('reads a bare YYYY-MM-DD exactly as the regex and calendar check do (leap years, month lengths, years before 100)', () => {
		expect(isoDateAtStart('2024-02-29')).toBe('2024-02-29');
		expect(isoDateAtStart('2023-02-29')).toBeUndefined();
		expect(isoDateAtStart('1900-02-29')).toBeUndefined();
		expect(isoDateAtStart('2000-02-29')).toBe('2000-02-29');
		expect(isoDateAtStart('2023-04-31')).toBeUndefined();
		expect(isoDateAtStart('2023-13-01')).toBeUndefined();
		expect(isoDateAtStart('0050-01-01')).toBeUndefined();
		const digit = fc.constantFrom(...'0123456789');
		const part = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
		const sep = fc.constantFrom('-', '-', '-', '/', 'x');
		const date = fc.tuple(fc.oneof(part(4), fc.constantFrom('2024', '2000', '1900', '0099', '1000', '0999')), sep, part(2), sep, part(2)).map((p) => p.join(''));
		fc.assert(fc.property(date, (text) => expect(isoDateAtStart(text)).toBe(calendarDate(text))), { numRuns: 5000 });
	});
});

/** The general path's definition: the regex, then Date.UTC must give the same year, month and day back. */
function calendarDate(text: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
	return real ? match[0] : undefined;
}
