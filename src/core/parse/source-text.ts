/**
 * The note's raw text turned into lines: a UTF-8 BOM dropped, CRLF, LF and
 * lone CR all ending a line. Line numbers everywhere else are indexes into this.
 */

/** The note's text without a UTF-8 BOM at the start (a BOM is not text). */
export function withoutBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits a note into lines without their endings; a BOM at the start is not text. */
export function toLines(text: string): string[] {
	const body = withoutBom(text);
	// Most notes end lines with LF alone: a plain string split is several times faster.
	return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}

/** How much of a note is sampled to decide it is binary; enough for any real header. */
const BINARY_SAMPLE = 8192;
/** Share of control or replacement characters above which a note is not text. */
const BINARY_RATIO = 0.3;

/** Control characters other than tab, LF, CR and FF; DEL; U+FFFD (what undecodable bytes become). */
function isOdd(code: number): boolean {
	return code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c : code === 0x7f || code === 0xfffd;
}

/** Every how many characters the quick first look at the sample reads one. */
const STRIDE = 16;

/**
 * True for content that is not a text note: any NUL byte, or a sample made
 * mostly of control characters and U+FFFD (what undecodable bytes turn into).
 * Tab, line feed, carriage return and form feed are ordinary text.
 */
export function looksBinary(text: string): boolean {
	if (text.includes('\u0000')) return true;
	const length = Math.min(text.length, BINARY_SAMPLE);
	if (length === 0) return false;
	// A first look at every 16th character: binary content is odd throughout, so a sample
	// with hardly any odd character is text, and a note is read only this far (most are).
	let seen = 0;
	let odd = 0;
	for (let i = 0; i < length; i += STRIDE, seen++) if (isOdd(text.charCodeAt(i))) odd++;
	if (odd * 10 < seen) return false;
	odd = 0;
	for (let i = 0; i < length; i++) if (isOdd(text.charCodeAt(i))) odd++;
	return odd / length > BINARY_RATIO;
}
