/** Pure decisions of the first scan: which cached records still hold, and in which order to parse. */
import type { TFile } from 'obsidian';
import type { CachedRecord } from './record-cache';

/** Cached records that still describe their file, and cached paths whose file is gone. */
export function reusableRecords(files: readonly TFile[], records: ReadonlyMap<string, CachedRecord>, keyOf: (path: string) => string): { hits: CachedRecord[]; gone: string[] } {
	const present = new Set(files.map((f) => f.path));
	const gone = [...records.keys()].filter((path) => !present.has(path));
	const hits: CachedRecord[] = [];
	for (const file of files) {
		const r = records.get(file.path);
		// mtime and size catch edits made while Obsidian was closed; the key catches settings and scope changes.
		if (r && r.mtime === file.stat.mtime && r.size === file.stat.size && r.key === keyOf(file.path)) hits.push(r);
	}
	return { hits, gone };
}

/** Likely person notes first, so fewer talk notes have to be parsed a second time. */
export function personNotesFirst(files: readonly TFile[], likelyPerson: (file: TFile) => boolean): TFile[] {
	const first: TFile[] = [];
	const rest: TFile[] = [];
	for (const f of files) (likelyPerson(f) ? first : rest).push(f);
	return [...first, ...rest];
}
