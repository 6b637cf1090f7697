/**
 * The benchmark's result, the targets of docs/performance.md, and the readable table:
 * each figure with the number of runs behind it, its target and whether it is met,
 * and the two same-run baselines as ratios.
 */
import type { SlowSamples } from './gc-log';

/** Every figure of one benchmark run (the JSON line's fields). */
export interface BenchResult {
	readonly profile: string;
	readonly notes: number;
	/** Talks the index holds after the cold build. */
	readonly talks: number;
	/** Talks the generator wrote (the index should hold as many). */
	readonly expectedTalks: number;
	readonly conferenceDays: number;
	/** UTF-8 bytes of the markdown notes. */
	readonly bytes: number;
	readonly parseMBps: number;
	readonly lineScanMBps: number;
	readonly coldIndexMs: number;
	readonly warmStartMs: number;
	readonly editP50Ms: number;
	readonly editP99Ms: number;
	/** Edit plus the explorer model rebuilt (what an open sidebar pays). */
	readonly editRefreshP99Ms: number;
	readonly searchP50Ms: number;
	readonly searchP99Ms: number;
	/** Explorer searches slower than the profile's target, and how many of them overlapped a collection pause. */
	readonly searchOverTarget?: SlowSamples;
	/** Edits slower than the profile's target, and how many of them overlapped a collection pause. */
	readonly editOverTarget?: SlowSamples;
	/** `index.search` alone, without the explorer model. */
	readonly searchRawP99Ms: number;
	/** The explorer's whole screen model per query (`buildExplorerScreen`), p50 and p99. */
	readonly screenP50Ms: number;
	readonly screenP99Ms: number;
	readonly typeaheadP99Ms: number;
	readonly longestSliceMs: number;
	/**
	 * Milliseconds of collection pauses inside the longest slice, as Node's gc observer reports
	 * them: the stop-the-world pauses only. The collector's work spread over the program (incremental
	 * marking steps, sweeping a page to allocate in) is not in it: a profile of the thread shows it.
	 */
	readonly longestSliceGcMs: number;
	/**
	 * The main thread's time on a CPU and waiting for one during the longest slice (Linux only).
	 * The wait is exact; the kernel brings the time on a CPU up to date only at its ticks and
	 * switches, so that one is a few milliseconds coarse and the table leaves it out.
	 */
	readonly longestSliceThread?: { readonly onCpuMs: number; readonly waitingMs: number };
	/** The longest indexing slice's notes: how many, and the slowest one's time and path. */
	readonly longestIndexSlice: { readonly notes: number; readonly slowestMs: number; readonly slowest: string };
	readonly firstQueryMs: number;
	/** Longest slice of the indexing alone (the warm-up and the first query excluded). */
	readonly longestIndexSliceMs: number;
	/** Longest slice of the views' warm-up after indexing (part of `longestSliceMs`). */
	readonly longestWarmUpSliceMs: number;
	/** Warm-up work summed over its slices. */
	readonly warmUpWorkMs: number;
	readonly eventLoopMaxMs: number;
	readonly heapMB: number;
	readonly minisearchAddAllMs: number;
	/** Samples behind each figure. */
	readonly runs: Readonly<Record<string, number>>;
	/** Target verdicts by figure (absent for profiles without targets). */
	readonly met: Readonly<Record<string, boolean>>;
	readonly node: string;
	/** The flags node ran with (`--expose-gc`, the V8 worker pool size: scripts/bench.mjs). */
	readonly nodeFlags: readonly string[];
	readonly machine: string;
	/** 1-minute load average at the start and at the end of the run (2 cores: above 2 means sharing). */
	readonly loadAverage: readonly number[];
}

/** One target of docs/performance.md. */
interface Target {
	readonly key: Exclude<keyof BenchResult, 'met'>;
	readonly label: string;
	readonly unit: string;
	/** Limits by profile; `min` targets are floors, the others ceilings. */
	readonly limits: Readonly<Record<string, number>>;
	readonly min?: boolean;
}

const TARGETS: readonly Target[] = [
	{ key: 'parseMBps', label: 'parse throughput', unit: 'MB/s', limits: { realistic: 100, stress: 100 }, min: true },
	{ key: 'coldIndexMs', label: 'cold index (parse + search ready)', unit: 'ms', limits: { realistic: 500, stress: 6000 } },
	{ key: 'warmStartMs', label: 'warm start to search-ready', unit: 'ms', limits: { realistic: 150, stress: 2000 } },
	{ key: 'editP99Ms', label: 'edit -> updated, p99', unit: 'ms', limits: { realistic: 2, stress: 5 } },
	{ key: 'searchP99Ms', label: 'search p99 (explorer)', unit: 'ms', limits: { realistic: 2, stress: 25 } },
	{ key: 'typeaheadP99Ms', label: 'speaker type-ahead p99', unit: 'ms', limits: { realistic: 1, stress: 10 } },
	{ key: 'longestSliceMs', label: 'longest slice (indexing, warm-up, 1st query)', unit: 'ms', limits: { realistic: 16, stress: 16 } },
	{ key: 'heapMB', label: 'heap for the index', unit: 'MB', limits: { realistic: 15, stress: 120 } },
];

/** A figure's target on a profile (undefined for profiles without targets, like `tiny`). */
export function targetOf(key: keyof BenchResult, profile: string): number | undefined {
	return TARGETS.find((target) => target.key === key)?.limits[profile];
}

/** Parse must stay within this factor of the bare line scan. */
const LINE_SCAN_FACTOR = 3;

