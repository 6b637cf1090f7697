/** Which notes a folder event or a scan concerns, found by walking the vault or the indexed paths. */
import { type MetadataCache, TFile, TFolder } from 'obsidian';

/** The markdown files anywhere under `folder` (a renamed folder's notes, which get no events of their own). */
export function markdownUnder(folder: TFolder): TFile[] {
	const out: TFile[] = [];
	for (const child of folder.children) {
		if (child instanceof TFolder) out.push(...markdownUnder(child));
		else if (child instanceof TFile && child.extension === 'md') out.push(child);
	}
	return out;
}

/** The paths that lie under the folder at `folder` (a deleted or renamed folder's indexed notes). */
export function pathsUnder(paths: readonly string[], folder: string): string[] {
	const prefix = `${folder}/`;
	return paths.filter((p) => p.startsWith(prefix));
}

/**
 * Guesses a person note before it is parsed, from its folder or its front matter's `type`,
 * so the scan can parse person notes first (see `personNotesFirst`).
 */
export function likelyPersonNote(peopleFolder: string, metadataCache: Pick<MetadataCache, 'getFileCache'>): (file: TFile) => boolean {
	const prefix = `${peopleFolder.replace(/\/+$/, '')}/`;
	return (f) => (prefix !== '/' && f.path.startsWith(prefix)) || metadataCache.getFileCache(f)?.frontmatter?.type === 'person';
}
