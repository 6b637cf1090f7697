import { fold, slug } from '../../src/core/text/fold';
import { derivedTalkId, entityId } from '../../src/core/text/ids';

describe('folding and ids', () => {
	it('folds case, accents and spaces so names written differently are one person', () => {
		expect(fold('  Ádam   CHALMERS ')).toBe(fold('adam chalmers'));
		expect(fold('Zoë')).toBe('zoe');
	});

	it('derives a talk id from date and title', () => {
		expect(derivedTalkId('2023-10-18', 'Ingesting in Rust')).toBe('2023-10-18-ingesting-in-rust');
		expect(derivedTalkId('', 'Ingesting in Rust')).toBe('undated-ingesting-in-rust');
	});

	it('keeps ids url-safe for titles full of punctuation and emoji', () => {
		const id = derivedTalkId('2023-10-18', 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???');
		expect(id).toBe('2023-10-18-threads-live-discussion-coding-for-speed-rust-vs-zig-vs-java');
		expect(encodeURIComponent(id)).toBe(id);
	});

	it('keeps non-Latin titles distinct', () => {
		expect(slug('東京の話')).not.toBe(slug('大阪の話'));
		expect(entityId('???')).toBe('unnamed');
	});
});
