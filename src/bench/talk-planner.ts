/**
 * Decides one talk (kind, speakers, rule, notes) and writes it: the line, its child
 * lines, and the expectations. Kinds and rules are drawn coverage-first (see coverage.ts).
 */
import type { TalkKind } from '../core/model';
import type { Coverage } from './coverage';
import type { TreeNode } from './note-writer';
import { CHILD_LINE_FORMS, moderatorLine, panelQuotes, speakerChildLine } from './panel-lines';
import type { Random } from './prng';
import type { VaultProfile } from './profiles';
import type { Person } from './speaker-pool';
import { type BodyFeature, type BodyState, talkBody } from './talk-body';
import { type ExpectedSpeaker, type KindForm, renderTalkLine, type SpeakerRule } from './talk-line';
import type { Filler } from './text-filler';

/** Generator state shared by every note of one vault. */
export interface GenState {
	readonly rng: Random;
	readonly filler: Filler;
	readonly cover: Coverage;
	readonly pool: readonly Person[];
	/** Speakers with a person note. */
	readonly people: readonly Person[];
	readonly body: BodyState;
	readonly profile: VaultProfile;
	talkCounter: number;
}

/** A written talk: its line, its children and what it means. */
export interface WrittenTalk {
	readonly line: string;
	readonly children: TreeNode[];
	readonly title: string;
	readonly speakers: ExpectedSpeaker[];
	readonly kind: TalkKind;
	readonly track?: string;
	readonly blockId?: string;
	readonly images: string[];
	readonly rule: SpeakerRule;
	readonly features: BodyFeature[];
	readonly quotes: boolean;
	readonly mojibake: boolean;
}

const KINDS: ReadonlyArray<readonly [TalkKind, number]> = [
	['talk', 70], ['keynote', 5], ['panel', 6], ['workshop', 3], ['tutorial', 3], ['lightning', 7], ['fireside', 2], ['ama', 2], ['bof', 2],
];

const RULES: ReadonlyArray<readonly [SpeakerRule, number]> = [
	['tilde', 30], ['colon', 12], ['em-dash', 6], ['double-dash', 3], ['by', 6], ['parens', 5], ['wikilink-colon', 5], ['wikilink-hyphen', 3],
	['mdlink-hyphen', 2], ['person-anywhere', 2], ['alias-colon', 2], ['bold-title', 3], ['link-title', 2], ['child-line', 6], ['none', 8],
];

/** Rules a kind prefix (`Keynote: `) combines with: the title comes first on those lines. */
const PREFIX_RULES = new Set<SpeakerRule>(['tilde', 'em-dash', 'double-dash', 'by', 'parens', 'child-line', 'none']);
const SEGMENT_RULES = new Set<SpeakerRule>(['tilde', 'child-line', 'none']);
const MULTI_RULES = new Set<SpeakerRule>(['tilde', 'em-dash', 'double-dash', 'by', 'parens', 'child-line']);
const PERSON_RULES = new Set<SpeakerRule>(['person-anywhere', 'alias-colon']);
/** Subheading talks: no child-line speakers (a heading has no first child bullet). */
const HEADING_RULES = new Set<SpeakerRule>(['tilde', 'em-dash', 'colon', 'by', 'parens', 'wikilink-colon', 'none']);

const HYPHEN_RULES = new Set<SpeakerRule>(['person-anywhere', 'mdlink-hyphen', 'wikilink-hyphen']);

const MOJIBAKE: ReadonlyArray<readonly [string, string]> = [
	['ðŸ¤¯', '🤯'],
	['ðŸš€', '🚀'],
	['ðŸ”¥', '🔥'],
];

