/** Writes the hostile vault to a temporary folder, symlinks included, and snapshots folders byte for byte. */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { HostileVault } from './hostile-vault';

/** Where a vault was written, and what it holds besides the notes. */
export interface VaultOnDisk {
	readonly base: string;
	readonly vault: string;
	/** Symlinks made inside the vault, with the diagnostic each must give (or null for none). */
	readonly links: Readonly<Record<string, RegExp | null>>;
	/** Talk titles that live only outside the vault. */
	readonly outsideTitles: readonly string[];
}

/** Writes `hostile` under a new temporary folder, with symlinks that lead out of it, loop and dangle. */
export function writeVault(hostile: HostileVault): VaultOnDisk {
	const base = mkdtempSync(path.join(tmpdir(), 'talks-hostile-'));
	const vault = path.join(base, 'vault');
	const outside = path.join(base, 'outside');
	mkdirSync(vault);
	mkdirSync(outside);
	for (const [relative, content] of Object.entries(hostile.files)) {
		const full = path.join(vault, ...relative.split('/'));
		mkdirSync(path.dirname(full), { recursive: true });
		writeFileSync(full, content);
	}
	writeFileSync(path.join(outside, '2024-03-01.md'), '[[Secret Conf]]\n- Secret Outside Talk ~ Eve Mallory\n\t- x\n');
	symlinkSync(path.join(outside, '2024-03-01.md'), path.join(vault, '2024-03-01.md'));
	symlinkSync(outside, path.join(vault, 'Outside'));
	symlinkSync(vault, path.join(vault, 'Loop'));
	symlinkSync(path.join(base, 'missing.md'), path.join(vault, '2024-03-02.md'));
	return {
		base,
		vault,
		links: { '2024-03-01.md': /symlink leads outside the vault/, '2024-03-02.md': /broken symlink/, Outside: null, Loop: null },
		outsideTitles: ['Secret Outside Talk', 'Secret Conf'],
	};
}

/** Every entry under `root` (symlinks not followed) with its kind, mode, mtime and content hash. */
export function snapshot(root: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = path.join(dir, name);
			const stat = lstatSync(full);
			const key = path.relative(root, full);
			if (stat.isSymbolicLink()) out[key] = `link ${readlinkSync(full)}`;
			else if (stat.isDirectory()) {
				out[key] = `dir ${stat.mode} ${stat.mtimeMs}`;
				walk(full);
			} else out[key] = `file ${stat.mode} ${stat.mtimeMs} ${stat.size} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
		}
	};
	walk(root);
	return out;
}
