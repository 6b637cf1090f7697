/**
 * Version of what `parseNote` produces. Bump it whenever the parser's output for
 * the same note and settings can change (a new rule, a fixed bug, a new record
 * field): cached records of another version are parsed again. It is deliberately
 * not the plugin version, so a release that leaves the parser alone keeps the cache.
 */
export const PARSER_SCHEMA_VERSION = 2;
