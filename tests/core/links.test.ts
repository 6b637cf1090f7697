import { MAX_URI_PARAM_LENGTH, parseTalksUri, talkMarkdownLink, talkUri } from '../../src/core/links';

/** What Obsidian hands the handler: the decoded query plus `action`. */
const params = (query: Record<string, string>) => ({ action: 'conference-talks', ...query });

describe('parseTalksUri: links that work', () => {
	it('reads a talk link, a derived id, a block id and a collision-suffixed id', () => {
		expect(parseTalksUri(params({ talk: '2023-10-18-ingesting-in-rust' }))).toEqual({ ok: true, action: { kind: 'talk', id: '2023-10-18-ingesting-in-rust' } });
		expect(parseTalksUri(params({ talk: 'p99-rust' }))).toEqual({ ok: true, action: { kind: 'talk', id: 'p99-rust' } });
		expect(parseTalksUri(params({ talk: '2024-06-01-keynote~2' }))).toEqual({ ok: true, action: { kind: 'talk', id: '2024-06-01-keynote~2' } });
	});

	it('keeps letters of any script in ids, as slugs do', () => {
		expect(parseTalksUri(params({ talk: '2024-05-01-доклад-о-rust' }))).toEqual({ ok: true, action: { kind: 'talk', id: '2024-05-01-доклад-о-rust' } });
	});

	it('combines speaker, topic, conference and q into one explorer view', () => {
		expect(parseTalksUri(params({ speaker: 'Carl Lerche', topic: 'rust', conference: 'ScyllaDB P99 Conf', q: 'zig comptime' }))).toEqual({
			ok: true,
			action: { kind: 'explore', speaker: 'Carl Lerche', topic: 'rust', conference: 'ScyllaDB P99 Conf', query: 'zig comptime' },
		});
		expect(parseTalksUri(params({ q: 'serde' }))).toEqual({ ok: true, action: { kind: 'explore', query: 'serde' } });
	});

	it('lets a talk link win over filters in the same link', () => {
		expect(parseTalksUri(params({ talk: 'p99-rust', speaker: 'Carl Lerche' }))).toEqual({ ok: true, action: { kind: 'talk', id: 'p99-rust' } });
	});

	it('ignores parameters it does not know (vault, file, path, anything)', () => {
		const parsed = parseTalksUri(params({ vault: 'Work', file: '../../secret.md', path: '/etc/passwd', speaker: 'Carl Lerche', onload: 'alert(1)' }));
		expect(parsed).toEqual({ ok: true, action: { kind: 'explore', speaker: 'Carl Lerche' } });
	});

	it('trims and NFC-normalises names, so a decomposed accent finds the same speaker', () => {
		const parsed = parseTalksUri(params({ speaker: '  Rene\u0301 Dupont ' }));
		expect(parsed).toEqual({ ok: true, action: { kind: 'explore', speaker: 'Ren\u00e9 Dupont' } });
	});

	it('accepts a value of exactly the maximum length', () => {
		const parsed = parseTalksUri(params({ q: 'a'.repeat(MAX_URI_PARAM_LENGTH) }));
		expect(parsed.ok).toBe(true);
	});
});

describe('parseTalksUri: links that are refused', () => {
	const refused = (query: unknown) => {
		const parsed = parseTalksUri(typeof query === 'object' && query !== null ? params(query as Record<string, string>) : query);
		expect(parsed.ok).toBe(false);
		return parsed.ok ? '' : parsed.reason;
	};

	it('refuses a link that asks for nothing', () => {
		expect(refused({})).toMatch(/names no talk/);
		expect(refused({ vault: 'Work' })).toMatch(/names no talk/);
		expect(parseTalksUri(undefined).ok).toBe(false);
		expect(parseTalksUri('talk=x').ok).toBe(false);
	});

	it('refuses empty and blank values', () => {
		expect(refused({ talk: '' })).toMatch(/"talk" is empty/);
		expect(refused({ speaker: '   ' })).toMatch(/"speaker" is empty/);
	});

	it('refuses over-long values without looking further', () => {
		expect(refused({ talk: 'a'.repeat(MAX_URI_PARAM_LENGTH + 1) })).toMatch(/longer than 200/);
		expect(refused({ q: 'x'.repeat(1_000_000) })).toMatch(/longer than 200/);
	});

	it('refuses paths and schemes as talk ids', () => {
		for (const id of ['../2023-10-18', '..%2F..%2Fetc', '2023-10-18.md', 'People/Carl Lerche', 'javascript:alert(1)', 'a b', 'id#heading', 'id^block', 'file:///etc/passwd', 'x~', 'x~12345', '%00', 'abc%00.md']) {
			expect(refused({ talk: id })).toMatch(/talk id in the link is not valid/);
		}
	});

	it('refuses html in a talk id, and never echoes the value back in the reason', () => {
		const reason = refused({ talk: '<img src=x onerror=alert(1)>' });
		expect(reason).not.toContain('<');
		expect(reason).not.toContain('onerror');
	});

	it('refuses control characters (a decoded %00, newlines, escape) in any parameter', () => {
		expect(refused({ talk: 'abc\u0000' })).toMatch(/control characters/);
		expect(refused({ speaker: 'Carl\nLerche' })).toMatch(/control characters/);
		expect(refused({ q: 'serde\u001b[31m' })).toMatch(/control characters/);
		expect(refused({ topic: 'rust\u0085' })).toMatch(/control characters/);
	});

	it('refuses bidirectional overrides that make a name read as something else', () => {
		expect(refused({ conference: 'P99 \u202eFNOC' })).toMatch(/control characters/);
	});

	it('refuses values that are not text', () => {
		expect(parseTalksUri({ talk: 42 })).toEqual({ ok: false, reason: 'The link\'s "talk" is not text.' });
		expect(parseTalksUri({ speaker: ['a', 'b'] }).ok).toBe(false);
	});

	it('does not read parameters from the prototype chain', () => {
		const inherited = Object.create({ talk: 'p99-rust' }) as Record<string, string>;
		expect(parseTalksUri(inherited).ok).toBe(false);
	});

	it('keeps html and scheme-looking text in a search as plain text, never as markup', () => {
		// A search is only ever matched against the index and shown as text: it is allowed.
		expect(parseTalksUri(params({ q: '<script>alert(1)</script>' }))).toEqual({ ok: true, action: { kind: 'explore', query: '<script>alert(1)</script>' } });
		expect(parseTalksUri(params({ speaker: 'javascript:alert(1)' }))).toEqual({ ok: true, action: { kind: 'explore', speaker: 'javascript:alert(1)' } });
	});
});

describe('talk links', () => {
	it('builds the link Obsidian will hand back to the parser', () => {
		expect(talkUri('2023-10-18-ingesting-in-rust')).toBe('obsidian://conference-talks?talk=2023-10-18-ingesting-in-rust');
		expect(talkUri('2024-06-01-keynote~2')).toBe('obsidian://conference-talks?talk=2024-06-01-keynote~2');
	});

	it('writes a markdown link whose brackets in the title cannot break it', () => {
		expect(talkMarkdownLink('Ingesting in Rust', '2023-10-18-ingesting-in-rust')).toBe('[Ingesting in Rust](obsidian://conference-talks?talk=2023-10-18-ingesting-in-rust)');
		expect(talkMarkdownLink('Arrays [a] and \\ slashes', 'x')).toBe('[Arrays \\[a\\] and \\\\ slashes](obsidian://conference-talks?talk=x)');
		expect(talkMarkdownLink('  ', 'x')).toBe('[x](obsidian://conference-talks?talk=x)');
	});
});
