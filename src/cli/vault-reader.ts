/**
 * Reads a vault folder from disk for the CLI, strictly read-only. Every path it
 * opens is resolved with `realpath` and must stay inside the vault, so a symlink
 * can never lead the tool to read (or report) files elsewhere on the machine.
 * Problems become diagnostics (line 0: the whole file), never exceptions.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../core/model';

/** Obsidian's config folder; never scanned for notes. */
export const CONFIG_DIR = '.obsidian';

/** Notes larger than this are skipped: a multi-hundred-megabyte "note" is a mistake, not notes. */
export const MAX_NOTE_BYTES = 32 * 1024 * 1024;

/** Folders that never hold notes (besides every dot-folder such as `.obsidian` and `.trash`). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** The vault's root as an absolute real path, the anchor of every containment check. */
export async function vaultRealRoot(root: string): Promise<string> {
	return fs.realpath(path.resolve(root));
}

/**
 * Vault-relative paths (`/`-separated, sorted) of every `.md` note under `realRoot`.
 * Dot-folders and `node_modules` are skipped. Symlinked notes inside the vault are
 * listed under the link's path; symlinked folders are not entered (what they hold
 * inside the vault is walked at its real place, and this rules out cycles);
 * symlinks leading out of the vault are reported and not followed.
 */
export async function listNotes(realRoot: string, diagnostics: Diagnostic[]): Promise<string[]> {
	const notes: string[] = [];
	const pending = [realRoot];
	for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
		let entries;
		try {
			entries = await fs.readdir(dir, { withFileTypes: true });
		} catch (error) {
			diagnostics.push(fileProblem(relativePath(realRoot, dir) || '.', `cannot read folder: ${errorText(error)}`));
			continue;
		}
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
			} else if (entry.isFile()) {
				if (isMarkdown(entry.name)) notes.push(relativePath(realRoot, full));
			} else if (entry.isSymbolicLink() && isMarkdown(entry.name)) {
				const target = await resolveInside(realRoot, full, diagnostics);
				if (target !== undefined && (await isFile(target))) notes.push(relativePath(realRoot, full));
			}
		}
	}
	return notes.sort();
}

/** The text of one note, or undefined (with a diagnostic) when it cannot be read as text. */
export async function readNote(realRoot: string, notePath: string, diagnostics: Diagnostic[]): Promise<string | undefined> {
	const bytes = await readInside(realRoot, notePath, diagnostics, MAX_NOTE_BYTES);
	return bytes === undefined ? undefined : decodeNote(notePath, bytes, diagnostics);
}

/**
 * Reads a vault-relative file that must resolve inside the vault. A missing file
 * is silently undefined (optional config files); any other failure is a diagnostic.
 */
export async function readInside(realRoot: string, relative: string, diagnostics: Diagnostic[], maxBytes: number): Promise<Buffer | undefined> {
	const full = path.join(realRoot, ...relative.split('/'));
	let target: string;
	try {
		target = await fs.realpath(full);
	} catch (error) {
		if (isMissing(error)) {
			// A dangling symlink is worth reporting; a file that is simply absent is not.
			if (await isSymlink(full)) diagnostics.push(fileProblem(relative, 'broken symlink; skipped'));
			return undefined;
		}
		diagnostics.push(fileProblem(relative, `cannot read: ${errorText(error)}`));
		return undefined;
	}
	if (!isWithin(realRoot, target)) {
		diagnostics.push(fileProblem(relative, 'symlink leads outside the vault; not followed'));
		return undefined;
	}
	try {
		const stat = await fs.stat(target);
		if (!stat.isFile()) {
			diagnostics.push(fileProblem(relative, 'not a regular file; skipped'));
			return undefined;
		}
		if (stat.size > maxBytes) {
			diagnostics.push(fileProblem(relative, `file is ${Math.round(stat.size / 1048576)} MB, over the ${Math.round(maxBytes / 1048576)} MB limit; skipped`));
			return undefined;
		}
		return await fs.readFile(target);
	} catch (error) {
		diagnostics.push(fileProblem(relative, `cannot read: ${errorText(error)}`));
		return undefined;
	}
}

/**
 * Bytes to text. NUL bytes mean a binary file (skipped). Invalid UTF-8 is most
 * likely a note saved as Windows-1252 by an older editor, so it is read that way
 * (and reported) rather than lost. A UTF-8 BOM is dropped.
 */
export function decodeNote(notePath: string, bytes: Uint8Array, diagnostics: Diagnostic[]): string | undefined {
	if (bytes.includes(0)) {
		diagnostics.push(fileProblem(notePath, 'binary content (NUL bytes), not a text note; skipped'));
		return undefined;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		diagnostics.push(fileProblem(notePath, 'not valid UTF-8; read as Windows-1252'));
		return decodeWindows1252(bytes);
	}
}

/**
 * Windows-1252's 0x80-0x9F, which differ from Latin-1; the five unassigned bytes keep
 * their C1 code point, as the WHATWG decoder does. (Node's `TextDecoder('windows-1252')`
 * decodes plain Latin-1 and would turn `€` into a control character.)
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes to text. */
function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
	return out;
}

/** A diagnostic about a whole file. */
export function fileProblem(file: string, message: string): Diagnostic {
	return { file, line: 0, message };
}

/** The real target of a symlink when it stays inside the vault; reports it otherwise. */
async function resolveInside(realRoot: string, link: string, diagnostics: Diagnostic[]): Promise<string | undefined> {
	const relative = relativePath(realRoot, link);
	try {
		const target = await fs.realpath(link);
		if (isWithin(realRoot, target)) return target;
		diagnostics.push(fileProblem(relative, 'symlink leads outside the vault; not followed'));
	} catch {
		diagnostics.push(fileProblem(relative, 'broken symlink; skipped'));
	}
	return undefined;
}

function isWithin(realRoot: string, target: string): boolean {
	const relative = path.relative(realRoot, target);
	return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function relativePath(realRoot: string, full: string): string {
	return path.relative(realRoot, full).split(path.sep).join('/');
}

function isMarkdown(name: string): boolean {
	return name.toLowerCase().endsWith('.md');
}

async function isFile(target: string): Promise<boolean> {
	try {
		return (await fs.stat(target)).isFile();
	} catch {
		return false;
	}
}

async function isSymlink(full: string): Promise<boolean> {
	try {
		return (await fs.lstat(full)).isSymbolicLink();
	} catch {
		return false;
	}
}

function isMissing(error: unknown): boolean {
	return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

function errorText(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'string') return code;
	return error instanceof Error ? error.message : String(error);
}
