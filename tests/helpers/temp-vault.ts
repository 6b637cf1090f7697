/** A throwaway vault folder per test, with a writer for its notes; removed after each test. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The current test's vault; `root` is the vault, `base` the folder around it (for things outside the vault). */
export interface TempVault {
	readonly base: string;
	readonly root: string;
	/** Writes a file at a vault-relative path, creating its folders. */
	write(relative: string, content: string | Uint8Array): void;
}

/** Registers beforeEach/afterEach hooks and returns a getter for the current test's vault. */
export function useTempVault(prefix: string): () => TempVault {
	let current: TempVault | null = null;
	beforeEach(() => {
		const base = mkdtempSync(path.join(tmpdir(), prefix));
		const root = path.join(base, 'vault');
		mkdirSync(root);
		current = {
			base,
			root,
			write(relative, content) {
				const full = path.join(root, relative);
				mkdirSync(path.dirname(full), { recursive: true });
				writeFileSync(full, content);
			},
		};
	});
	afterEach(() => {
		if (current) rmSync(current.base, { recursive: true, force: true });
		current = null;
	});
	return () => {
		if (!current) throw new Error('useTempVault: no vault outside a test');
		return current;
	};
}
