import { repairMojibake } from '../../../src/core/parse/text-repair';
import { MAX_SLOWDOWN, repeatTo, slowdown } from './linear-time';

/** What a Windows-1252 reader shows for the UTF-8 bytes of `text` (the damage being repaired). */
function damage(text: string): string {
	const cp1252: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
	return [...Buffer.from(text, 'utf8')].map((b) => cp1252[b] ?? String.fromCharCode(b)).join('');
}

describe('repairMojibake', () => {
	it('repairs the seed panel title', () => {
		expect(repairMojibake('Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript ðŸ¤¯???')).toBe(
			'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???',
		);
	});

	it('repairs accents, curly quotes and dashes', () => {
		expect(repairMojibake('CafÃ©')).toBe('Café');
		expect(repairMojibake('Donâ€™t panic â€” really')).toBe('Don’t panic — really');
		expect(repairMojibake('Ã\u0081lvaro')).toBe('Álvaro'); // an undefined cp1252 slot read as its C1 code point
	});

	it('round-trips any damaged text back to the original', () => {
		for (const text of ['Zoë Müller – naïve café', '東京の話 🤯', 'Ελληνικά and Русский', 'Ünïcödé ™ € …']) {
			expect(repairMojibake(damage(text))).toBe(text);
		}
	});

	it('leaves correct text untouched', () => {
		for (const text of [
			'Plain ASCII title',
			'Café and naïve',
			'JavaScript 🤯???',
			'SÃO PAULO', // a real Ã followed by a letter is not a UTF-8 sequence
			'RÉSUMÉ’s',
			'CAFÉ—BAR',
			'Ã',
			'© 2023 Acme',
			'',
		]) {
			expect(repairMojibake(text)).toBe(text);
		}
	});

	it('repairs nothing when only part of the text is damaged', () => {
		// The real emoji cannot come from a single cp1252 byte, so the text is not wholly mojibake.
		expect(repairMojibake('CafÃ© 🤯')).toBe('CafÃ© 🤯');
	});

	it('stays linear on megabytes', () => {
		for (const unit of ['Ã©', 'ðŸ¤¯', 'Ã', 'â€']) {
			const factor = slowdown(repeatTo(unit), repairMojibake);
			expect({ unit, fast: factor < MAX_SLOWDOWN }).toEqual({ unit, fast: true });
		}
	}, 60000);
});
