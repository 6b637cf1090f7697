/**
 * Parser throughput over every note, against the floor any line parser pays on the
 * same bytes in the same run: a bare line scan (`split` + one regex per line).
 */
import type { PeopleDirectory } from '../core/parse/parse-context';
import { parseNote } from '../core/parse/parse-note';
import { type Figure, interleavedMedians } from './stats';
import type { VaultNotes } from './vault-notes';

/** Throughputs in MB/s (1 MB = 10^6 bytes of UTF-8) with the median run times behind them. */
export interface Throughput {
	readonly parseMs: Figure;
	readonly lineScanMs: Figure;
	readonly parseMBps: number;
	readonly lineScanMBps: number;
	/** Talks the parser found in one pass (a sanity check that it did the work). */
	readonly talks: number;
	/** List items the line scan matched in one pass (keeps its work observable). */
	readonly listItems: number;
}

/** A list item at any depth: the one regex of the line-scan baseline. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.*)$/;

/** Parses every note `runs` times with a filled person directory; line-scans the same texts as often. */
export function measureThroughput(notes: VaultNotes, people: PeopleDirectory, bytes: number, runs: number): Throughput {
	const context = { ...notes.context, people };
	let talks = 0;
	let listItems = 0;
	// In turns, so the ratio of the two compares runs made in the same phase of the machine.
	const [parseMs, lineScanMs] = interleavedMedians(runs, [
		() => {
			talks = 0;
			for (const input of notes.inputs) talks += parseNote(input, context).talks.length;
		},
		() => {
			listItems = 0;
			for (const input of notes.inputs) {
				for (const line of input.text.split(/\r?\n/)) {
					if (LIST_ITEM.exec(line)) listItems++;
				}
			}
		},
	]);
	const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);
	return { parseMs, lineScanMs, parseMBps: mbps(parseMs.value), lineScanMBps: mbps(lineScanMs.value), talks, listItems };
}
