/**
 * The index the views hold. It forwards to a TalkIndex that may be replaced (`rebuild`), and
 * keeps one monotonic revision and one change signal across replacements, so a view
 * subscribes once.
 */
import type { Conference, Diagnostic, NoteExtract, Speaker, Talk, Topic } from '../core/model';
import type { ExtractOrigin, SearchHit, TalkIndexApi, TalkOverview } from '../core/index/index-api';
import type { PeopleDirectory } from '../core/parse/parse-context';
import type { SearchMatches } from '../core/index/search-matches';
import { TalkIndex, type TalkIndexOptions } from '../core/index/talk-index';

/** A TalkIndex behind a stable face. */
export class LiveIndex implements TalkIndexApi {
	private inner: TalkIndex;
	private unsubscribe: () => void;
	private rev = 0;
	private readonly listeners = new Set<(revision: number) => void>();

	constructor(options: TalkIndexOptions = {}) {
		this.inner = new TalkIndex(options);
		this.unsubscribe = this.inner.onChange(() => this.bump());
	}

	/**
	 * Changes the cap on automatic topics per talk in place: one change, no note re-added (the
	 * topics are chosen again when next read, or by the indexer's next warm-up, in slices).
	 */
	setKeywordsPerTalk(limit: number): void {
		this.inner.setKeywordsPerTalk(limit);
	}

	/** Rebuilds the inner index with new options from the notes it holds; fires one change. */
	rebuild(options: TalkIndexOptions): void {
		const notes = this.inner.paths().map((p) => this.inner.note(p)).filter((n): n is NoteExtract => n !== undefined);
		this.unsubscribe();
		this.inner = new TalkIndex(options);
		for (const note of notes) this.inner.upsert(note);
		this.unsubscribe = this.inner.onChange(() => this.bump());
		this.bump();
	}

	get revision(): number {
		return this.rev;
	}

	onChange(listener: (revision: number) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	upsert(extract: NoteExtract, origin?: ExtractOrigin): void {
		this.inner.upsert(extract, origin);
	}
	remove(path: string): void {
		this.inner.remove(path);
	}
	clear(): void {
		this.inner.clear();
	}
	note(path: string): NoteExtract | undefined {
		return this.inner.note(path);
	}
	paths(): string[] {
		return this.inner.paths();
	}
	talk(id: string): Talk | undefined {
		return this.inner.talk(id);
	}
	/** Talks of one note, in note order. */
	talksIn(path: string): Talk[] {
		return this.inner.talksIn(path);
	}
	talks(): Talk[] {
		return this.inner.talks();
	}
	/** Counts and talk order of the current inner index. */
	overview(): TalkOverview {
		return this.inner.overview();
	}
	speakers(): Speaker[] {
		return this.inner.speakers();
	}
	speaker(id: string): Speaker | undefined {
		return this.inner.speaker(id);
	}
	/** A speaker by any name or alias. */
	speakerByName(name: string): Speaker | undefined {
		return this.inner.speakerByName(name);
	}
	topics(): Topic[] {
		return this.inner.topics();
	}
	topic(id: string): Topic | undefined {
		return this.inner.topic(id);
	}
	/** A topic by name. */
	topicByName(name: string): Topic | undefined {
		return this.inner.topicByName(name);
	}
	conferences(): Conference[] {
		return this.inner.conferences();
	}
	conference(id: string): Conference | undefined {
		return this.inner.conference(id);
	}
	/** A conference by name. */
	conferenceByName(name: string): Conference | undefined {
		return this.inner.conferenceByName(name);
	}
	topicsOf(talkId: string): string[] {
		return this.inner.topicsOf(talkId);
	}
	search(query: string, limit?: number): SearchHit[] {
		return this.inner.search(query, limit);
	}
	searchMatches(query: string): SearchMatches<Talk> {
		return this.inner.searchMatches(query);
	}
	suggestSpeakers(prefix: string, limit?: number): Speaker[] {
		return this.inner.suggestSpeakers(prefix, limit);
	}
	/** The inner index's warm-up; when `rebuild` replaces the inner index, it goes on with the new one. */
	warmUp(units?: number): Iterator<void> {
		return this.warmUpSteps(units);
	}

	private *warmUpSteps(units: number | undefined): Generator<void, void, void> {
		for (;;) {
			const inner = this.inner;
			const steps = inner.warmUp(units);
			while (!steps.next().done) {
				yield;
				if (this.inner !== inner) break;
			}
			if (this.inner === inner) return;
		}
	}

	/** The live person directory of the current inner index. */
	people(): PeopleDirectory {
		return { canonical: (name) => this.inner.people().canonical(name) };
	}
	diagnostics(): Diagnostic[] {
		return this.inner.diagnostics();
	}

	private bump(): void {
		this.rev++;
		for (const listener of [...this.listeners]) {
			try {
				listener(this.rev);
			} catch (error) {
				console.error('Conference talks: an index listener failed', error);
			}
		}
	}
}
