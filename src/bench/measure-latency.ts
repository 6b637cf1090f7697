/**
 * Interactive latencies on a built index: one edited note re-parsed and upserted,
 * explorer searches over a fixed mixed query set, and speaker type-ahead letter by letter.
 */
import { buildExplorerModel } from '../core/index/explorer-model';
import type { ExplorerQuery } from '../core/index/index-api';
import type { TalkIndex } from '../core/index/talk-index';
import type { NoteInput, ParseContext } from '../core/parse/parse-context';
import { parseNote } from '../core/parse/parse-note';
import { buildExplorerScreen } from '../ui/explorer-screen';
import { DEFAULT_STATE, PAGE_SIZE } from '../ui/explorer-state';
import type { ExpectedTalk } from './expected';
import { Random } from './prng';
import type { Span } from './gc-log';
import { percentile } from './stats';

/**
 * What the explorer does for one state: the view-model (search or filters, grouping) and
 * the rows of its first screenful ({@link PAGE_SIZE} rows, group after group), as
 * explorer-screen.ts takes them. Rows are made on demand, so a figure without them would
 * leave out the ranking and rows the user waits for. Returns the rows made.
 */
export function explorerScreenful(index: TalkIndex, query: ExplorerQuery): number {
	let budget = PAGE_SIZE;
	for (const group of buildExplorerModel(index, query).groups) {
		if (budget <= 0) break;
		budget -= group.take(budget).length;
	}
	return PAGE_SIZE - budget;
}

/** The first query the explorer answers: the moment the index is "search ready". */
export const FIRST_QUERY = 'rust';

/** Answers the explorer's first query with its first screenful of rows, as the sidebar does once the index is built; returns the rows made. */
export function firstSearch(index: TalkIndex): number {
	return explorerScreenful(index, { query: FIRST_QUERY, group: 'conference', filters: {} });
}

/** p50 and p99 of a set of samples, with their count and when each ran. */
export interface Latency {
	readonly p50: number;
	readonly p99: number;
	readonly samples: number;
	/** Each timed sample's stretch, to match against collection pauses (gc-log.ts). */
	readonly spans: readonly Span[];
}

/** Summarises timed stretches (ms on `performance.now()`'s clock). */
export function latency(spans: readonly Span[]): Latency {
	const samples = spans.map((span) => span.end - span.start);
	return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length, spans };
}

/** One edit: the note's new text, with a talk line's title changed. */
export interface Edit {
	readonly input: NoteInput;
}

/**
 * `count` edits of talk lines in daily notes, drawn with a fixed seed: the first word of
 * the title on the talk's line gets a revision marker, as a person fixing a title would.
 */
export function planEdits(inputs: readonly NoteInput[], talks: readonly ExpectedTalk[], count: number, marker = 'rev'): Edit[] {
	const byPath = new Map(inputs.map((input) => [input.path, input]));
	const candidates = talks.filter((t) => byPath.has(t.file));
	const rng = new Random(marker.length * 500 + count);
	const edits: Edit[] = [];
	for (let i = 0; i < count && candidates.length > 0; i++) {
		const talk = rng.pick(candidates);
		const input = byPath.get(talk.file) as NoteInput;
		const lines = input.text.split('\n');
		const line = lines[talk.line - 1] ?? '';
		const word = talk.title.split(' ').find((w) => w.length >= 3 && line.includes(w));
		const at = word ? line.indexOf(word) + word.length : line.length;
		lines[talk.line - 1] = `${line.slice(0, at)} ${marker}${i}${line.slice(at)}`;
		edits.push({ input: { ...input, text: lines.join('\n') } });
	}
	return edits;
}

/** Edits run untimed before the timed ones, so the figures are steady state, not JIT warm-up. */
export const WARM_UP_EDITS = 20;

/**
 * Times each edit's parse + upsert; with `refresh`, also the explorer's screenful rebuilt after it.
 * The first {@link WARM_UP_EDITS} edits run untimed.
 */
