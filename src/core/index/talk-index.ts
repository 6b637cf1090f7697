import type { Conference, Diagnostic, NoteExtract, Speaker, Talk, Topic } from '../model';
import type { PeopleDirectory } from '../parse/parse-context';
import { fold } from '../text/fold';
import { autoTopicsOf } from './auto-topics';
import { compareStrings } from './compare';
import { DerivedMaps } from './derived-maps';
import { DiagnosticsBuilder, diagnosticsOf } from './diagnostics-list';
import { detachExtract, StringPool } from './detach-strings';
import { checkExtract, sameExtract } from './extract-check';
import type { ExtractOrigin, SearchHit, TalkIndexApi, TalkOverview } from './index-api';
import { SpeakerSuggest, SpeakerSuggestBuilder } from './speaker-suggest';
import { mapMatches, type SearchMatches } from './search-matches';
import type { TalkSlot } from './talk-slots';
import { TalkOrder } from './talk-order';
import { type TopicTable, TopicTableKeeper } from './topic-table';
import { WARM_UP_STEP_UNITS, warmUpSteps, type WarmUpPhase } from './warm-up';

/** How the index is built. */
export interface TalkIndexOptions {
	/** Most automatic topics per talk (default 5); 0 turns automatic topics off. */
	readonly keywordsPerTalk?: number;
}

/** Default number of automatic topics per talk. */
export const DEFAULT_KEYWORDS_PER_TALK = 5;

/** Sorted lists and tables derived from the whole vault, computed on first use after a change. */
interface Derived {
	talks?: Talk[];
	diagnostics?: Diagnostic[];
	suggest?: SpeakerSuggest;
	/** The type-ahead being built by a warm-up. */
	suggestBuild?: SpeakerSuggestBuilder;
	/** The diagnostics list being built by a warm-up. */
	diagnosticsBuild?: DiagnosticsBuilder;
	/** Parts of `talks` made by a warm-up so far. */
	talkParts?: Talk[][];
	/** The topic table has caught up with the last change. */
	topicsSettled?: boolean;
}

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
	private readonly notes = new Map<string, NoteExtract>();
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
	private readonly listeners = new Set<(revision: number) => void>();
	private keywordsPerTalk: number;
	private derived: Derived = {};
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
		this.derived.talks ??= this.order.slice(0);
		return this.derived.talks.slice();
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
			withoutTopic: () => this.topicTable().untagged,
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
		return this.topicTable().sorted().slice();
	}

	topic(id: string): Topic | undefined {
		return this.topicTable().byId(id);
	}

	topicByName(name: string): Topic | undefined {
		return this.topicTable().byKey(fold(name));
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
		const automatic = (this.derived.topicsSettled ? this.topicKeeper.automatic(slot) : undefined) ?? autoTopicsOf(slot, this.maps.keywordContext(this.keywordsPerTalk));
		const keys = [...this.maps.topics.of(slot).explicit, ...automatic];
		return keys.map((key) => this.maps.topics.displayName(key));
	}

	search(query: string, limit?: number): SearchHit[] {
		return this.maps.search.search(query, (slot) => slot.record.id, limit);
	}

	searchMatches(query: string): SearchMatches<Talk> {
		return mapMatches(this.maps.search.match(query), (slot) => slot.record);
	}

	suggestSpeakers(prefix: string, limit?: number): Speaker[] {
		this.derived.suggest ??= this.derived.suggestBuild?.result() ?? SpeakerSuggest.of(this.maps.speakers.sorted());
		return this.derived.suggest.suggest(prefix, limit);
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
		return warmUpSteps(() => this.currentRevision, () => this.warmUpPhases(), units);
	}

	/** The live person directory: always answers for the current person notes. */
	people(): PeopleDirectory {
		return this.maps.persons;
	}

	/** Every note's diagnostics, by file, then line, then message. */
	diagnostics(): Diagnostic[] {
		this.derived.diagnostics ??= this.derived.diagnosticsBuild?.result() ?? diagnosticsOf(this.notes.values());
		return this.derived.diagnostics.slice();
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

	/** The views in the order a first render reads them; see `warmUp`. */
	private warmUpPhases(): WarmUpPhase[] {
		const context = this.maps.keywordContext(this.keywordsPerTalk);
		const keeper = this.topicKeeper;
		const slotsAt = (start: number, end: number) =>
			this.order
				.slice(start, end)
				.map((talk) => this.maps.slots.byId(talk.id))
				.filter((slot): slot is TalkSlot => slot !== undefined);
		return [
			(units) => {
				if (this.derived.topicsSettled) return true;
				if (!keeper.needsBuild(context)) return this.topicTable() === keeper;
				if (!keeper.buildStep(context, slotsAt, units)) return false;
				this.derived.topicsSettled = true;
				return true;
			},
			(units) => keeper.prepareSorted(units),
			(units) => this.maps.conferences.prepareSorted(units),
			(units) => this.maps.speakers.prepareSorted(units),
			(units) => {
				if (this.derived.suggest) return true;
				this.derived.suggestBuild ??= new SpeakerSuggestBuilder(this.maps.speakers.sorted());
				if (!this.derived.suggestBuild.step(units)) return false;
				this.derived.suggest = this.derived.suggestBuild.result();
				return true;
			},
			(units) => {
				if (this.derived.diagnostics) return true;
				this.derived.diagnosticsBuild ??= new DiagnosticsBuilder(this.notes.values());
				if (!this.derived.diagnosticsBuild.step(units)) return false;
				this.derived.diagnostics = this.derived.diagnosticsBuild.result();
				return true;
			},
			(units) => {
				if (this.derived.talks) return true;
				const parts = (this.derived.talkParts ??= []);
				const done = parts.reduce((n, part) => n + part.length, 0);
				// Talks are cheap to copy: many per unit of work.
				parts.push(this.order.slice(done, done + units * TALKS_PER_UNIT));
				if (done + units * TALKS_PER_UNIT < this.order.size) return false;
				this.derived.talks = ([] as Talk[]).concat(...parts);
				return true;
			},
		];
	}

	private topicTable(): TopicTable {
		if (this.derived.topicsSettled) return this.topicKeeper;
		this.derived.topicsSettled = true;
		return this.topicKeeper.settle(this.maps.keywordContext(this.keywordsPerTalk), () => this.sortedSlots());
	}

	private sortedSlots(): TalkSlot[] {
		return this.order.slots();
	}

	private changed(): void {
		this.currentRevision += 1;
		this.derived = {};
		// A topic table half built by a warm-up no longer matches the notes.
		this.topicKeeper.abandon();
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

/** Talks a warm-up step copies into the talk list per unit of work. */
const TALKS_PER_UNIT = 8;

/** A usable cap: a whole number from 0, the default for anything else. */
function validLimit(limit: number | undefined): number {
	return limit !== undefined && Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_KEYWORDS_PER_TALK;
}
