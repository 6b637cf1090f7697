/** The `talks` subcommand's filters: speakers, topics and conferences named as the user types them. */
import type { Talk } from '../core/model';
import type { TalkIndexApi } from '../core/index/index-api';
import { fold } from '../core/text/fold';
import { entityId } from '../core/text/ids';

/** Names to filter by; each list matches any of its names, and all lists must match. */
export interface TalkSelection {
	readonly speakers: readonly string[];
	readonly topics: readonly string[];
	readonly conferences: readonly string[];
}

/** The selected talks (in the index's order), and the filter names that matched nothing in the vault. */
export interface SelectedTalks {
	readonly talks: Talk[];
	readonly unknown: string[];
}

/** Something a filter name can match: a speaker, topic or conference. */
interface Named {
	readonly id: string;
	readonly name: string;
	readonly aliases?: readonly string[];
	readonly talkIds: readonly string[];
}

/** Applies the filters; a name matches an entity's id, its folded name or (speakers) a folded alias. */
export function selectTalks(index: TalkIndexApi, selection: TalkSelection): SelectedTalks {
	const unknown: string[] = [];
	const allowed: Array<Set<string>> = [];
	const filter = (names: readonly string[], entities: () => readonly Named[]) => {
		if (names.length === 0) return;
		const list = entities();
		const ids = new Set<string>();
		for (const name of names) {
			const matches = list.filter((entity) => matchesName(entity, name));
			if (matches.length === 0) unknown.push(name);
			for (const entity of matches) for (const id of entity.talkIds) ids.add(id);
		}
		allowed.push(ids);
	};
	filter(selection.speakers, () => index.speakers());
	filter(selection.topics, () => index.topics());
	filter(selection.conferences, () => index.conferences());
	const talks = index.talks().filter((talk) => allowed.every((ids) => ids.has(talk.id)));
	return { talks, unknown };
}

function matchesName(entity: Named, name: string): boolean {
	const folded = fold(name);
	return (
		entity.id === name ||
		entity.id === entityId(name) ||
		fold(entity.name) === folded ||
		(entity.aliases ?? []).some((alias) => fold(alias) === folded)
	);
}
