/**
 * `npm run bench -- --profile tiny|realistic|stress [--json] [--no-write] [--runs N]`
 * (bundled and started by scripts/bench.mjs with `node --expose-gc`). Generates the
 * profile's vault, writes it to `bench-vaults/<profile>/`, runs the real parser and index
 * in this one process, and prints the table (and, with --json, one JSON line last).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { GcLog, pauseMsWithin, slowSamples } from './gc-log';
import type { ExpectedTalk } from './expected';
import { generateVault, writeVault } from './generate-vault';
import { measureColdIndex, measureIndexHeap, measureMinisearchAddAll, measureWarmStart, serializeExtracts, type StoredNote } from './measure-index';
import { firstSearch, type Latency, measureEdits, measureScreen, measureSearch, measureTypeahead, planEdits, querySet, WARM_UP_EDITS } from './measure-latency';
import { measureSlices, type SliceRun } from './measure-slices';
import { measureThroughput } from './measure-throughput';
import { isProfileName, type ProfileName } from './profiles';
import { type BenchResult, formatTable, targetOf, verdicts } from './report';
import { canCollectGarbage, itemWithMost, maxOf } from './stats';
import { contextFor, indexNotes, type VaultNotes, vaultNotes } from './vault-notes';

/**
 * Repetitions per profile: whole-vault runs, search rounds, type-ahead rounds, slice runs,
 * edits. `tiny` is the test suite's smoke run: it must stay a few seconds, so it samples less.
 */
interface Repeats {
	runs: number;
	search: number;
	typeahead: number;
	slices: number;
	edits: number;
	refreshEdits: number;
}

const REPEATS: Record<ProfileName, Repeats> = {
	tiny: { runs: 1, search: 1, typeahead: 1, slices: 1, edits: 100, refreshEdits: 20 },
	realistic: { runs: 5, search: 20, typeahead: 10, slices: 3, edits: 500, refreshEdits: 200 },
	stress: { runs: 3, search: 5, typeahead: 5, slices: 1, edits: 500, refreshEdits: 50 },
};

interface Args {
	profile: ProfileName;
	json: boolean;
	write: boolean;
	runs?: number;
}

function parseArgs(argv: readonly string[]): Args | string {
	const args: Args = { profile: 'realistic', json: false, write: true };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = (argv[i] ?? '').split('=', 2) as [string, string | undefined];
		const value = () => inline ?? argv[++i] ?? '';
		if (flag === '--profile') {
			const name = value();
			if (!isProfileName(name)) return `unknown profile "${name}" (tiny, realistic, stress)`;
			args.profile = name;
		} else if (flag === '--json') args.json = true;
		else if (flag === '--no-write') args.write = false;
		else if (flag === '--runs') args.runs = Math.max(1, Number(value()) || 1);
		else return `unknown option "${flag}"`;
	}
	return args;
}