/** Target verdicts for a result's profile (empty for profiles without targets, like `tiny`). */
export function verdicts(result: Omit<BenchResult, 'met'>): Record<string, boolean> {
	const met: Record<string, boolean> = {};
	for (const target of TARGETS) {
		const limit = target.limits[result.profile];
		if (limit === undefined) continue;
		const value = result[target.key] as number;
		met[target.key] = target.min ? value >= limit : value <= limit;
	}
	if (result.profile in (TARGETS[0]).limits) met.parseVsLineScan = result.lineScanMBps / result.parseMBps <= LINE_SCAN_FACTOR;
	return met;
}

const fmt = (value: number) => (!Number.isFinite(value) ? String(value) : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** `6, 1 during a GC pause`: how many samples were over a target, and how many of them a collection explains. */
function slowLabel(slow: SlowSamples): string {
	return `${slow.over}, ${slow.duringGc} during a GC pause`;
}

/** The readable table. */
export function formatTable(r: BenchResult): string {
	const rows: string[][] = [['figure', 'value', 'samples', 'target', 'met']];
	const verdict = (key: string) => (key in r.met ? (r.met[key] ? 'yes' : 'NO') : '-');
	for (const t of TARGETS) {
		const limit = t.limits[r.profile];
		rows.push([t.label, `${fmt(r[t.key] as number)} ${t.unit}`, String(r.runs[t.key] ?? 1), limit === undefined ? '-' : `${t.min ? '>=' : '<='} ${limit} ${t.unit}`, verdict(t.key)]);
	}
	rows.push(['parse vs bare line scan', `${fmt(r.lineScanMBps / r.parseMBps)}x slower`, String(r.runs.lineScanMBps ?? 1), `<= ${LINE_SCAN_FACTOR}x`, verdict('parseVsLineScan')]);
	rows.push(['', '', '', '', '']);
	rows.push(['baseline: bare line scan', `${fmt(r.lineScanMBps)} MB/s`, String(r.runs.lineScanMBps ?? 1), '', '']);
	rows.push(['baseline: minisearch addAll', `${fmt(r.minisearchAddAllMs)} ms`, String(r.runs.minisearchAddAllMs ?? 1), '', '']);
	rows.push(['cold index / minisearch addAll', `${fmt(r.coldIndexMs / r.minisearchAddAllMs)}x`, '', '', '']);
	rows.push(['edit p50', `${fmt(r.editP50Ms)} ms`, String(r.runs.editP99Ms ?? 1), '', '']);
	rows.push(['edit + explorer refresh p99', `${fmt(r.editRefreshP99Ms)} ms`, String(r.runs.editRefreshP99Ms ?? 1), '', '']);
	rows.push(['search p50 (explorer)', `${fmt(r.searchP50Ms)} ms`, String(r.runs.searchP99Ms ?? 1), '', '']);
	rows.push(['search p99 (index.search only)', `${fmt(r.searchRawP99Ms)} ms`, String(r.runs.searchP99Ms ?? 1), '', '']);
	rows.push(['search, whole screen model p50 / p99', `${fmt(r.screenP50Ms)} / ${fmt(r.screenP99Ms)} ms`, String(r.runs.searchP99Ms ?? 1), '', '']);
	if (r.searchOverTarget) rows.push(['search samples over target', slowLabel(r.searchOverTarget), String(r.runs.searchP99Ms ?? 1), '', '']);
	if (r.editOverTarget) rows.push(['edit samples over target', slowLabel(r.editOverTarget), String(r.runs.editP99Ms ?? 1), '', '']);
	rows.push(['collection pauses inside the longest slice', `${fmt(r.longestSliceGcMs)} ms`, String(r.runs.longestSliceMs ?? 1), '', '']);
	const thread = r.longestSliceThread;
	if (thread) rows.push(['  of it, the thread waiting for a CPU', `${fmt(thread.waitingMs)} ms`, String(r.runs.longestSliceMs ?? 1), '', '']);
	rows.push(['longest indexing slice (no query)', `${fmt(r.longestIndexSliceMs)} ms`, String(r.runs.longestSliceMs ?? 1), '', '']);
	const slice = r.longestIndexSlice;
	rows.push(['  its notes, and the slowest', `${slice.notes}; ${fmt(slice.slowestMs)} ms, ${slice.slowest}`, String(r.runs.longestSliceMs ?? 1), '', '']);
	rows.push(['longest warm-up slice (views)', `${fmt(r.longestWarmUpSliceMs)} ms`, String(r.runs.longestSliceMs ?? 1), '', '']);
	rows.push(['warm-up work (slices summed)', `${fmt(r.warmUpWorkMs)} ms in ${r.runs.warmUpSlices ?? '?'} slices`, String(r.runs.longestSliceMs ?? 1), '', '']);
	rows.push(['first query after warm-up', `${fmt(r.firstQueryMs)} ms`, String(r.runs.longestSliceMs ?? 1), '', '']);
	rows.push(['event loop max delay (indexing)', `${fmt(r.eventLoopMaxMs)} ms`, String(r.runs.longestSliceMs ?? 1), '', '']);
	const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
	const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
	const header = `profile ${r.profile}: ${r.notes} notes, ${r.conferenceDays} conference days, ${r.talks} talks (generator wrote ${r.expectedTalks}), ${fmt(r.bytes / 1e6)} MB; ${[r.node, ...r.nodeFlags].join(' ')}, ${r.machine}, load ${r.loadAverage.join(' -> ')}`;
	return [header, '', ...lines].join('\n');
}