/** Plans and writes one talk; `tracks` are the conference's rooms, `date` is YYYY-MM-DD. */
export function writeTalk(gen: GenState, tracks: readonly string[], date: string, heading: boolean): WrittenTalk {
	const { rng, cover } = gen;
	const n = gen.talkCounter++;
	const kind = cover.choose('kind', KINDS);
	const segment = (kind === 'panel' || kind === 'fireside') && !heading && cover.once(`segment-${kind}`, 0.5);
	const kindForm: KindForm = segment ? 'segment' : 'prefix';
	const rule = cover.choose(heading ? 'heading-rule' : 'rule', RULES, (r) => {
		if (heading && !HEADING_RULES.has(r)) return false;
		if (PERSON_RULES.has(r) && gen.people.length === 0) return false;
		if (kind === 'talk') return true;
		return segment ? SEGMENT_RULES.has(r) : PREFIX_RULES.has(r);
	});
	const count = speakerCount(rng, kind, rule);
	const speakers = pickSpeakers(gen, PERSON_RULES.has(rule) ? gen.people : gen.pool, count);
	const track = segment && rng.chance(0.8) ? rng.pick(tracks) : undefined;
	const mojibake = (rule === 'tilde' || rule === 'child-line' || rule === 'none') && cover.once('mojibake', 0.01) ? rng.pick(MOJIBAKE) : undefined;
	const blockId = !heading && cover.once('block-id', 0.08) ? `talk-${n.toString(36)}` : undefined;
	const affiliations = rng.chance(0.25);
	let title = gen.filler.title();
	// A ` - ` in the title would sit next to the speaker link of these rules and blur them.
	while (HYPHEN_RULES.has(rule) && title.includes(' - ')) title = gen.filler.title();
	const rendered = renderTalkLine({ title, kind, kindForm, track, speakers, rule, blockId, mojibake, variant: n }, affiliations);

	const children: TreeNode[] = [];
	const expected = [...rendered.speakers];
	if (rule === 'child-line') {
		const form = cover.choose('child-line', CHILD_LINE_FORMS.map((f) => [f, 1] as const), (f) => (f === 'list' ? speakers.length > 1 : f !== 'by' || speakers.length === 1));
		const child = speakerChildLine(speakers, form, n);
		children.push({ text: child.text, children: [] });
		expected.push(...child.speakers);
	} else if ((kind === 'panel' || kind === 'fireside') && rule === 'tilde' && !heading && cover.once('moderator', 0.4)) {
		const moderator = pickSpeakers(gen, gen.pool, 1, speakers)[0];
		if (moderator) {
			const line = moderatorLine(moderator, n);
			children.push({ text: line.text, children: [] });
			expected.push(line.speaker);
		}
	}
	const quoteNodes = kind === 'panel' && speakers.length > 1 ? panelQuotes(rng, gen.filler, speakers) : [];
	children.push(...quoteNodes);
	const long = rng.chance(gen.profile.longTalkShare);
	const size = long ? rng.int(30, 120) : bodySize(gen, kind, rule, children.length > 0);
	const body = talkBody(rng, gen.filler, gen.body, size, long ? 5 : 3, date.replace(/-/g, ''));
	children.push(...body.nodes);
	const segmentTrack = segment ? track : undefined;
	return {
		line: rendered.text,
		children,
		title: rendered.title,
		speakers: expected,
		kind,
		track: segmentTrack,
		blockId,
		images: body.images,
		rule,
		features: body.features,
		quotes: quoteNodes.length > 0,
		mojibake: mojibake !== undefined,
	};
}

/** One speaker mostly; panels three; a few co-presented talks. */
function speakerCount(rng: Random, kind: TalkKind, rule: SpeakerRule): number {
	if (!MULTI_RULES.has(rule)) return 1;
	if (kind === 'panel') return rng.int(2, 4);
	if (rule === 'child-line') return rng.int(1, 2);
	return rng.weighted([
		[1, 85],
		[2, 12],
		[3, 3],
	]);
}

/** Distinct speakers drawn with a power law, so some speak at many conferences. */
function pickSpeakers(gen: GenState, from: readonly Person[], count: number, exclude: readonly Person[] = []): Person[] {
	const chosen: Person[] = [];
	for (let tries = 0; chosen.length < count && tries < count * 20; tries++) {
		const p = from[gen.rng.skewed(from.length, 1.6)];
		if (!chosen.includes(p) && !exclude.includes(p)) chosen.push(p);
	}
	return chosen;
}

/** Bullets under a talk: none for many lightning talks; a talk without speaker, kind or other children needs one. */
function bodySize(gen: GenState, kind: TalkKind, rule: SpeakerRule, hasChildren: boolean): number {
	const { rng, profile } = gen;
	const min = rule === 'none' && kind === 'talk' && !hasChildren ? 1 : 0;
	if (kind === 'lightning') return Math.max(min, rng.int(0, 2));
	const [lo, hi] = profile.bodyBullets;
	return Math.max(min, rng.int(lo, hi));
}