export function measureEdits(index: TalkIndex, context: ParseContext, edits: readonly Edit[], refresh: boolean): Latency {
	const samples: Span[] = [];
	for (const [i, edit] of edits.entries()) {
		const start = performance.now();
		index.upsert(parseNote(edit.input, context));
		if (refresh) explorerScreenful(index, { query: '', group: 'conference', filters: {} });
		if (i >= WARM_UP_EDITS) samples.push({ start, end: performance.now() });
	}
	return latency(samples);
}

/**
 * The fixed mixed query set: full speaker names, 2-3 letter prefixes, typos, two-word
 * queries and one very common word (the most frequent title word of the vault).
 */
export function querySet(index: TalkIndex): string[] {
	const speakers = index.speakers();
	const names = [0, 1, 2, Math.floor(speakers.length / 2), speakers.length - 1].map((i) => speakers[i]?.name).filter((n): n is string => !!n);
	const counts = new Map<string, number>();
	for (const talk of index.talks()) {
		for (const word of talk.title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const common = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'the';
	return [...names, 'ru', 'ka', 'pos', 'obs', 'zi', 'kafak', 'postgers', 'obsevability', 'latnecy', 'kubernets', 'rust async', 'tail latency', 'distributed tracing', 'memory safety', common];
}

/** Search as the explorer runs it (search, grouping, the first screenful of rows), and the raw search alone. */
export function measureSearch(index: TalkIndex, queries: readonly string[], rounds: number): { explorer: Latency; raw: Latency } {
	const explorer: Span[] = [];
	const raw: Span[] = [];
	// One untimed round first: steady-state latency, not the JIT compiling each query shape
	// (the very first query after indexing has a figure of its own).
	for (const query of queries) explorerScreenful(index, { query, group: 'conference', filters: {} });
	for (let r = 0; r < rounds; r++) {
		for (const query of queries) {
			let start = performance.now();
			explorerScreenful(index, { query, group: 'conference', filters: {} });
			explorer.push({ start, end: performance.now() });
			start = performance.now();
			index.search(query);
			raw.push({ start, end: performance.now() });
		}
	}
	return { explorer: latency(explorer), raw: latency(raw) };
}

/**
 * The explorer's whole screen model for each query (`buildExplorerScreen`: the model and
 * screenful above plus each drawn row's speaker, topic and conference ids and the summary of
 * the matches), after one untimed round: what the view computes before it touches the DOM.
 */
export function measureScreen(index: TalkIndex, queries: readonly string[], rounds: number): Latency {
	const status = { state: 'ready', notes: 0, talks: 0, cached: 0, parsed: 0 } as const;
	const screen = (query: string) => buildExplorerScreen(index, { ...DEFAULT_STATE, query }, { status, limit: PAGE_SIZE, diagnosticsOpen: false });
	for (const query of queries) screen(query);
	const samples: Span[] = [];
	for (let r = 0; r < rounds; r++) {
		for (const query of queries) {
			const start = performance.now();
			screen(query);
			samples.push({ start, end: performance.now() });
		}
	}
	return latency(samples);
}

/** Type-ahead: `suggestSpeakers` for every prefix of some speaker names, one letter at a time. */
export function measureTypeahead(index: TalkIndex, rounds: number): Latency {
	const speakers = index.speakers();
	const step = Math.max(1, Math.floor(speakers.length / 20));
	const names = speakers.filter((_, i) => i % step === 0).slice(0, 20).map((s) => s.name);
	const samples: Span[] = [];
	for (let r = 0; r < rounds; r++) {
		for (const name of names) {
			for (let n = 1; n <= name.length; n++) {
				const start = performance.now();
				index.suggestSpeakers(name.slice(0, n), 10);
				samples.push({ start, end: performance.now() });
			}
		}
	}
	return latency(samples);
}
