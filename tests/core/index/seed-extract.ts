/**
 * The seed note (../shared/fixtures/vaults/seed/2023-10-18.md) as the parser should
 * extract it, written out by hand so index tests do not wait for the parser.
 * Lines, speakers, kinds and links follow fixtures/expected/seed.json; notes are the
 * talks' subtrees dedented by one level. Keywords are what a plain extractor of
 * capitalised terms gives (body terms once per mention, title terms double when the
 * body uses them too or they are mixed-case), speaker names included: the index must
 * drop those itself.
 */
import type { NoteExtract } from '../../../src/core/model';
import { note, type TalkSpec } from '../../helpers/extract-builder';

/** Path of the seed note in its vault. */
export const SEED_PATH = '2023-10-18.md';

/** Conference of every seed talk. */
export const SEED_CONFERENCE = 'ScyllaDB P99 Conf';

const TALKS: TalkSpec[] = [
	{
		title: "Quantifying the Performance Impact of Shard-per-core Architecture",
		speakers: [],
		line: 6,
		endLine: 15,
		headingPath: ['2023-10-18 Wed', 'Log'],
		images: ["Pasted image 20231018211825.png"],
		links: [],
		keywords: { NUMA: 1 },
		notes: `+ speeding up networking in linux
+ shards per core architecture
	+ ![[Pasted image 20231018211825.png]]
	+ traditional stacks suffer lock contention, cache contention, NUMA unfriendly
+ scale up before you scale out
	+ why? more machines means more maintenance, for upgrades etc. more container overhead etc.
+ ~~"Nodes must be small, in case they fail"~~
	+ doesn't!
	+ takes constant time to replace/add/remove a node`,
	},
	{
		title: "Distributed System Performance Troubleshooting Like You've Been Doing It for 20 Years",
		speakers: ['Jon Haddad'],
		line: 16,
		endLine: 45,
		headingPath: ['2023-10-18 Wed', 'Log'],
		images: [],
		links: ["https://research.google/pubs/pub36356/", "https://www.brendangregg.com/usemethod.html"],
		keywords: { Dapper: 1, OpenTelemetry: 1, Honeycomb: 1, Zipkin: 1, Latency: 1, Linux: 1, Java: 1 },
		notes: `+ seeing a performance problem
	+ Don't panic!
	+ don't just blame (the database)
		+ don't rush to conclusions
+ methodology
	+ rethink assumptions
	+ ask the right questions
		+ don't go with vague questions like "is it slow?"
		+ ask specifics, e.g. p50, p99.
		+ what does the latency measure exactly
		+ ask if anything else in the env changed
		+ is it on a subset of the machines?
	+ narrow down the source
	+ think about the bigger picture
		+ e.g. don't blame a single microservice
	+ have high observability
		+ distributed tracing ([Dapper](https://research.google/pubs/pub36356/))
		+ alternatives: OpenTelemetry, Honeycomb, Zipkin
	+ all machines or one machine?
		+ one query or all queries?
	+ setup good dashboards
		+ grafana
+ Throughput, Latency and Errors
+ for hardware: Utilization, Saturation and Error Rate
	+ https://www.brendangregg.com/usemethod.html
+ understand your environment's limits
+ profiling and flame graphs
	+ Linux: \`perf\`
	+ Java: async-profiler`,
	},
	{
		title: "High-Level Rust for Backend Programming",
		speakers: ['Adam Chalmers'],
		line: 46,
		endLine: 69,
		headingPath: ['2023-10-18 Wed', 'Log'],
		images: ["Pasted image 20231018221844.png"],
		links: ["https://en.wikipedia.org/wiki/Cloudbleed", "https://zero2prod.com"],
		keywords: { API: 1, Dropshot: 1, OpenAPI: 1, Rust: 5, Rayon: 1, CPU: 1, Tokio: 1, IO: 1, JSON: 2, SQL: 4, Serde: 1, Diesel: 1, SQLx: 1 },
		notes: `+ https://en.wikipedia.org/wiki/Cloudbleed
+ autogenerate API schemas with Dropshot and OpenAPI
+ Rust can be a high level programming language
	+ correctness, reliability, interop with high perf
	+ Rust backend prod https://zero2prod.com
+ Perf and reliability are linked
	+ many backends don't need perf, just reliability
	+ but enough perf degradation can cause reliability degradation
+ Tooling
	+ clippy, \`cargo audit\`, \`cargo deny\`
	+ Code generation with macros
+ Keep 80% functional code, 20% imperative code
+ Parallelism in Rust -- rule of thumb is Rayon is great for anything CPU-bound, Tokio is good for anything IO-bound.
+ JSON + SQL gluing servers
	+ Serde for JSON
		+ autogenerating field names
		+ ![[Pasted image 20231018221844.png]]
	+ Diesel for SQL
		+ compile time correctness
		+ solves the dual-schema problem: SQL relations and proglang structs in sync
		+ automatically generates schema structs from SQL
		+ alternative: SQLx (from comments)
+ you can guarantee how often types are used, like exclusive access to pool resources`,
	},
	{
		title: "Writing Low Latency Database Applications Even if Your Code Sucks",
		speakers: ['Glauber Costa'],
		line: 70,
		endLine: 91,
		headingPath: ['2023-10-18 Wed', 'Log'],
		images: ["Pasted image 20231018223525.png"],
		links: ["https://blog.turso.tech/vercel-benchmarks-show-turso-has-low-latencies-everywhere-what-the-data-edge-is-good-for-7407579d4c88"],
		keywords: { Edge: 1, VMs: 1, Fly: 1, GB: 1, CPU: 1, SQL: 1, DB: 1, SQLite: 2, WAL: 1, HTTP: 1, Turso: 2 },
		notes: `+ basically put your data everywhere, because latency depends on place
+ ![[Pasted image 20231018223525.png]]
+ the Edge isn't necessarily serverless
	+ e.g. VMs with Fly.io
	+ both code and data need to be at the edge
+ How?
	+ per-user data partitioning
	+ global data unfortunately needs replication, which has cost.
	+ data traffic is seasonal: scale certain locations down when not needed
	+ Cost of a GB: $0.10/mo, Cost of CPU: ~$20/mo
+ Cheapest SQL DB
	+ SQLite? Can't add multi-instance replication
	+ libsql: fork of SQLite
		+ WAL virtualization
		+ HTTP-based protocol and server implementation
	+ Turso
		+ massive replication
		+ serverless or embedded
		+ primary writes, replicated reads
		+ https://blog.turso.tech/vercel-benchmarks-show-turso-has-low-latencies-everywhere-what-the-data-edge-is-good-for-7407579d4c88
		+ Turso is not a good solution for scylla-like write-heavy workloads.`,
	},
	{
		title: "A Case for Rust Higher Up the Stack",
		speakers: ['Carl Lerche'],
		line: 92,
		endLine: 110,
		headingPath: ['2023-10-18 Wed', 'Log'],
		images: [],
		links: ["https://github.com/carllerche/mini-raft", "https://youtu.be/aKLntZcp27M"],
		keywords: { Tokio: 1, Rust: 6, "C++": 1, CVEs: 1, Traits: 1, Lifetimes: 1 },
		notes: `+ (this is the guy who leads Tokio)
+ vast majority of Rust growth has been on the infra level
+ Rust is good for _high quality_ code
+ 70% of high-severity C++ CVEs are related to memory safety
+ Rust is not as productive, mostly because it's harder to learn
+ Less developed ecosystem
	+ because the lang was positioned for systems programming, a lot of libs are pointed to raw perf over usability
+ Rust can become easier to learn
+ Hard parts: Traits and Lifetimes
+ To make libs easier to use
	+ prefer enums over traits
	+ prefer values over lifetimes
		+ don't return references, clone them if you want
	+ prefer struct fields over accessors
	+ start by modeling data, not methods
		+ https://github.com/carllerche/mini-raft
	+ use indices for complex relationships
		+ https://youtu.be/aKLntZcp27M`,
	},
	{
		title: "Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???",
		speakers: ['Glauber Costa (Turso)', 'Carl Lerche (Tokio)', 'Jarred Sumner (BunJs)'],
		kind: 'panel',
		track: 'Threads',
		line: 111,
		endLine: 158,
		headingPath: ['2023-10-18 Wed', 'Log'],
		images: [],
		links: ["https://kristoff.it/blog/what-is-zig-comptime/"],
		keywords: { Rust: 13, "C++": 1, Zig: 13, Bun: 2, Java: 1, APIs: 1, Go: 1, Carl: 1, Tokio: 1, Comptime: 1, Cargo: 1, Turso: 1, JavaScript: 2 },
		notes: `+ Glauber Costa (Turso), Carl Lerche (Tokio), Jarred Sumner (BunJs)
+ carl
	+ started Rust for some high-perf code but did not want C++
	+ high productivity despite the borrow checker
+ jarred
	+ Zig for Bun
	+ Zig gives good low level control -- no hidden malloc
	+ tried using Rust, didn't find himself that productive
+ carl
	+ doesn't mind Java, finds it relaxing
	+ less ergonomic to write unsafe Rust as compared to other languages designed for that thing
	+ at a higher level, doesn't find himself dropping down to unsafe that often
	+ you can expose safe APIs on top of unsafe code
	+ there's definitely a learning curve
	+ jarred spent 2 weeks learning Rust, definitely takes longer than that.
+ glauber: wasn't aware of Zig when beginning to learn Rust. But the learning curve of Rust is high af.
+ carl
	+ even on complex low level code you very rarely need to handle unsafe yourself
	+ deno is built in Rust, have found success
+ jarred
	+ lifetime of the Bun package manager is difficult
	+ it's indexes into a large buffer -- lifetimes are super hard to manage
+ carl
	+ you can structure that kind of code, but you have to know how to do it
	+ minimizing / zero copy parsing and exposing in a way that is not painful takes experience
	+ do you want to leverage the borrow checker to enforce correctness? because generally correctness isn't optional -- you need to manage it yourself if your compiler doesn't
+ What ideas would you like to see the languages borrowed from each other?
	+ J: some amount of borrow checker would be good to have in Zig from Rust
		+ don't have many good safety features in Zig
		+ you can return a pointer to stack memory for e.g.
		+ some of that is because lang is new
		+ Zig borrowed defer from Go. difference in impl is that it's per-scope instead of per-function
		+ G: wish Zig had some kind of destructors
	+ C: Zig compiles a lot faster :)
		+ making unsafe code nicer to write
		+ Carl writes a lot more unsafe code than general because Tokio
	+ G: Cross compile would be good to have as good in Rust as it is in Zig
	+ G: https://kristoff.it/blog/what-is-zig-comptime/
		+ Compile time execution
	+ J: Comptime lets you evaluate arbitrary code at compile time
		+ Zig uses the same language to do this
	+ G: Cargo is the best thing about Rust
		+ J: Zig tooling is still immature
			+ recently shipped a package manager
			+ it'll get much better in 2-3 years
			+ not there yet
		+ G: the tooling is the main reason Turso picked Rust.`,
	},
	{
		title: "Ingesting in Rust",
		speakers: ['Armin Ronacher'],
		line: 159,
		endLine: 177,
		headingPath: ['2023-10-18 Wed', 'Log'],
		images: [],
		links: [],
		keywords: { Rust: 6, Sentry: 2, Python: 2, FFI: 1, PII: 1, Axum: 1, Serde: 1, Box: 1 },
		notes: `+ Rust at Sentry
	+ moved perf-intensive source maps to Rust, exposed to the regular code in Python
	+ good FFI between Rust and Python
+ Relay @ Sentry
	+ efficiently enforce quotas
	+ sampling
	+ metrics extraction
	+ PII stripping
	+ impl: Axum  + tokio + async/await
+ Serde issues
	+ in-band signalling
	+ low recursion depth
+ Rust issues
	+ Large error types
		+ if an error type is huge, memmove slows down every function
		+ put it in a \`Box\` for significant perf improve
	+ Accidental clones
+ `,
	},
];

/** The seed note's extract. */
export function seedExtract(): NoteExtract {
	return note(SEED_PATH, {
		date: '2023-10-18',
		conference: SEED_CONFERENCE,
		conferences: [{ name: SEED_CONFERENCE, line: 5, date: '2023-10-18' }],
		talks: TALKS,
	});
}
