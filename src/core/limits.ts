/**
 * Limits every adapter applies the same way (docs/adr/0001-large-notes.md). They live
 * in the core and are enforced by `parseNote` itself, so the plugin and the CLI cannot
 * drift apart: a note is indexed whole or skipped whole with one diagnostic, never cut.
 */

/**
 * The largest note that is indexed, in UTF-8 bytes (5 MiB). A live-written conference
 * day is tens of kilobytes; a note above this is an export, a log or a paste, and
 * parsing it would hold the host's main thread for a noticeable time on a phone.
 */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

/**
 * The UTF-8 size of a text without encoding it: what the note takes on disk when it
 * is stored as UTF-8. A lone surrogate counts 3 bytes, as its replacement character would.
 */
export function utf8Length(text: string): number {
	let bytes = text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) continue;
		if (code < 0x800) bytes += 1;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			// A surrogate pair: two code units, four bytes.
			bytes += 2;
			i++;
		} else bytes += 2;
	}
	return bytes;
}

/** True when a text is over the note size limit; decides from the length alone when it can. */
export function isTooLargeText(text: string): boolean {
	// Every code unit is 1 to 3 bytes, so most texts are decided without a scan.
	if (text.length > MAX_NOTE_BYTES) return true;
	if (text.length * 3 <= MAX_NOTE_BYTES) return false;
	return utf8Length(text) > MAX_NOTE_BYTES;
}

/** The one diagnostic of a skipped note, worded for the person who wrote it. */
export function tooLargeMessage(bytes: number): string {
	const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
	return `Note is ${mb(bytes)} MB, over the ${mb(MAX_NOTE_BYTES)} MB limit; not indexed (split it into smaller notes to see its talks)`;
}
