import type { SpeakerMention } from '../model';
import { fold } from '../text/fold';
import { ownString } from '../text/own-string';
import { newInlineRefs, scanInline, type InlineRefs } from './inline';
import { KeySet } from './key-set';
import type { OutlineLine } from './outline';
import type { PeopleDirectory, TopicRule } from './parse-context';
import { collectTopicTerms } from './topic-terms';

/**
 * What a talk refers to (sections 4 and 6): images, links, tags and topic
 * wikilinks from its line and subtree, and the settings' topic terms. Code and
 * math blocks are not scanned: a URL in a code sample is not a reference.
 */

/** The refs of the talk line and every readable line of its subtree. */
export function collectRefs(outline: readonly OutlineLine[], index: number, end: number, lineText: string): InlineRefs {
	const refs = newInlineRefs();
	scanInline(lineText, refs);
	for (let j = index + 1; j <= end; j++) {
		const line = outline[j];
		if (line.kind === 'item' || line.kind === 'text' || line.kind === 'quote' || line.kind === 'heading') scanInline(line.text, refs);
	}
	return refs;
}

/**
 * How many folded names are remembered before the memo starts over: room for every name of
 * a large vault (the stress profile folds 7,637 distinct ones 268,000 times a parse), so a
 * whole-vault parse does not start the memo over halfway and fold them all again.
 */
const MEMO_SIZE = 16384;
/** Longer strings are folded every time: names are short, and the memo must stay small. */
const MEMO_LENGTH = 200;
const foldedNames = new Map<string, string>();

/**
 * `fold` for names that repeat across a note's talks: speakers, conferences, tags and link
 * targets. Remembered (a pure function's results, so the parser stays pure), because the
 * same few names are folded again for every talk of a conference day.
 */
export function foldName(name: string): string {
	if (name.length > MEMO_LENGTH) return fold(name);
	let folded = foldedNames.get(name);
	if (folded === undefined) {
		if (foldedNames.size >= MEMO_SIZE) foldedNames.clear();
		// Strings of their own: a name sliced out of a note (and its fold, which may be the same
		// string) would keep the whole note text alive in the memo.
		folded = ownString(fold(name));
		foldedNames.set(ownString(name), folded);
	}
	return folded;
}

/** `first` then `second`, deduplicated by exact value, first occurrence kept. */
export function uniqueConcat(first: readonly string[], second: readonly string[]): string[] {
	const seen = new KeySet();
	const out: string[] = [];
	for (const value of first) if (seen.add(value)) out.push(value);
	for (const value of second) if (seen.add(value)) out.push(value);
	return out;
}

/** Tags that are markers for this plugin, not topics. */
const NOT_TOPIC_TAGS = new Set(['conference', 'person']);
/** Links to daily notes are navigation, not topics. */
const DATE_TARGET = /^\d{4}-\d{2}-\d{2}/;

/** Inputs for a talk's explicit topics. */
export interface TopicInputs {
	readonly refs: InlineRefs;
	readonly speakers: readonly SpeakerMention[];
	/** Each speaker's folded name, in `speakers` order. */
	readonly speakerKeys: readonly string[];
	readonly conference: string;
	readonly people: PeopleDirectory;
	readonly rules: readonly TopicRule[];
	/** Title and notes, where the settings' terms are looked for (each on its own). */
	readonly texts: readonly string[];
}

/**
 * Rules 1-3 of section 6: tags (not `conference` or `person`), wikilinks that
 * are not speakers, known people, the conference or daily notes, then topic
 * terms. Deduplicated by folded form; the first spelling wins.
 */
export function explicitTopics(inputs: TopicInputs): string[] {
	const { people } = inputs;
	// Candidates with their folded keys, each folded once: the checks below and the
	// deduplication at the end read the same key.
	const candidates: string[] = [];
	const keys: string[] = [];
	for (const tag of inputs.refs.tags) {
		const name = tag.charCodeAt(0) === 35 ? tag.slice(1) : tag;
		if (!name) continue;
		const key = foldName(name);
		if (NOT_TOPIC_TAGS.has(key)) continue;
		candidates.push(name);
		keys.push(key);
	}
	// What a wikilink is checked against, made only for a talk with wikilinks. Key sets, which turn
	// into maps when long: a hostile note can give one talk thousands of speakers and links.
	const speakerKeys = new KeySet();
	let conference = '';
	if (inputs.refs.wikilinks.length > 0) {
		for (let k = 0; k < inputs.speakers.length; k++) {
			const speaker = inputs.speakers[k];
			speakerKeys.add(inputs.speakerKeys[k]);
			if (speaker.link) speakerKeys.add(foldName(speaker.link));
			const canonical = people.canonical(speaker.name);
			if (canonical) speakerKeys.add(foldName(canonical));
		}
		conference = foldName(inputs.conference);
	}
	for (const target of inputs.refs.wikilinks) {
		const key = foldName(target);
		if (!key || key === conference || speakerKeys.has(key) || DATE_TARGET.test(target)) continue;
		if (people.canonical(target) !== undefined) continue;
		candidates.push(target);
		keys.push(key);
	}
	collectTopicTerms(inputs.texts, inputs.rules, candidates, keys);
	const seen = new KeySet();
	const topics: string[] = [];
	for (let k = 0; k < candidates.length; k++) {
		if (seen.add(keys[k])) topics.push(candidates[k]);
	}
	return topics;
}

/**
 * Words the automatic keywords must skip: each speaker's full, first and last
 * name (from their folded names), and the conference's words, all folded. They
 * describe who and where, not what a talk is about. A list (repeats are harmless
 * to the caller).
 */
export function keywordExclusions(speakerKeys: readonly string[], conference: string): string[] {
	const exclude: string[] = [];
	for (const name of speakerKeys) {
		if (!name) continue;
		exclude.push(name);
		const firstSpace = name.indexOf(' ');
		if (firstSpace < 0) continue;
		exclude.push(name.slice(0, firstSpace), name.slice(name.lastIndexOf(' ') + 1));
	}
	for (const word of conferenceWords(conference)) exclude.push(word);
	return exclude;
}

/** The last conference's folded words: a note's talks mostly share one conference. */
let lastConference: string | undefined;
let lastConferenceWords: readonly string[] = [];

function conferenceWords(conference: string): readonly string[] {
	if (conference !== lastConference) {
		lastConference = conference;
		lastConferenceWords = foldName(conference)
			.split(' ')
			.filter((word) => word !== '');
	}
	return lastConferenceWords;
}
