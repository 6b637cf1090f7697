/** What the generator meant: the talks the index should find, so tests can hold the parser to it. */
import type { TalkKind } from '../core/model';
import type { BodyFeature } from './talk-body';
import type { ExpectedSpeaker, SpeakerRule } from './talk-line';

/** The documented ways a conference context starts (note-format.md section 2). */
export const CONTEXT_FORMS = [
	'paragraph-link',
	'list-item-link',
	'heading-link',
	'heading-subheadings',
	'words-around-link',
	'display-text-link',
	'tag-heading',
	'tag-paragraph',
	'tag-list-item',
	'frontmatter-conference',
	'frontmatter-event',
] as const;

/** One context form. */
export type ContextForm = (typeof CONTEXT_FORMS)[number];

/** One talk as the generator wrote it. */
export interface ExpectedTalk {
	readonly file: string;
	/** 1-based line of the talk's bullet or heading. */
	readonly line: number;
	readonly date: string;
	readonly conference: string;
	readonly title: string;
	/** Canonical names (person-note names), with affiliation and role where the line gives them. */
	readonly speakers: readonly ExpectedSpeaker[];
	readonly kind: TalkKind;
	readonly track?: string;
	readonly blockId?: string;
	/** Embed targets in order. */
	readonly images: readonly string[];
	readonly rule: SpeakerRule;
	readonly form: ContextForm;
	/** True for a `###` subheading talk. */
	readonly heading: boolean;
	/** Notes features written under the talk. */
	readonly features: readonly BodyFeature[];
	/** True when panel bullets were attributed (`carl ...`, `J: ...`). */
	readonly quotes: boolean;
	/** Whether the title was written with mojibake that the index must repair. */
	readonly mojibake: boolean;
}

/** What kind of note a generated file is. */
export type NoteRole = 'ordinary-day' | 'conference-day' | 'person' | 'opt-in' | 'settings' | 'attachment';

/** One generated file. */
export interface GeneratedFile {
	/** Vault-relative path, `/`-separated. */
	readonly path: string;
	readonly text: string;
	readonly role: NoteRole;
	/** Context forms used in the note, in order. */
	readonly forms?: readonly ContextForm[];
}
