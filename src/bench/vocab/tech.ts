/**
 * Technical vocabulary for talk titles and notes. Proper nouns (`TECH`) recur across
 * talks, so automatic keywords have something real to find; `CONCEPTS` are the
 * lowercase phrases that fill sentences.
 */

/** Named technologies: the proper nouns a keyword extractor should pick up. */
export const TECH: readonly string[] = [
	'Rust', 'Go', 'Zig', 'C++', 'Java', 'Kotlin', 'Python', 'TypeScript', 'JavaScript', 'Erlang', 'Elixir',
	'Haskell', 'OCaml', 'Scala', 'Swift', 'WebAssembly', 'WASI', 'Kafka', 'Redpanda', 'Pulsar', 'Postgres',
	'SQLite', 'libSQL', 'MySQL', 'Redis', 'ScyllaDB', 'Cassandra', 'ClickHouse', 'DuckDB', 'FoundationDB',
	'CockroachDB', 'TiKV', 'RocksDB', 'Arrow', 'Parquet', 'Iceberg', 'Flink', 'Spark', 'Kubernetes', 'Nomad',
	'Envoy', 'Istio', 'Linkerd', 'eBPF', 'io_uring', 'Linux', 'FreeBSD', 'LLVM', 'GraalVM', 'Tokio', 'Rayon',
	'Axum', 'Serde', 'Diesel', 'SQLx', 'Deno', 'Bun', 'Node.js', 'React', 'Svelte', 'htmx', 'OpenTelemetry',
	'Prometheus', 'Grafana', 'Jaeger', 'Zipkin', 'Honeycomb', 'Terraform', 'Nix', 'Bazel', 'Cargo', 'gRPC',
	'GraphQL', 'QUIC', 'HTTP/3', 'TLS', 'Raft', 'Paxos', 'CRDTs', 'Datalog', 'Lean', 'TLA+', 'Jepsen',
	'Firecracker', 'gVisor', 'Wasmtime', 'Spin', 'Temporal', 'NATS', 'ZeroMQ', 'Cap\'n Proto', 'Protobuf',
];

/** Lowercase concepts that fill titles and bullets. */
export const CONCEPTS: readonly string[] = [
	'tail latency', 'backpressure', 'observability', 'memory safety', 'garbage collection', 'type systems',
	'incremental compilation', 'query planning', 'lock contention', 'cache locality', 'shard-per-core design',
	'async runtimes', 'zero-copy parsing', 'schema migrations', 'on-call', 'chaos engineering', 'load shedding',
	'rate limiting', 'consensus', 'replication', 'change data capture', 'event sourcing', 'stream processing',
	'batch jobs', 'feature flags', 'canary deploys', 'supply chain security', 'fuzzing', 'property testing',
	'formal methods', 'flaky tests', 'build caching', 'cold starts', 'edge computing', 'serverless', 'SIMD',
	'vectorized execution', 'columnar storage', 'compaction', 'write amplification', 'tracing', 'profiling',
	'flame graphs', 'capacity planning', 'error budgets', 'incident reviews', 'developer experience',
	'API design', 'backwards compatibility', 'data modelling', 'local-first software', 'sync engines',
	'accessibility', 'team topologies', 'platform engineering', 'technical debt', 'code review', 'mentoring',
];

/** Topics written as wikilinks in notes (papers, tools, ideas): none is a person or a conference. */
export const LINK_TOPICS: readonly string[] = [
	'Dapper', 'USE method', 'RED method', 'Little\'s law', 'Amdahl\'s law', 'CAP theorem', 'PACELC',
	'Bloom filters', 'LSM trees', 'B-trees', 'Hybrid logical clocks', 'Vector clocks', 'Two-phase commit',
	'Sagas', 'Circuit breakers', 'Bulkheads', 'Coordinated omission', 'HdrHistogram', 'Seastar',
	'Thread-per-core', 'Work stealing', 'Structured concurrency', 'Borrow checker', 'Arena allocation',
];

/** Hashtags people add to talk notes (`#conference` is never one of them). */
export const TAGS: readonly string[] = [
	'rust', 'databases', 'performance', 'observability', 'til', 'idea', 'todo/watch', 'distributed-systems',
	'security', 'frontend', 'devex', 'testing', 'career', 'wasm', 'kubernetes', 'ml', 'networking',
];

/** The settings topic list written into the vault's plugin data (aliases on the left). */
export const TOPIC_LIST = [
	'k8s, kube => Kubernetes',
	'postgresql, pg => Postgres',
	'otel => OpenTelemetry',
	'wasm => WebAssembly',
	'observability',
	'memory safety',
	'eBPF',
].join('\n');

/** Terms the topic list's aliases stand for, used in notes so the aliases occur. */
export const TOPIC_ALIASES: readonly string[] = ['k8s', 'kube', 'pg', 'postgresql', 'otel', 'wasm'];
