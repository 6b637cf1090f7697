import type { PersonNote, Speaker } from '../model';
import { fold } from '../text/fold';
import { compareStrings, compareTalks } from './compare';
import { Counter, mostFrequent } from './counter';
import type { TalkSlot } from './talk-slots';

/** Every mention of one folded name: the unit that moves between speakers when a person note changes. */
export interface NameBucket {
	readonly folded: string;
	/** Key (folded canonical name) of the speaker it belongs to now. */
	key: string;
	/** Written forms of the name, counted per mention. */
	readonly forms: Counter;
	readonly affiliations: Counter;
	readonly talks: Counter<TalkSlot>;
}

/**
 * A speaker's record from its name buckets and person notes (sorted by path).
 * Only counts and sorted keys are read, so the same contributions give the same
 * record whatever order they arrived in:
 * - name: the first person note's name, else the most frequent written form;
 * - affiliations: one written form each (the most frequent), most mentioned first;
 * - aliases: person-note aliases and names written in other folded forms, by folded form;
 * - talks: newest first.
 */
export function buildSpeaker(key: string, id: string, buckets: Iterable<NameBucket>, persons: readonly PersonNote[]): Speaker {
	const names = new Counter();
	const aliasForms = new Map<string, Counter>();
	const affiliationForms = new Map<string, Counter>();
	const slots = new Set<TalkSlot>();
	for (const bucket of buckets) {
		for (const [form, count] of bucket.forms.entries()) {
			names.add(form, count);
			if (bucket.folded !== key) formsOf(aliasForms, bucket.folded).add(form, count);
		}
		for (const [form, count] of bucket.affiliations.entries()) formsOf(affiliationForms, fold(form)).add(form, count);
		for (const slot of bucket.talks.keys()) slots.add(slot);
	}
	for (const person of persons) {
		for (const alias of person.aliases) {
			const folded = fold(alias);
			if (folded && folded !== key) formsOf(aliasForms, folded).add(alias.trim());
		}
	}
	const affiliations = [...affiliationForms.entries()]
		.map(([folded, forms]) => ({ folded, forms, total: total(forms) }))
		.sort((a, b) => b.total - a.total || compareStrings(a.folded, b.folded))
		.map(({ forms }) => mostFrequent(forms.entries()) ?? '');
	const aliases = [...aliasForms.entries()]
		.sort(([a], [b]) => compareStrings(a, b))
		.map(([, forms]) => mostFrequent(forms.entries()) ?? '');
	const record: Speaker = {
		id,
		name: persons[0]?.name ?? mostFrequent(names.entries()) ?? key,
		affiliations,
		aliases,
		talkIds: [...slots].map((slot) => slot.record).sort(compareTalks).map((talk) => talk.id),
	};
	return persons[0] ? { ...record, personNote: persons[0].file } : record;
}

function formsOf(map: Map<string, Counter>, folded: string): Counter {
	let forms = map.get(folded);
	if (!forms) {
		forms = new Counter();
		map.set(folded, forms);
	}
	return forms;
}

function total(counter: Counter): number {
	let sum = 0;
	for (const [, count] of counter.entries()) sum += count;
	return sum;
}
