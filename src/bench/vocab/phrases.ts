/**
 * Sentence templates. Slots: `{T}`/`{T2}`/`{T3}` technologies, `{C}`/`{C2}` concepts,
 * `{Cc}` a capitalised concept, `{N}`/`{N2}` numbers, `{L}` a topic wikilink, `{P}` a project link.
 *
 * Titles obey the note-format traps on purpose: none contains ` by `, `~`, an em dash,
 * a trailing parenthesis, a kind word, or a name-like run of capitalised words before
 * a colon, so the speaker rules of each generated line decide alone.
 */

/** Talk titles. */
export const TITLES: readonly string[] = [
	'{Cc} in {T}',
	'Coding for speed: {T} vs {T2}',
	'{T} in production: lessons learned',
	'A Case for {T} Higher Up the Stack',
	'Why {C} is harder than it looks',
	'The Hidden Cost of {Cc}',
	'{N} Years of {T} at Scale',
	'From {T} to {T2}: a migration story',
	'Building a {C} pipeline with {T}',
	'What {T} taught us about {C}',
	'Writing Low Latency {T} Applications Even if Your Code Sucks',
	'Quantifying the Performance Impact of {Cc}',
	'{Cc} without tears',
	'Debugging {C} in {T}',
	'Ingesting in {T}',
	'High-Level {T} for Backend Programming',
	'{T} internals: how {C} really works',
	'Taming {C} with {T}',
	'Zero to {T}: {C} for the rest of us',
	'Is {C} dead?',
	'Lessons from a decade of {C}',
	'How we cut {C} costs in half',
	'Rethinking {C}',
	'{T} and {T2} - a love story',
	'Beyond the {T} hype: {C} at the edge',
	'Inside the {T} scheduler',
	'Practical {C} for small teams',
	'Making {T} fast',
	'The road to {T} 2.0',
	'Distributed System Performance Troubleshooting Like You\'ve Been Doing It for {N} Years',
	'{T} on the server, {T2} in the browser',
	'Shipping {C} on a budget',
	'Everything you wanted to know about {C}',
	'When {C} goes wrong',
	'Scaling {T} - what we learned the hard way',
];

/** Child bullets of a talk. */
export const NOTE_LINES: readonly string[] = [
	'{C} matters more than {C2}',
	'rule of thumb: {T} is great for anything CPU-bound, {T2} for anything IO-bound',
	'benchmark showed {N}x over the {T} baseline',
	'question from the audience about {C}',
	'they moved {C} to {T}, exposed to the rest of the code through {T2}',
	'{T} gives good low level control',
	'measure {C} before touching {C2}',
	'slides have a nice diagram of {C}',
	'p50 {N} ms, p99 {N2} ms after the change',
	'don\'t rush to conclusions',
	'alternatives: {T}, {T2}, {T3}',
	'works well with {T} when {C} is under control',
	'interesting take on {C} vs {C2}',
	'{T} is not a good fit for {C}-heavy workloads',
	'ask specifics, e.g. p50, p99',
	'team of {N} engineers running {N2} services',
	'the hard parts: {C} and {C2}',
	'they run it all on k8s, with otel for tracing',
	'wasm plugins for the hot path, pg for everything else',
	'understand your environment\'s limits',
	'keep {N}% functional code, the rest imperative',
	'compile time correctness is worth the build time',
	'there\'s definitely a learning curve',
	'demo of {C} with {T} - worked first time',
	'reminds me of the {L} idea, applied to {C}',
	'they cited {L} twice when explaining {C}',
	'would be good for [[Reading list]] follow-up on {C}',
	'{T} tooling is still immature for {C}',
	'why? more machines means more maintenance, more {C}',
];

/** Bullets of an ordinary day (journal, work, life). */
export const JOURNAL_LINES: readonly string[] = [
	'woke up early, ran {N} km before work',
	'standup: the {C} work is blocked on a review',
	'paired with a colleague on {C} in {T}',
	'lunch at the usual place, talked about {C}',
	'read a chapter of the book on {C}',
	'fixed the flaky test in the {T} client',
	'1:1 with my manager about the roadmap',
	'long walk in the park, cleared my head',
	'wrote the design doc for the {C} service',
	'migrated two services from {T} to {T2}',
	'on-call was quiet, only {N} pages',
	'cooked dinner for friends, stayed up too late',
	'spent the afternoon on {C} in the {P} repository',
	'reviewed the proposal for {P} with the whole team',
	'tried {T} for a side project, nice error messages',
	'dentist at {N}:30, then back to work',
	'noted an idea about {C} for the blog',
	'watched a recording about {C} from last year',
];

/** Task lines of an ordinary day (`- [ ]` / `- [x]` are never talks). */
export const TASKS: readonly string[] = [
	'review PR {N} for the {T} client',
	'book train tickets',
	'renew passport',
	'write up notes on {C}',
	'reply to the email about {P}',
	'update the {T} dependency',
	'buy the recording',
	'call the bank',
];

/** Meeting lines under a `## Meetings` heading of an ordinary day. */
export const MEETINGS: readonly string[] = [
	'{N}:00 design review for the {C} service',
	'{N}:30 planning for {P} with the product team',
	'{N}:00 interview loop, backend role',
	'{N}:00 incident review: {C} caused the outage',
	'{N}:15 sync with the platform team about {T}',
];

/** Projects linked from ordinary days, always inside a longer sentence (never a lone link). */
export const PROJECTS: readonly string[] = ['Project Apollo', 'Q3 planning', 'Search revamp', 'Billing v2', 'Home renovation', 'Garden'];
