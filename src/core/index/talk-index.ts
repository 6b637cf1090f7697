import type { Conference, Diagnostic, NoteExtract, Speaker, Talk, Topic } from '../model';
import type { PeopleDirectory } from '../parse/parse-context';
import { fold } from '../text/fold';
import { autoTopicsOf } from './auto-topics';
import { compareStrings } from './compare';
import { DerivedMaps } from './derived-maps';
import { detachExtract, StringPool } from './detach-strings';
import { checkExtract, sameExtract } from './extract-check';
import type { ExtractOrigin, SearchHit, TalkIndexApi, TalkOverview } from './index-api';
import { ReadViews } from './read-views';
import { ShardedStringMap } from './sharded-map';
import type { SearchMatches } from './search-matches';
import { TalkOrder } from './talk-order';
import { TopicTableKeeper } from './topic-table';
import { WARM_UP_STEP_UNITS, warmUpSteps } from './warm-up';

/** How the index is built. */
export interface TalkIndexOptions {
	/** Most automatic topics per talk (default 5); 0 turns automatic topics off. */
	readonly keywordsPerTalk?: number;
}

/** Default number of automatic topics per talk. */
export const DEFAULT_KEYWORDS_PER_TALK = 5;

/**
 * The talk index: `Map<path, NoteExtract>` is the single source of truth; speakers,
 * conferences, topics, talks by id and the search index are derived from it and
 * kept up to date per note. An upsert or remove costs that note (plus id
 * collisions and, for a person note, that person's talks), never the vault.
 * Every change bumps `revision` and fires one change event. Whatever the order of
 * updates, the outputs equal those of a fresh index built from the final notes.
 *
 * Talk ids: a talk keeps its own id (block id, or date and title slug) unless
 * another talk has the same one; then the note whose path sorts first keeps it
 * and the others get `~2`, `~3`, ... in path and note order (see suffixed-ids.ts).
 */
export class TalkIndex implements TalkIndexApi {
	/** By path; sharded, as one map of a vault's notes stalls indexing each time it doubles (sharded-map.ts). */
	private readonly notes = new ShardedStringMap<NoteExtract>();
	private readonly maps = new DerivedMaps();
	/** Equal strings of the records shared (names, dates, files, topics). */
	private readonly pool = new StringPool();
	/** Talks in talk order, kept sorted per note. */
	private readonly order = new TalkOrder();
	/** Topics, explicit and automatic, kept up to date at each read after a change (not rebuilt). */
	private readonly topicKeeper = new TopicTableKeeper(
		this.maps.topics,
		() => this.maps.speakers.takeNameChanges(),
		() => this.maps.speakers.watchNames(),
	);
	/** The talk list, diagnostics, type-ahead and settled topic table, made on first read after a change. */
	private readonly views = new ReadViews({
		notes: this.notes,
		maps: this.maps,
		order: this.order,
		topicKeeper: this.topicKeeper,
		keywordContext: () => this.maps.keywordContext(this.keywordsPerTalk),
	});
	private readonly listeners = new Set<(revision: number) => void>();
	private keywordsPerTalk: number;
	private currentRevision = 0;

	constructor(options: TalkIndexOptions = {}) {
		this.keywordsPerTalk = validLimit(options.keywordsPerTalk);
		// Talks of other notes whose id changed: their topics list the new id.
		this.maps.conferences.onTouch = (slot) => this.topicKeeper.touch(slot);
	}

	/**
	 * Changes the cap on automatic topics per talk (0 turns them off). Cheap: the
	 * automatic part is computed lazily anyway, so this only bumps the revision.
	 */
	setKeywordsPerTalk(limit: number): void {
		const next = validLimit(limit);
		if (next === this.keywordsPerTalk) return;
		this.keywordsPerTalk = next;
		this.changed();
	}

	/** Bumped on every change. */
	get revision(): number {
		return this.currentRevision;
	}

