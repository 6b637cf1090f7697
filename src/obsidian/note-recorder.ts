/**
 * Where a note's parse lands: the index, the record cache, and the bookkeeping of what each
 * note was parsed with (its parse key and, for notes with a conference context, the people
 * fingerprint), so the indexer can tell which notes are due for a parse.
 */
import type { TFile } from 'obsidian';
import { parseNote } from '../core/parse/parse-note';
import { PARSER_SCHEMA_VERSION } from '../core/parse/schema-version';
import type { TalkIndex } from '../core/index/talk-index';
import { noteInput, parseContext, planFile, type ParseSetup } from './parse-setup';
import { PeopleTracker } from './people-tracker';
import type { CachedRecord, RecordCacheApi } from './record-cache';

/** What a note was parsed with. */
interface ParsedWith {
	readonly key: string;
	/** People fingerprint, for notes with a conference context (null otherwise). */
	readonly people: string | null;
}

/** Parses notes into the index and the cache, and remembers what each was parsed with. */
export class NoteRecorder {
	/** The record cache, once open. */
	cache: RecordCacheApi | null = null;
	private readonly parsed = new Map<string, ParsedWith>();
	private readonly people = new PeopleTracker();

	/** @param onPeopleChange called when a person note appears, changes or goes. */
	constructor(private readonly index: TalkIndex, private readonly onPeopleChange: () => void) {}

	/** Parses one note's text under `setup` and stores the result everywhere. */
	record(file: TFile, text: string, setup: ParseSetup): void {
		const plan = planFile(setup, file.path);
		const fingerprint = this.people.fingerprint();
		const extract = parseNote(noteInput(file.path, text, plan), parseContext(setup, this.index.people()));
		this.index.upsert(extract);
		const people = extract.conferences.length > 0 ? fingerprint : null;
		this.parsed.set(file.path, { key: plan.key, people });
		this.cache?.put({ path: file.path, mtime: file.stat.mtime, size: file.stat.size, schema: PARSER_SCHEMA_VERSION, key: plan.key, people: people ?? '', extract });
		if (this.people.set(file.path, extract)) this.onPeopleChange();
	}

	/** Takes a still-valid cached record as if the note had just been parsed. */
	adopt(record: CachedRecord): void {
		this.index.upsert(record.extract, 'stored');
		this.people.set(record.path, record.extract);
		this.parsed.set(record.path, { key: record.key, people: record.people || null });
	}

	/** Drops a note from the index and the cache; false when it was not there. */
	forget(path: string): boolean {
		if (!this.parsed.delete(path) && !this.index.note(path)) return false;
		this.index.remove(path);
		this.cache?.delete(path);
		if (this.people.set(path, undefined)) this.onPeopleChange();
		return true;
	}

	/** True when the note was never parsed, or its parse inputs or the people it depends on changed since. */
	isDue(path: string, setup: ParseSetup): boolean {
		const done = this.parsed.get(path);
		if (!done || done.key !== planFile(setup, path).key) return true;
		return done.people !== null && done.people !== this.people.fingerprint();
	}

	/** Forgets everything (rebuild): index, bookkeeping and the cache's records. */
	async clear(): Promise<void> {
		await this.cache?.clear();
		this.parsed.clear();
		this.people.clear();
		this.index.clear();
	}
}

/**
 * How much work adopting a cached record is, for the slicer's prediction: the index
 * upsert grows with the talks and conferences it registers, plus a fixed cost per note
 * (so a note without talks still weighs something). Cheaper than measuring the record's
 * serialized size, which would cost a stringify per note on the main thread.
 */
export function cachedRecordWeight(record: CachedRecord): number {
	return 1 + record.extract.talks.length + record.extract.conferences.length;
}