const started = performance.now();
const log = (message: string) => process.stderr.write(`bench: ${((performance.now() - started) / 1000).toFixed(1)}s ${message}\n`);

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	if (typeof args === 'string') {
		process.stderr.write(`bench: ${args}\nusage: npm run bench -- --profile tiny|realistic|stress [--json] [--no-write] [--runs N]\n`);
		return 2;
	}
	if (!canCollectGarbage()) log('global.gc is missing (run with node --expose-gc): heap figures will be noisy');
	// Other processes on a shared machine inflate every figure: the load is reported with them.
	const startLoad = [loadavg()[0] ?? 0];
	const repeats = { ...REPEATS[args.profile], ...(args.runs ? { runs: args.runs } : {}) };

	// Generate, write, and keep the notes as Buffers so the heap phase sees only the index.
	log(`generating the ${args.profile} vault`);
	const generated = (() => {
		const vault = generateVault(args.profile);
		if (args.write) {
			const dir = join(process.cwd(), 'bench-vaults', args.profile);
			const { written } = writeVaultSafely(vault, dir);
			log(written ? `wrote ${dir}` : `${dir} is up to date`);
		}
		const notes = vaultNotes(vault);
		const stored: StoredNote[] = notes.inputs.map((i) => ({ path: i.path, bytes: Buffer.from(i.text, 'utf8'), scope: i.scope, fileDate: i.fileDate, inPeopleFolder: i.inPeopleFolder }));
		return { stored, context: notes.context, settings: notes.settings, talks: vault.talks, stats: vault.stats };
	})();

	log('heap held by the index');
	const heapStart = performance.now();
	const heap = measureIndexHeap(generated.stored, generated);
	// The heap phase is also the process's first build: the JIT is still cold here.
	const firstBuildMs = performance.now() - heapStart;
	const notes: VaultNotes = {
		inputs: generated.stored.map((s) => ({ path: s.path, text: s.bytes.toString('utf8'), scope: s.scope, fileDate: s.fileDate, inPeopleFolder: s.inPeopleFolder })),
		context: generated.context,
		settings: generated.settings,
	};
	const measured = await measureOnOneIndex(notes, generated.talks, generated.stats.bytes, repeats);
	// Only the notes are left: the index above and the expected talks are garbage now, so the
	// slices run with one index in the heap, as the plugin has, and their full collections
	// mark and move only what the plugin would hold.
	generated.talks = [];
	const { throughput, cold, minisearch, warm, queryCount, search, screen, typeahead, edits, refresh, pauses } = measured;
	const overTarget = (spans: Latency['spans'], key: 'searchP99Ms' | 'editP99Ms') => {
		const limit = targetOf(key, args.profile);
		return limit === undefined ? undefined : slowSamples(spans, pauses, limit);
	};
	log(`background indexing in slices (${repeats.slices} runs)`);
	const sliceRuns: SliceRun[] = [];
	// Collection pauses while the slices run: the report says how much of the longest one a pause took.
	const sliceGcLog = new GcLog().start();
	for (let i = 0; i < repeats.slices; i++) sliceRuns.push(await measureSlices(notes));
	const slicePauses = await sliceGcLog.stop();
	const worst = itemWithMost(sliceRuns, (run) => run.longestSliceMs);
	const worstIndexing = itemWithMost(sliceRuns, (run) => run.longestIndexSliceMs);

	const partial: Omit<BenchResult, 'met'> = {
		profile: args.profile,
		notes: generated.stats.notes,
		talks: measured.talks,
		expectedTalks: generated.stats.talks,
		conferenceDays: generated.stats.conferenceDays,
		bytes: generated.stats.bytes,
		parseMBps: throughput.parseMBps,
		lineScanMBps: throughput.lineScanMBps,
		coldIndexMs: cold.value,
		warmStartMs: warm.value,
		editP50Ms: edits.p50,
		editP99Ms: edits.p99,
		editRefreshP99Ms: refresh.p99,
		searchP50Ms: search.explorer.p50,
		searchP99Ms: search.explorer.p99,
		searchOverTarget: overTarget(search.explorer.spans, 'searchP99Ms'),
		editOverTarget: overTarget(edits.spans, 'editP99Ms'),
		searchRawP99Ms: search.raw.p99,
		screenP50Ms: screen.p50,
		screenP99Ms: screen.p99,
		typeaheadP99Ms: typeahead.p99,
		longestSliceMs: worst.longestSliceMs,
		firstQueryMs: worst.firstQueryMs,
		longestSliceGcMs: pauseMsWithin(worst.longestSliceSpan, slicePauses),
		longestSliceThread: worst.longestSliceThread,
		longestIndexSliceMs: worstIndexing.longestIndexSliceMs,
		longestIndexSlice: worstIndexing.longestIndexSlice,
		longestWarmUpSliceMs: maxOf(sliceRuns.map((r) => r.longestWarmUpSliceMs)),
		warmUpWorkMs: worst.warmUpWorkMs,
		eventLoopMaxMs: maxOf(sliceRuns.map((r) => r.eventLoopMaxMs)),
		heapMB: heap.heapMB,
		minisearchAddAllMs: minisearch.value,
		runs: {
			parseMBps: throughput.parseMs.runs,
			lineScanMBps: throughput.lineScanMs.runs,
			coldIndexMs: cold.runs,
			warmStartMs: warm.runs,
			editP99Ms: edits.samples,
			editRefreshP99Ms: refresh.samples,
			searchP99Ms: search.explorer.samples,
			typeaheadP99Ms: typeahead.samples,
			longestSliceMs: sliceRuns.length,
			heapMB: 1,
			minisearchAddAllMs: minisearch.runs,
			queries: queryCount,
			slices: worst.slices,
			warmUpSlices: worst.warmUpSlices,
			firstBuildMs: Math.round(firstBuildMs),
		},
		node: process.version,
		nodeFlags: process.execArgv,
		loadAverage: [...startLoad, loadavg()[0] ?? 0].map((l) => Math.round(l * 100) / 100),
		machine: `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
	};
	const result: BenchResult = { ...partial, met: verdicts(partial) };
	process.stdout.write(formatTable(result) + '\n');
	if (args.json) process.stdout.write(JSON.stringify(result) + '\n');
	// An index that lost talks makes every figure a measure of something else: the run fails.
	if (result.talks !== result.expectedTalks) {
		log(`the index holds ${result.talks} talks, the generator wrote ${result.expectedTalks}`);
		return 1;
	}
	return 0;
}

/**
 * Everything measured on the index built from all the notes (and on the fresh ones the cold
 * and warm runs build), as plain figures: once this returns, none of those indexes is
 * reachable any more.
 */
async function measureOnOneIndex(notes: VaultNotes, expected: readonly ExpectedTalk[], bytes: number, repeats: Repeats) {
	const { index, extracts } = indexNotes(notes);
	firstSearch(index);

	log(`parse throughput and line scan (${repeats.runs} runs)`);
	const throughput = measureThroughput(notes, index.people(), bytes, repeats.runs);
	log(`cold index (${repeats.runs} runs)`);
	const cold = measureColdIndex(notes, repeats.runs);
	log(`minisearch addAll baseline (${repeats.runs} runs)`);
	const minisearch = measureMinisearchAddAll(index.talks(), repeats.runs);
	log(`warm start (${repeats.runs} runs)`);
	const warm = measureWarmStart(serializeExtracts(extracts), notes, repeats.runs);
	log('search and type-ahead');
	// Collection pauses from here to the end of the edits: the report says which slow samples fell on one.
	const gcLog = new GcLog().start();
	const queries = querySet(index);
	const search = measureSearch(index, queries, repeats.search);
	const screen = measureScreen(index, queries, repeats.search);
	const typeahead = measureTypeahead(index, repeats.typeahead);
	log(`edits (${repeats.edits}, then ${repeats.refreshEdits} with the explorer refreshed)`);
	const context = contextFor(notes, index);
	// Each plan has WARM_UP_EDITS more edits than are timed: measureEdits runs those first, untimed.
	const edits = measureEdits(index, context, planEdits(notes.inputs, expected, repeats.edits + WARM_UP_EDITS), false);
	const refresh = measureEdits(index, context, planEdits(notes.inputs, expected, repeats.refreshEdits + WARM_UP_EDITS, 'fix'), true);
	const pauses = await gcLog.stop();
	return { talks: index.talks().length, throughput, cold, minisearch, warm, queryCount: queries.length, search, screen, typeahead, edits, refresh, pauses };
}

/** Writes the vault unless the folder belongs to someone else; the run goes on either way. */
function writeVaultSafely(vault: ReturnType<typeof generateVault>, dir: string): { written: boolean } {
	try {
		return writeVault(vault, dir);
	} catch (error) {
		log(`not writing the vault: ${error instanceof Error ? error.message : String(error)}`);
		return { written: false };
	}
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
