/**
 * Whole-vault figures: cold index (parse + upsert + first search answered), warm
 * start from cached records, minisearch's own `addAll` on the same talks as the
 * floor of the search library, and the heap the index holds.
 */
import MiniSearch from 'minisearch';
import type { TalkIndex } from '../core/index/talk-index';
import type { NoteExtract, Talk } from '../core/model';
import { parseNote } from '../core/parse/parse-note';
import { firstSearch } from './measure-latency';
import { collectGarbage, type Figure, medianRun } from './stats';
import { contextFor, indexNotes, newIndex, type VaultNotes } from './vault-notes';

/** Cold index: every note parsed and upserted into a fresh index, then the first query answered. */
export function measureColdIndex(notes: VaultNotes, runs: number): Figure {
	return medianRun(
		runs,
		() => {
			const { index } = indexNotes(notes);
			firstSearch(index);
		},
	);
}

/** The talk records minisearch indexes in the baseline: the same five fields our index searches. */
export function baselineRecords(talks: readonly Talk[]): Array<{ id: string; title: string; speakers: string; conference: string; topics: string; notes: string }> {
	return talks.map((t) => ({ id: t.id, title: t.title, speakers: t.speakers.map((s) => s.name).join(', '), conference: t.conference, topics: t.topics.join(', '), notes: t.notes }));
}

/** `new MiniSearch({fields})` + `addAll` with default options over the same records. */
export function measureMinisearchAddAll(talks: readonly Talk[], runs: number): Figure {
	const records = baselineRecords(talks);
	return medianRun(
		runs,
		() => {
			const engine = new MiniSearch({ fields: ['title', 'speakers', 'conference', 'topics', 'notes'] });
			engine.addAll(records);
		},
	);
}

/** Per-file records as a cache stores them: one JSON string per note. */
export function serializeExtracts(extracts: readonly NoteExtract[]): string[] {
	return extracts.map((extract) => JSON.stringify(extract));
}

/** Warm start: cached JSON strings -> parsed, upserted, first query answered. */
export function measureWarmStart(cached: readonly string[], notes: VaultNotes, runs: number): Figure {
	return medianRun(
		runs,
		() => {
			const index = newIndex(notes.settings);
			// As the plugin adopts a cached record: its strings are its own.
			for (const json of cached) index.upsert(JSON.parse(json) as NoteExtract, 'stored');
			firstSearch(index);
		},
	);
}

/** A note's bytes outside the JS heap, so the heap measurement sees only what the index keeps. */
export interface StoredNote {
	readonly path: string;
	readonly bytes: Buffer;
	readonly scope: VaultNotes['inputs'][number]['scope'];
	readonly fileDate?: string;
	readonly inPeopleFolder?: boolean;
}

/** A search-ready index of `stored`, each text decoded, parsed and dropped as a file read would be. */
function buildIndex(stored: readonly StoredNote[], notes: Pick<VaultNotes, 'context' | 'settings'>): TalkIndex {
	const index = newIndex(notes.settings);
	const context = contextFor({ inputs: [], ...notes }, index);
	for (const note of stored) {
		index.upsert(parseNote({ path: note.path, text: note.bytes.toString('utf8'), scope: note.scope, fileDate: note.fileDate, inPeopleFolder: note.inPeopleFolder }, context));
	}
	firstSearch(index);
	return index;
}

/**
 * Heap held by a search-ready index, in MB (10^6 bytes): heapUsed after a full GC with
 * the index built from notes held as Buffers (outside the heap; each text is decoded,
 * parsed and dropped as a file read would be), minus heapUsed after a full GC once the
 * index is dropped: exactly what the index keeps alive, slices of note texts included.
 * Measured that way round because compiled code and its feedback, which the first build
 * brings onto the same heap, stay after the index goes: they are the plugin's, whatever
 * the vault's size, not the index's.
 */
export function measureIndexHeap(stored: readonly StoredNote[], notes: Pick<VaultNotes, 'context' | 'settings'>): { heapMB: number; talks: number } {
	let index: TalkIndex | undefined = buildIndex(stored, notes);
	collectGarbage();
	const held = process.memoryUsage().heapUsed;
	const talks = index.talks().length;
	index = undefined;
	collectGarbage();
	const released = process.memoryUsage().heapUsed;
	return { heapMB: (held - released) / 1e6, talks };
}
