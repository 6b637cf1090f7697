import type { Diagnostic, NoteExtract, Talk } from '../model';
import type { KeywordContext } from './auto-topics';
import type { DerivedMaps } from './derived-maps';
import { DiagnosticsBuilder, diagnosticsOf } from './diagnostics-list';
import { SpeakerSuggest, SpeakerSuggestBuilder } from './speaker-suggest';
import type { TalkOrder } from './talk-order';
import type { TalkSlot } from './talk-slots';
import type { TopicTable, TopicTableKeeper } from './topic-table';
import type { WarmUpPhase } from './warm-up';

/** What the read views are made from: the index's notes and what it keeps up to date per note. */
export interface ReadViewSources {
	/** Every note's extract, in no particular order (the views sort what they show). */
	readonly notes: { values(): Iterable<NoteExtract> };
	readonly maps: DerivedMaps;
	/** Talks in talk order. */
	readonly order: TalkOrder;
	readonly topicKeeper: TopicTableKeeper;
	/** What choosing automatic topics needs, with the index's current cap (read at each call: the cap may change). */
	keywordContext(): KeywordContext;
}

/** Sorted lists and tables derived from the whole vault, computed on first use after a change. */
interface Derived {
	talks?: Talk[];
	diagnostics?: Diagnostic[];
	suggest?: SpeakerSuggest;
	/** The type-ahead being built by a warm-up. */
	suggestBuild?: SpeakerSuggestBuilder;
	/** The diagnostics list being built by a warm-up. */
	diagnosticsBuild?: DiagnosticsBuilder;
	/** The first talks of `talks`, copied by a warm-up so far. */
	talksMade?: Talk[];
	/** The topic table has caught up with the last change. */
	topicsSettled?: boolean;
}

/**
 * The vault-wide views a read makes on first use after a change (the talk list, the
 * diagnostics, the speaker type-ahead, the settled topic table), and the warm-up phases
 * that make the same views ahead in bounded steps. Kept apart from the index so that
 * the per-note bookkeeping and these whole-vault views can each be read on their own;
 * the index calls `reset` on every change, so a view never outlives the notes it shows.
 * Returned lists are the cached ones: the index copies them before handing them out.
 */
export class ReadViews {
	private derived: Derived = {};

	constructor(private readonly source: ReadViewSources) {}

	/** Forgets every view (the notes changed), and a topic table half built by a warm-up, which no longer matches the notes. */
	reset(): void {
		this.derived = {};
		this.source.topicKeeper.abandon();
	}

	/** Every talk in talk order (cached: do not hand out without copying). */
	talks(): readonly Talk[] {
		return (this.derived.talks ??= this.source.order.slice(0));
	}

	/** Every note's diagnostics, by file, then line, then message (cached: do not hand out without copying). */
	diagnostics(): readonly Diagnostic[] {
		return (this.derived.diagnostics ??= this.derived.diagnosticsBuild?.result() ?? diagnosticsOf(this.source.notes.values()));
	}

	/** The speaker type-ahead, finishing a warm-up's half-built one rather than starting over. */
	suggest(): SpeakerSuggest {
		return (this.derived.suggest ??= this.derived.suggestBuild?.result() ?? SpeakerSuggest.of(this.source.maps.speakers.sorted()));
	}

	/** A talk's automatic topics when the topic table has caught up with the last change; otherwise undefined (settling it would cost the vault). */
	settledAutomatic(slot: TalkSlot): readonly string[] | undefined {
		return this.derived.topicsSettled ? this.source.topicKeeper.automatic(slot) : undefined;
	}

	/** The topic table for the current notes, brought up to date on the first read after a change. */
	topicTable(): TopicTable {
		const { topicKeeper, order } = this.source;
		if (this.derived.topicsSettled) return topicKeeper;
		this.derived.topicsSettled = true;
		return topicKeeper.settle(this.source.keywordContext(), () => order.slots());
	}

	/** The views in the order a first render reads them; see `TalkIndex.warmUp`. */
	warmUpPhases(): WarmUpPhase[] {
		const { notes, maps, order, topicKeeper: keeper } = this.source;
		const context = this.source.keywordContext();
		// One list a batch, not three (`slice`, `map`, `filter`).
		const slotsAt = (start: number, end: number) => {
			const slots: TalkSlot[] = [];
			const talks = order.slice(start, end);
			for (let i = 0; i < talks.length; i++) {
				const slot = maps.slots.byId(talks[i].id);
				if (slot !== undefined) slots.push(slot);
			}
			return slots;
		};
		return [
			(units) => {
				if (this.derived.topicsSettled) return true;
				if (!keeper.needsBuild(context)) {
					// Built before: catching up costs the changes since.
					this.topicTable();
					return true;
				}
				if (!keeper.buildStep(context, slotsAt, units)) return false;
				this.derived.topicsSettled = true;
				return true;
			},
			(units) => keeper.prepareSorted(units),
			(units) => maps.conferences.prepareSorted(units),
			(units) => maps.speakers.prepareSorted(units),
			(units) => {
				if (this.derived.suggest) return true;
				this.derived.suggestBuild ??= new SpeakerSuggestBuilder(maps.speakers.sorted());
				if (!this.derived.suggestBuild.step(units)) return false;
				this.derived.suggest = this.derived.suggestBuild.result();
				return true;
			},
			(units) => {
				if (this.derived.diagnostics) return true;
				this.derived.diagnosticsBuild ??= new DiagnosticsBuilder(notes.values());
				if (!this.derived.diagnosticsBuild.step(units)) return false;
				this.derived.diagnostics = this.derived.diagnosticsBuild.result();
				return true;
			},
			(units) => {
				if (this.derived.talks) return true;
				const made = (this.derived.talksMade ??= []);
				// Talks are cheap to copy: many per unit of work.
				for (const talk of order.slice(made.length, made.length + units * TALKS_PER_UNIT)) made.push(talk);
				if (made.length < order.size) return false;
				this.derived.talks = made;
				return true;
			},
		];
	}
}

/** Talks a warm-up step copies into the talk list per unit of work. */
const TALKS_PER_UNIT = 8;
