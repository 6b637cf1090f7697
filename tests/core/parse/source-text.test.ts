import { looksBinary, toLines } from '../../../src/core/parse/source-text';

describe('note text as lines (section 9)', () => {
	it('ends lines at CRLF, LF and a lone CR alike', () => {
		expect(toLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
	});

	it('drops a UTF-8 BOM so the first line reads like any other', () => {
		expect(toLines('\ufeff# 2024-05-01')).toEqual(['# 2024-05-01']);
	});

	it('treats NUL bytes or mostly control characters as binary, and real text as text', () => {
		expect(looksBinary('PK\u0003\u0004\u0000\u0000zip')).toBe(true);
		expect(looksBinary('\u0001\u0002\u0003\u0004\u0005\u0006ab')).toBe(true);
		expect(looksBinary('\ufffd\ufffd\ufffd\ufffdx')).toBe(true);
		expect(looksBinary('- Talk ~ Ada\n\t- notes\r\n')).toBe(false);
		expect(looksBinary('')).toBe(false);
		expect(looksBinary('JavaScript ðŸ¤¯???')).toBe(false);
	});
});
