/** `TAbstractFile`, `TFile`, `TFolder`: the vault's file objects (identity stays the same across renames). */
import type { Vault } from './vault';

/** Base of files and folders. */
export abstract class TAbstractFile {
	vault!: Vault;
	path = '';
	name = '';
	parent: TFolder | null = null;
}

/** A file: `basename` and `extension` follow the name. */
export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	basename = '';
	extension = '';
}

/** A folder; the root has path `/` and name ''. */
export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.parent === null;
	}
}

/** Sets path, name and (for files) basename/extension from a vault path. */
export function setFilePath(file: TAbstractFile, path: string): void {
	file.path = path;
	file.name = path.includes('/') ? path.slice(path.lastIndexOf('/') + 1) : path;
	if (file instanceof TFile) {
		const dot = file.name.lastIndexOf('.');
		file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
		file.extension = dot > 0 ? file.name.slice(dot + 1) : '';
	}
}

/** The folder part of a path ('' for the root). */
export function parentPath(path: string): string {
	const i = path.lastIndexOf('/');
	return i < 0 ? '' : path.slice(0, i);
}
