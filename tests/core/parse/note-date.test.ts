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
});