	/** Calls `listener` with the new revision after every change; returns the unsubscribe function. */
	onChange(listener: (revision: number) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	/**
	 * Adds or replaces one note. An extract equal to the stored one changes nothing and fires
	 * nothing. A `stored` extract (read back from a cache) keeps its strings: only parser
	 * output holds views into note texts that must be copied.
	 */
	upsert(extract: NoteExtract, origin: ExtractOrigin = 'parsed'): void {
		const next = checkExtract(extract);
		if (!next) return;
		const old = this.notes.get(next.path);
		if (old && sameExtract(old, next)) return;
		detachExtract(next, this.pool, origin === 'parsed');
		this.replace(next.path, old, next);
	}

	/** Forgets one note; an unknown path changes nothing. */
	remove(path: string): void {
		const old = this.notes.get(path);
		if (old) this.replace(path, old, undefined);
	}

	/** Forgets every note (one change event, none when already empty). */
	clear(): void {
		if (this.notes.size === 0) return;
		this.notes.clear();
		this.maps.clear();
		this.pool.clear();
		this.order.clear();
		this.changed();
	}

	note(path: string): NoteExtract | undefined {
		return this.notes.get(path);
	}

	/** Every indexed path, sorted. */
	paths(): string[] {
		return [...this.notes.keys()].sort(compareStrings);
	}

	talk(id: string): Talk | undefined {
		return this.maps.slots.byId(id)?.record;
	}

	talksIn(path: string): Talk[] {
		return this.maps.slots.ofNote(path).map((slot) => slot.record);
	}

	talks(): Talk[] {
		return this.views.talks().slice();
	}

	overview(): TalkOverview {
		const { order, maps } = this;
		return {
			notes: this.notes.size,
			talks: order.size,
			speakers: maps.speakers.size,
			conferences: maps.conferences.size,
			withoutConference: order.withoutConference,
			withoutSpeaker: order.withoutSpeaker,
			withoutTopic: () => this.views.topicTable().untagged,
			slice: (start, end) => order.slice(start, end),
			find: (keep, limit) => order.find(keep, limit),
			days: () => order.daysWithTalks(),
		};
	}

	speakers(): Speaker[] {
		return this.maps.speakers.sorted().slice();
	}

	speaker(id: string): Speaker | undefined {
		return this.maps.speakers.byId(id);
	}

	speakerByName(name: string): Speaker | undefined {
		return this.maps.speakers.byName(name);
	}

	topics(): Topic[] {
		return this.views.topicTable().sorted().slice();
	}

	topic(id: string): Topic | undefined {
		return this.views.topicTable().byId(id);
	}

	topicByName(name: string): Topic | undefined {
		return this.views.topicTable().byKey(fold(name));
	}

	/** Newest first (by latest date; conferences without dates last), then by name. */
	conferences(): Conference[] {
		return this.maps.conferences.sorted().slice();
	}

	conference(id: string): Conference | undefined {
		return this.maps.conferences.byId(id);
	}

	conferenceByName(name: string): Conference | undefined {
		return this.maps.conferences.byName(name);
	}

	/**
	 * Explicit topics in the talk's order, then automatic ones best first; display names.
	 * Costs this talk only (read from the topic table when that is built already).
	 */
	topicsOf(talkId: string): string[] {
		const slot = this.maps.slots.byId(talkId);
		if (!slot) return [];
		const automatic = this.views.settledAutomatic(slot) ?? autoTopicsOf(slot, this.maps.keywordContext(this.keywordsPerTalk));
		const keys = [...this.maps.topics.of(slot).explicit, ...automatic];
		return keys.map((key) => this.maps.topics.displayName(key));
	}

	search(query: string, limit?: number): SearchHit[] {
		return this.maps.search.search(query, (slot) => slot.record.id, limit);
	}

	searchMatches(query: string): SearchMatches<Talk> {
		return this.maps.search.match(query, (slot) => slot.record);
	}

	suggestSpeakers(prefix: string, limit?: number): Speaker[] {
		return this.views.suggest().suggest(prefix, limit);
	}

	/**
	 * Builds ahead, in bounded steps, what the first reads after indexing would otherwise
	 * build at once: the topic table and list, the speaker and conference lists, the
	 * speaker type-ahead, the diagnostics and the talk list. Each `next()` does about `units` of work (a
	 * talk's topics, a record, a compare), so a host can run it in time slices. A change
	 * between steps starts it over from what is still valid; a read between steps finishes
	 * what that read needs at once. Either way every read answers as without a warm-up.
	 */
	warmUp(units = WARM_UP_STEP_UNITS): Iterator<void> {
		return warmUpSteps(() => this.currentRevision, () => this.views.warmUpPhases(), units);
	}

	/** The live person directory: always answers for the current person notes. */
	people(): PeopleDirectory {
		return this.maps.persons;
	}

	/** Every note's diagnostics, by file, then line, then message. */
	diagnostics(): Diagnostic[] {
		return this.views.diagnostics().slice();
	}

	/** Swaps one note: take back the old contributions, add the new ones, announce the change. */
	private replace(path: string, old: NoteExtract | undefined, next: NoteExtract | undefined): void {
		// Out of the talk order while their date, file and line are still the ones they were put in by.
		const before = this.maps.slots.ofNote(path).slice();
		for (const slot of before) this.order.remove(slot);
		this.maps.replace(path, old, next);
		const after = this.maps.slots.ofNote(path);
		for (const slot of after) this.order.add(slot);
		// The note's own talks may have moved (line, date) without their topics changing.
		for (const slot of before) this.topicKeeper.touch(slot);
		for (const slot of after) this.topicKeeper.touch(slot);
		if (old?.person || next?.person) this.topicKeeper.touchPersons();
		if (next) this.notes.set(path, next);
		else this.notes.delete(path);
		this.changed();
	}

	private changed(): void {
		this.currentRevision += 1;
		this.views.reset();
		const revision = this.currentRevision;
		// One listener failing must not keep the others from hearing about the change.
		const failures: unknown[] = [];
		for (const listener of [...this.listeners]) {
			try {
				listener(revision);
			} catch (error) {
				failures.push(error);
			}
		}
		for (const error of failures) console.error('Conference talks: a change listener failed', error);
	}
}

/** A usable cap: a whole number from 0, the default for anything else. */
function validLimit(limit: number | undefined): number {
	return limit !== undefined && Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_KEYWORDS_PER_TALK;
}
