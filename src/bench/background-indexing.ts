/**
 * The plugin's background indexing as the benchmark replays it, in Node (measure-slices.ts)
 * and in Chromium (browser-slices.ts) alike: every note parsed and upserted into a fresh
 * index through `runInSlices` with the plugin's budget, the views warmed up through
 * `runStepsInSlices`, then the explorer's first query. The caller brings the host's yield
 * and watches the slices.
 */
import { INDEX_SLICE_BUDGET_MS } from '../core/index/slice-cost';
import { runInSlices, runStepsInSlices } from '../core/index/sliced-runner';
import type { NoteInput } from '../core/parse/parse-context';
import { parseNote } from '../core/parse/parse-note';
import { firstSearch } from './measure-latency';
import { contextFor, newIndex, type VaultNotes } from './vault-index';

/** What the caller brings: a real turn of its event loop, and ears for the slices. */
export interface BackgroundIndexingHooks {
	/** Yields to the host, as `window.setTimeout(0)` does in Obsidian. */
	readonly yieldFn: () => Promise<void>;
	/** Each indexing slice's length, as it ends. */
	readonly onIndexSlice: (ms: number) => void;
	/** Each warm-up slice's length, as it ends. */
	readonly onWarmUpSlice: (ms: number) => void;
	/** Each note's parse and update, with its time. */
	readonly onNote?: (input: NoteInput, ms: number) => void;
}

/** What the run left: the first query's time, and the talks the index holds (a run that lost some is no measure). */
export interface BackgroundIndexingRun {
	readonly firstQueryMs: number;
	readonly talks: number;
}

/** Indexes every note in slices, warms the views up in slices, then answers the first query. */
export async function indexInBackground(notes: VaultNotes, hooks: BackgroundIndexingHooks): Promise<BackgroundIndexingRun> {
	const index = newIndex(notes.settings);
	const context = contextFor(notes, index);
	const now = () => performance.now();
	const { onNote } = hooks;
	const indexNote = (input: NoteInput) => {
		const before = onNote ? now() : 0;
		index.upsert(parseNote(input, context));
		if (onNote) onNote(input, now() - before);
	};
	await runInSlices(notes.inputs, indexNote, {
		budgetMs: INDEX_SLICE_BUDGET_MS,
		now,
		yieldFn: hooks.yieldFn,
		onSlice: hooks.onIndexSlice,
		// The note's length: the runner then yields before a big note rather than after it.
		weight: (input) => input.text.length,
	});
	await hooks.yieldFn();
	await runStepsInSlices(index.warmUp(), { budgetMs: INDEX_SLICE_BUDGET_MS, now, yieldFn: hooks.yieldFn, onSlice: hooks.onWarmUpSlice });
	await hooks.yieldFn();
	const queryStart = now();
	firstSearch(index);
	const firstQueryMs = now() - queryStart;
	return { firstQueryMs, talks: index.talks().length };
}
