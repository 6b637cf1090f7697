/** The checks a hostile vault's index must pass, shared by the CLI and the plugin runs. */
import type { Diagnostic } from '../../src/core/model';
import type { HostileVault } from './hostile-vault';

/** The parts of a talk the checks read (both `Talk` and the CLI's `TalkJson` have them). */
export interface TalkView {
	readonly title: string;
	readonly file: string;
	readonly conference: string;
	readonly speakers: readonly (string | { readonly name: string })[];
}

/** Every honest talk is there exactly once, with its speakers. */
export function expectHonestTalks(hostile: HostileVault, talks: readonly TalkView[]): void {
	for (const honest of hostile.honest) {
		const found = talks.filter((t) => t.title === honest.title && t.file === honest.file);
		expect({ talk: honest.title, count: found.length }).toEqual({ talk: honest.title, count: 1 });
		expect(found[0].speakers.map((s) => (typeof s === 'string' ? s : s.name))).toEqual(honest.speakers);
	}
}

/** No talk or conference comes from inside code, quotes or comments, nor from a skipped note. */
export function expectNothingForbidden(hostile: HostileVault, talks: readonly TalkView[], conferences: readonly string[]): void {
	const shown = [...talks.map((t) => t.title), ...talks.map((t) => t.conference), ...conferences];
	for (const forbidden of hostile.forbidden) {
		expect({ forbidden, shownIn: shown.filter((text) => text.includes(forbidden)) }).toEqual({ forbidden, shownIn: [] });
	}
}

/** A large note counts all or nothing: every talk of the one under the limit, none of the one over it. */
export function expectAllOrNothing(hostile: HostileVault, talks: readonly TalkView[]): void {
	expect(talks.filter((t) => t.file === hostile.overLimit.file || t.title.startsWith(hostile.overLimit.titlePrefix))).toEqual([]);
	if (!hostile.underLimit.file) return;
	const under = talks.filter((t) => t.file === hostile.underLimit.file);
	expect(under).toHaveLength(hostile.underLimit.talks);
	expect(under.filter((t) => t.title.startsWith('Dense Talk '))).toHaveLength(hostile.underLimit.talks);
}

/** Each problem file gives exactly one diagnostic saying what it must; `extra` adds adapter-specific ones. */
export function expectOneDiagnosticEach(problems: Readonly<Record<string, RegExp | null>>, diagnostics: readonly Diagnostic[]): void {
	const expected = Object.entries(problems).filter((entry): entry is [string, RegExp] => entry[1] !== null);
	for (const [file, pattern] of expected) {
		const mine = diagnostics.filter((d) => d.file === file);
		expect({ file, count: mine.length }).toEqual({ file, count: 1 });
		expect(mine[0].message).toMatch(pattern);
	}
	const known = new Set(expected.map(([file]) => file));
	expect(diagnostics.filter((d) => !known.has(d.file))).toEqual([]);
}
