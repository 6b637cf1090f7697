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

/** What counts as odd below: control characters other than tab, LF, CR and FF; DEL; U+FFFD. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ODD_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/;

/**
 * True for content that is not a text note: any NUL byte, or a sample made
 * mostly of control characters and U+FFFD (what undecodable bytes turn into).
 * Tab, line feed, carriage return and form feed are ordinary text.
 */
export function looksBinary(text: string): boolean {
	if (text.includes('\u0000')) return true;
	const sample = text.slice(0, BINARY_SAMPLE);
	// Nearly every note has no odd character at all: one regex search settles it.
	if (!ODD_CHARACTER.test(sample)) return false;
	let odd = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
		if (control || code === 0xfffd) odd++;
	}
	return odd / sample.length > BINARY_RATIO;
}
