/** The shape of shared/fixtures/expected/seed.json: what the index must make of the seed note. */
import { readFileSync } from 'node:fs';

/** One talk as seed.json lists it (`line` only where it is listed). */
export interface ExpectedTalk {
	title: string;
	speakers: string[];
	kind: string;
	track?: string;
	conference: string;
	date: string;
	line?: number;
	images: number;
	links: number;
}

/** The whole expectations file. */
export interface SeedExpected {
	conferences: Array<{ name: string; dates: string[]; talks: number }>;
	talks: ExpectedTalk[];
	speakers: Array<{ name: string; talks: number; affiliations?: string[] }>;
	topics: Record<string, string[]>;
}

/** Reads an expectations file (the shared one, or the repository's copy). */
export function readSeedExpected(path: string): SeedExpected {
	return JSON.parse(readFileSync(path, 'utf8')) as SeedExpected;
}
