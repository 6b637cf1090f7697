/** jsdom lacks a few browser APIs the plugin and its libraries use; fill them in for tests. */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoder;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoder;
if (typeof g.structuredClone === 'undefined') {
	g.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}
