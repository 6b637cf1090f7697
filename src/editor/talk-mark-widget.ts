import { WidgetType } from '@codemirror/view';
import type { Talk, TalkKind } from '../core/model';

/** Most speaker chips on one mark; the rest show as `+N`. */
const MAX_CHIPS = 3;

/** What a mark shows: plain data, so two marks for the same talk compare equal and are not redrawn. */
export interface TalkMarkData {
	readonly talkId: string;
	readonly kind: TalkKind;
	readonly speakers: readonly string[];
}

/** The data a mark shows for a talk. */
export function markData(talk: Talk): TalkMarkData {
	return { talkId: talk.id, kind: talk.kind, speakers: talk.speakers.map((speaker) => speaker.name) };
}

/** `panel` to `Panel`, `ama` to `AMA`, `bof` to `BoF`. */
export function kindLabel(kind: TalkKind): string {
	if (kind === 'ama') return 'AMA';
	if (kind === 'bof') return 'BoF';
	return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/**
 * The subtle mark at the end of a talk line: a kind badge and speaker chips, carrying
 * `data-talk-id`. Clicking it calls `onClick` with the talk id (the explorer reveals the talk).
 */
export class TalkMarkWidget extends WidgetType {
	constructor(
		readonly data: TalkMarkData,
		private readonly onClick: (talkId: string) => void,
	) {
		super();
	}

	eq(other: TalkMarkWidget): boolean {
		const a = this.data;
		const b = other.data;
		return a.talkId === b.talkId && a.kind === b.kind && a.speakers.join('\n') === b.speakers.join('\n');
	}

	toDOM(): HTMLElement {
		const { talkId, kind, speakers } = this.data;
		const el = createSpan({ cls: 'ct-mark', attr: { 'data-talk-id': talkId, 'aria-label': 'Show in the talks explorer' } });
		el.createSpan({ cls: ['ct-mark-kind', `is-${kind}`], text: kindLabel(kind) });
		for (const name of speakers.slice(0, MAX_CHIPS)) el.createSpan({ cls: 'ct-mark-speaker', text: name });
		if (speakers.length > MAX_CHIPS) el.createSpan({ cls: 'ct-mark-speaker', text: `+${speakers.length - MAX_CHIPS}` });
		// mousedown would move the cursor into the line; the click is ours.
		el.addEventListener('mousedown', (evt) => evt.preventDefault());
		el.addEventListener('click', (evt) => {
			evt.preventDefault();
			this.onClick(talkId);
		});
		return el;
	}

	/** Events inside the mark are the mark's, not the editor's. */
	ignoreEvent(): boolean {
		return true;
	}
}
