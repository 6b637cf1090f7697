/**
 * Page side of the browser latency check (scripts/bench-browser.mjs): the benchmark's search
 * rounds and edits, in the order run-bench.ts runs them, in Chromium's V8 and its thread pool,
 * which is the plugin's host engine, instead of Node's. Each is measured twice, one pass after
 * the other: the first as the benchmark measures it, the second once the JIT has seen the
 * first, so the two together tell the JIT's early work from the steady state.
 */
import type { NoteInput } from '../core/parse/parse-context';
import type { TalksSettings } from '../core/settings';
import { measurePageSlices, type PageSliceRun } from './browser-slices';
import type { ExpectedTalk } from './expected';
import { type Latency, measureEdits, measureSearch, planEdits, querySet, WARM_UP_EDITS } from './measure-latency';
import { contextFor, indexNotes, parseContextFor, type VaultNotes } from './vault-index';

/** What browser-data.ts writes for the page. */
export interface BrowserBenchData {
	readonly inputs: readonly NoteInput[];
	readonly settings: TalksSettings;
	readonly talks: readonly ExpectedTalk[];
}

/** p50, p99 and the samples over a limit of one pass. */
export interface PassFigures {
	readonly p50: number;
	readonly p99: number;
	readonly samples: number;
	readonly over2ms: number;
}

export interface BrowserBenchResult {
	/** Talks the page's index holds, and talks the generator wrote: a run that lost some is no measure. */
	readonly talks: number;
	readonly expectedTalks: number;
	/** The first whole-vault build in the page (the JIT cold), for orientation only. */
	readonly firstBuildMs: number;
	readonly search: readonly [PassFigures, PassFigures];
	readonly edits: readonly [PassFigures, PassFigures];
	/** Background indexing of every note into a fresh index, in slices, after the passes above. */
	readonly slices: PageSliceRun;
	/** `performance.now()` granularity seen in the page (coarse unless cross-origin isolated). */
	readonly clockStepMs: number;
}

function figures(latency: Latency): PassFigures {
	const over2ms = latency.spans.filter((span) => span.end - span.start > 2).length;
	return { p50: latency.p50, p99: latency.p99, samples: latency.samples, over2ms };
}

/** Smallest step of the page's clock. */
function clockStep(): number {
	let step = Infinity;
	for (let i = 0; i < 50; i++) {
		const start = performance.now();
		let next = performance.now();
		while (next === start) next = performance.now();
		step = Math.min(step, next - start);
	}
	return step;
}

/** The latency passes: the index built from every note, two passes of the search rounds, two of the edits. */
function runPasses(data: BrowserBenchData, notes: VaultNotes, searchRounds: number, edits: number): Omit<BrowserBenchResult, 'slices' | 'clockStepMs'> {
	const start = performance.now();
	const { index } = indexNotes(notes);
	const firstBuildMs = performance.now() - start;
	const context = contextFor(notes, index);
	const queries = querySet(index);
	const search1 = measureSearch(index, queries, searchRounds);
	const search2 = measureSearch(index, queries, searchRounds);
	const edits1 = measureEdits(index, context, planEdits(data.inputs, data.talks, edits + WARM_UP_EDITS), false);
	const edits2 = measureEdits(index, context, planEdits(data.inputs, data.talks, edits + WARM_UP_EDITS, 'again'), false);
	return {
		talks: index.talks().length,
		expectedTalks: data.talks.length,
		firstBuildMs,
		search: [figures(search1.explorer), figures(search2.explorer)],
		edits: [figures(edits1), figures(edits2)],
	};
}

/** The notes of the data the page was given, kept between the script's two calls. */
let pageNotes: VaultNotes | undefined;

/**
 * The latency passes over `data`. The notes stay in the page for {@link runBrowserSlices}; the
 * passes' index is out of reach once this returns, so the slices run with one index in the heap,
 * as the plugin has.
 */
export function runBrowserBench(data: BrowserBenchData, searchRounds: number, edits: number): Omit<BrowserBenchResult, 'slices'> {
	const notes: VaultNotes = { inputs: data.inputs, context: parseContextFor(data.settings), settings: data.settings };
	pageNotes = notes;
	return { ...runPasses(data, notes, searchRounds, edits), clockStepMs: clockStep() };
}

/** The background indexing in slices into a fresh index, over the notes {@link runBrowserBench} was given. */
export function runBrowserSlices(): Promise<PageSliceRun> {
	if (!pageNotes) return Promise.reject(new Error('runBrowserBench has not run in this page'));
	return measurePageSlices(pageNotes);
}

const page = window as unknown as { runBrowserBench?: typeof runBrowserBench; runBrowserSlices?: typeof runBrowserSlices };
page.runBrowserBench = runBrowserBench;
page.runBrowserSlices = runBrowserSlices;
