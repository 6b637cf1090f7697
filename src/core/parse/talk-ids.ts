import { talkIdFrom, titleSlug } from '../text/ids';
import { readOnce, type TextMemo } from './reparse-memos';

/**
 * Talk ids within one note: the block id when the line has one, else
 * `<date>-<slug of title>`; the second talk with the same id gets `-2`, the
 * third `-3`, in note order, so ids stay stable while the note is edited below.
 */
export function assignTalkIds(talks: readonly { readonly blockId?: string; readonly title: string }[], date: string, slugs?: TextMemo<string>): string[] {
	const used = new Set<string>();
	const next = new Map<string, number>();
	return talks.map((talk) => {
		const base = talk.blockId || talkIdFrom(date, readOnce(slugs, talk.title, undefined, titleSlug));
		let id = base;
		if (used.has(id)) {
			let n = next.get(base) ?? 2;
			while (used.has(`${base}-${n}`)) n++;
			id = `${base}-${n}`;
			next.set(base, n + 1);
		}
		used.add(id);
		return id;
	});
}
