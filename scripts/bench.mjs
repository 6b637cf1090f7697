// `npm run bench -- --profile tiny|realistic|stress [--json] [--no-write] [--runs N] [--cpu-prof]`
// Bundles src/bench/run-bench.ts with esbuild (platform node) into dist/bench.cjs and runs it
// in a fresh `node --expose-gc`, so heap figures come after real collections.
// V8's worker pool gets one thread fewer than the machine has cores, so the main thread, whose
// latencies the benchmark times, keeps a core: Node's default pool of four threads at the main
// thread's priority took it for a scheduler tick (4 ms) at a time on this 2-core machine
// (docs/performance-results.md, "Eighth round").
// `--cpu-prof` passes through to node and writes a .cpuprofile into dist/bench-profiles/.
import esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'bench.cjs');

await esbuild.build({
	entryPoints: [join(root, 'src', 'bench', 'run-bench.ts')],
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: 'inline',
	logLevel: 'warning',
	outfile,
});

const args = process.argv.slice(2);
const nodeArgs = ['--expose-gc', `--v8-pool-size=${Math.max(1, availableParallelism() - 1)}`];
const profileIndex = args.indexOf('--cpu-prof');
if (profileIndex >= 0) {
	args.splice(profileIndex, 1);
	const dir = join(root, 'dist', 'bench-profiles');
	mkdirSync(dir, { recursive: true });
	nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
}
const res = spawnSync(process.execPath, [...nodeArgs, outfile, ...args], { stdio: 'inherit', cwd: root });
process.exit(res.status ?? 1);
