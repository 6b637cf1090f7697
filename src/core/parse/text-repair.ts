/**
 * Repairs the common "UTF-8 read as Windows-1252" damage (`ðŸ¤¯` for 🤯, `Ã©`
 * for é, `â€™` for ’) in text meant for display. The note itself is never changed.
 *
 * The repair is all-or-nothing: every non-ASCII character of the text must map
 * back to one Windows-1252 (or Latin-1) byte, and the bytes must decode as
 * strict UTF-8. Correct text almost never passes that test, because an accented
 * letter in real text is followed by a letter or space, not by the continuation
 * bytes UTF-8 needs.
 */

/** Windows-1252 characters in 0x80-0x9F that are not the Latin-1 code point, mapped to their byte. */
const CP1252_SPECIAL: ReadonlyMap<number, number> = new Map([
	[0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85],
	[0x2020, 0x86], [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a],
	[0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92],
	[0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97],
	[0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c],
	[0x017e, 0x9e], [0x0178, 0x9f],
]);

/** The byte a character came from when UTF-8 was shown as Windows-1252, or -1. */
function toByte(code: number): number {
	if (code < 0x100) return code; // ASCII, Latin-1, and the C1 slots cp1252 leaves undefined
	return CP1252_SPECIAL.get(code) ?? -1;
}

/**
 * Two-byte sequences decode to U+0080-U+07FF. Mojibake there is Latin, Greek,
 * Cyrillic, Hebrew or Arabic text; C1 controls, IPA letters and spacing modifiers
 * are what a correct `É’` or `É—` would turn into, so those veto the repair.
 */
function plausibleTwoByte(cp: number): boolean {
	return cp >= 0xa0 && (cp < 0x250 || cp >= 0x300);
}

/** Strict UTF-8 decoding of bytes; null when any sequence is invalid or implausible. */
function decodeUtf8(bytes: readonly number[]): string | null {
	const out: string[] = [];
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			out.push(String.fromCharCode(b));
			i++;
			continue;
		}
		let need: number;
		let cp: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
		else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
		else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
		else return null;
		if (i + need >= bytes.length) return null; // truncated sequence
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if ((c & 0xc0) !== 0x80) return null;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
		if (need === 1 && !plausibleTwoByte(cp)) return null;
		out.push(String.fromCodePoint(cp));
		i += need + 1;
	}
	return out.join('');
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Repairs UTF-8 shown as Windows-1252 when the whole text round-trips cleanly; otherwise returns it unchanged. */
export function repairMojibake(text: string): string {
	if (!NON_ASCII.test(text)) return text; // a native scan: nearly every line is plain ASCII
	let suspicious = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) continue;
		if (toByte(code) < 0) return text; // a character no single byte explains: the text is not mojibake
		suspicious = true;
	}
	if (!suspicious) return text;
	const bytes: number[] = new Array<number>(text.length);
	for (let i = 0; i < text.length; i++) bytes[i] = toByte(text.charCodeAt(i));
	return decodeUtf8(bytes) ?? text;
}
