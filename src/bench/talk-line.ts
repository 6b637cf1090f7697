/**
 * Writes a talk's own line by one documented title/speaker rule (note-format.md section 3)
 * and says what the index should make of it: the expected title and speakers.
 */
import type { TalkKind } from '../core/model';
import type { Person } from './speaker-pool';
import { unaccented } from './speaker-pool';

/** The title/speaker rules, one per row of the format's table plus the variants it names. */
export type SpeakerRule =
	| 'tilde'
	| 'em-dash'
	| 'double-dash'
	| 'colon'
	| 'alias-colon'
	| 'by'
	| 'parens'
	| 'wikilink-colon'
	| 'wikilink-hyphen'
	| 'mdlink-hyphen'
	| 'person-anywhere'
	| 'bold-title'
	| 'link-title'
	| 'child-line'
	| 'none';

/** How the kind is written: a `Keynote:` prefix, or a leading segment (`Track | Live Discussion - `). */
export type KindForm = 'prefix' | 'segment';

/** What the generator decided about one talk before writing it. */
export interface TalkPlan {
	readonly title: string;
	readonly kind: TalkKind;
	readonly kindForm: KindForm;
	readonly track?: string;
	readonly speakers: readonly Person[];
	readonly rule: SpeakerRule;
	readonly blockId?: string;
	/** A mojibake suffix (`ðŸ¤¯`) and its repair (`🤯`). */
	readonly mojibake?: readonly [string, string];
	/** Variant index, so one rule can cycle through its spellings. */
	readonly variant: number;
}

/** A speaker the index should report, by canonical name. */
export interface ExpectedSpeaker {
	readonly name: string;
	readonly affiliation?: string;
	readonly role?: 'moderator';
}

/** The written line and what it means. */
export interface RenderedLine {
	readonly text: string;
	readonly title: string;
	/** Speakers named on the line itself (child-line speakers are added by the body). */
	readonly speakers: readonly ExpectedSpeaker[];
	/** The talk's first note when the line carries one (`**T** (A) - great demo`). */
	readonly firstNote?: string;
}

const PREFIXES: Partial<Record<TalkKind, readonly string[]>> = {
	keynote: ['Keynote: '],
	panel: ['Panel: '],
	workshop: ['Workshop: '],
	tutorial: ['Tutorial: '],
	lightning: ['Lightning: ', 'Lightning talk: '],
	fireside: ['Fireside chat: '],
	ama: ['AMA: '],
	bof: ['BoF: '],
};

/** Kinds that can be written as a leading segment, and the words that say so. */
export const SEGMENT_WORDS: Partial<Record<TalkKind, readonly string[]>> = { panel: ['Live Discussion', 'Panel'], fireside: ['Fireside'] };

const SEPARATORS = [' & ', ' and ', ', ', '/'];

/** Joins several names with one of the documented separators (`,` `&` ` and ` `/`). */
function joinNames(names: readonly string[], variant: number): string {
	if (names.length <= 1) return names[0] ?? '';
	if (names.length > 2) return `${names.slice(0, -1).join(', ')}${variant % 2 ? ' and ' : ', '}${names[names.length - 1] ?? ''}`;
	return names.join(SEPARATORS[variant % SEPARATORS.length] ?? ', ');
}

/** A speaker written plainly, sometimes without accents, optionally with `(Affiliation)`. */
function plainName(p: Person, variant: number, withAffiliation: boolean): string {
	const name = variant % 5 === 3 ? unaccented(p.name) : p.name;
	return withAffiliation ? `${name} (${p.affiliation})` : name;
}

/** The line for a plan; `affiliations` adds `(Affiliation)` where the rule allows it. */
export function renderTalkLine(plan: TalkPlan, affiliations: boolean): RenderedLine {
	const v = plan.variant;
	const repaired = plan.mojibake ? `${plan.title} ${plan.mojibake[1]}` : plan.title;
	const written = plan.mojibake ? `${plan.title} ${plan.mojibake[0]}` : plan.title;
	let head = '';
	let shownTitle = repaired;
	if (plan.kind !== 'talk' && plan.kindForm === 'prefix') head = pick(PREFIXES[plan.kind], v);
	if (plan.kindForm === 'segment') {
		const words = pick(SEGMENT_WORDS[plan.kind], v);
		head = plan.track ? `${plan.track} | ${words} - ` : `${words} - `;
		shownTitle = head + repaired;
	}
	const ps = plan.speakers;
	const names = (aff: boolean) => joinNames(ps.map((p) => plainName(p, v, aff)), v);
	const expect = (aff: boolean): ExpectedSpeaker[] => ps.map((p) => (aff ? { name: p.name, affiliation: p.affiliation } : { name: p.name }));
	const first = ps[0];
	const url = `https://example.org/${first ? first.name.toLowerCase().replace(/[^a-z]+/g, '-') : 'talk'}`;
	let text: string;
	let speakers = expect(false);
	let firstNote: string | undefined;
	switch (plan.rule) {
		case 'tilde':
			text = `${head}${written} ~ ${names(affiliations)}`;
			speakers = expect(affiliations);
			break;
		case 'em-dash':
			text = `${head}${written} — ${names(affiliations)}`;
			speakers = expect(affiliations);
			break;
		case 'double-dash':
			text = `${head}${written} -- ${names(affiliations)}`;
			speakers = expect(affiliations);
			break;
		case 'colon':
			text = `${plainName(first, v, false)}: ${written}`;
			break;
		case 'alias-colon':
			text = `${first.note?.aliases[0] ?? first.name}: ${written}`;
			break;
		case 'by':
			text = `${head}${written} by ${names(false)}`;
			break;
		case 'parens':
			text = `${head}${written} (${names(false)})`;
			break;
		case 'wikilink-colon':
			text = v % 2 ? `[[${first.name}|${first.first}]]: ${written}` : `[[${first.name}]]: ${written}`;
			break;
		case 'wikilink-hyphen':
			text = `[[${first.name}]] - ${written}`;
			break;
		case 'mdlink-hyphen':
			text = `${written} - [${first.name}](${url})`;
			break;
		case 'person-anywhere':
			text = v % 2 ? `${written}, a talk from [[${first.name}]]` : `Notes on ${written} from [[${first.name}]]`;
			shownTitle = v % 2 ? `${repaired}, a talk from ${first.name}` : `Notes on ${repaired} from ${first.name}`;
			break;
		case 'bold-title':
			text = v % 2 ? `**${written}** ~ ${first.name}` : `**${written}** (${first.name}) - great demo`;
			firstNote = v % 2 ? undefined : 'great demo';
			break;
		case 'link-title':
			text = `[${written}](https://youtu.be/${(v * 7919).toString(36)}) ~ ${first.name}`;
			break;
		case 'child-line':
		case 'none':
			text = `${head}${written}`;
			speakers = [];
			break;
	}
	if (plan.blockId) text += ` ^${plan.blockId}`;
	return { text, title: shownTitle, speakers, firstNote };
}

function pick(list: readonly string[] | undefined, variant: number): string {
	return list?.[variant % list.length] ?? '';
}
