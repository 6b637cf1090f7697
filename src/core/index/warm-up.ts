/**
 * Warm-up: the vault-wide views an index builds on first read (topic table, sorted
 * lists, type-ahead) built ahead of time in bounded steps, so a host can run them in
 * time slices after indexing and the first reads find them ready instead of freezing.
 */

/** Work units one warm-up step does, give or take one item (a talk, a record, a run of a sort). */
export const WARM_UP_STEP_UNITS = 100;

/** One view's preparation: does about `units` of work per call; true once the view is ready. */
export type WarmUpPhase = (units: number) => boolean;

/**
 * Runs `phases` in order, one bounded call per step (`next()`), and ends when all are
 * ready. When `revision()` moves between two steps (the index changed), it starts over
 * with fresh phases: views already kept up to date cost their changes only, and a
 * half-made view has been dropped by the change itself.
 */
export function* warmUpSteps(revision: () => number, phases: () => readonly WarmUpPhase[], units = WARM_UP_STEP_UNITS): Generator<void, void, void> {
	while (!(yield* warmUpOnce(revision, phases(), units)));
}

/** One pass over the phases; false when the index changed on the way. */
function* warmUpOnce(revision: () => number, phases: readonly WarmUpPhase[], units: number): Generator<void, boolean, void> {
	const start = revision();
	for (const phase of phases) {
		let ready = false;
		while (!ready) {
			ready = phase(units);
			yield;
			if (revision() !== start) return false;
		}
	}
	return true;
}
