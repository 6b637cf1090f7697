/** Shared scaffolding for the parser tests: parse a small inline note the way the plugin would. */
import { parse as parseYaml } from 'yaml';
import type { NoteExtract, Talk } from '../../../src/core/model';
import { parseNote } from '../../../src/core/parse/parse-note';
import { NO_PEOPLE, type NoteInput, type ParseContext, type PeopleDirectory, type TopicRule } from '../../../src/core/parse/parse-context';
import { collectTopicTerms } from '../../../src/core/parse/topic-terms';
import { fold } from '../../../src/core/text/fold';

/** A parse context with the `yaml` package, no people, no topics, keywords off unless asked. */
export function context(overrides: Partial<ParseContext> = {}): ParseContext {
	return { parseYaml: (source) => parseYaml(source) as unknown, people: NO_PEOPLE, topics: [], autoKeywords: false, ...overrides };
}

/** People known by name or alias, the way person notes make them known. */
export function people(names: Record<string, readonly string[]>): PeopleDirectory {
	const byKey = new Map<string, string>();
	for (const [name, aliases] of Object.entries(names)) {
		byKey.set(fold(name), name);
		for (const alias of aliases) byKey.set(fold(alias), name);
	}
	return { canonical: (name) => byKey.get(fold(name)) };
}

/** Parses a daily note dated 2024-05-01 unless told otherwise. */
export function parse(text: string, input: Partial<NoteInput> = {}, ctx: Partial<ParseContext> = {}): NoteExtract {
	return parseNote({ path: 'Daily/2024-05-01.md', scope: 'daily', fileDate: '2024-05-01', ...input, text }, context(ctx));
}

/** Lines joined with LF: notes in tests read like notes. */
export function note(...lines: string[]): string {
	return lines.join('\n');
}

/** Titles of the talks, in note order. */
export function titles(extract: NoteExtract): string[] {
	return extract.talks.map((talk) => talk.title);
}

/** `title @ conference` for every talk: where each talk was filed. */
export function filed(extract: NoteExtract): string[] {
	return extract.talks.map((talk) => `${talk.title} @ ${talk.conference}`);
}

/** The talk with this title (fails the test when missing). */
export function talk(extract: NoteExtract, title: string): Talk {
	const found = extract.talks.find((candidate) => candidate.title === title);
	if (!found) throw new Error(`no talk "${title}" in ${JSON.stringify(titles(extract))}`);
	return found;
}

/** The topic names `collectTopicTerms` finds in `texts` (one text or several), in rule order. */
export function topicTermsIn(texts: string | readonly string[], rules: readonly TopicRule[]): string[] {
	const names: string[] = [];
	collectTopicTerms(typeof texts === 'string' ? [texts] : texts, rules, names);
	return names;
}
