/**
 * `MetadataCache`: re-parses a file on a later task after each write (Obsidian's worker is
 * asynchronous), then fires `changed (file, data, cache)` and, once the queue is empty, `resolved`.
 * Deletions fire `deleted (file, prevCache)`. Renames move the cache and fire nothing (as in Obsidian).
 */
import type { CachedMetadata } from 'obsidian';
import { Events } from './events';
import { TFile } from './files';
import { computeMetadata } from './metadata-parse';
import { getLinkpath } from './misc';
import type { TaskQueue } from './task-queue';
import type { Vault, VaultChange } from './vault';

/** The metadata cache. */
export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private caches = new Map<string, CachedMetadata>();
	private dirty = new Set<TFile>();

	constructor(private readonly vault: Vault, private readonly queue: TaskQueue) {
		super();
		for (const f of vault.getMarkdownFiles()) this.parseNow(f);
		this.resolveAll();
		vault._onChange = (change) => this.onVaultChange(change);
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** Resolves a link path as Obsidian does: exact path (with or without `.md`), then the file name anywhere, nearest to the source first. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = getLinkpath(linkpath);
		if (!path) return this.vault.getFileByPath(sourcePath);
		const exact = this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
		if (exact) return exact;
		const sourceDir = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1) : '';
		const relative = this.vault.getFileByPath(sourceDir + path) ?? this.vault.getFileByPath(`${sourceDir + path}.md`);
		if (relative) return relative;
		const want = path.toLowerCase();
		const candidates = this.vault.getFiles().filter((f) => {
			const full = f.path.toLowerCase();
			const name = f.name.toLowerCase();
			const base = f.extension === 'md' ? f.basename.toLowerCase() : name;
			return name === want || base === want || full.endsWith(`/${want}`) || full.endsWith(`/${want}.md`);
		});
		candidates.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
		return candidates[0] ?? null;
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const unique = this.vault.getFiles().filter((f) => f.name === file.name).length === 1;
		const base = unique ? file.name : file.path;
		return omitMdExtension && file.extension === 'md' ? base.slice(0, -3) : base;
	}

	private onVaultChange(change: VaultChange): void {
		if (change.kind === 'delete') {
			const prev = this.caches.get(change.file.path) ?? null;
			this.caches.delete(change.file.path);
			this.dirty.delete(change.file);
			delete this.resolvedLinks[change.file.path];
			delete this.unresolvedLinks[change.file.path];
			this.trigger('deleted', change.file, prev);
			return;
		}
		if (change.kind === 'rename') {
			const cache = this.caches.get(change.oldPath);
			this.caches.delete(change.oldPath);
			if (cache) this.caches.set(change.file.path, cache);
			this.resolveAll();
			return;
		}
		if (change.file.extension !== 'md') return;
		this.dirty.add(change.file);
		this.queue.schedule(() => this.processDirty(change.file));
	}

	private processDirty(file: TFile): void {
		if (!this.dirty.delete(file)) return;
		const data = this.vault._content(file.path);
		if (data === undefined) return;
		const cache = this.parseNow(file);
		this.trigger('changed', file, data, cache);
		this.resolveAll();
		this.trigger('resolve', file);
		if (this.dirty.size === 0) this.trigger('resolved');
	}

	private parseNow(file: TFile): CachedMetadata {
		const cache = computeMetadata(this.vault._content(file.path) ?? '');
		this.caches.set(file.path, cache);
		return cache;
	}

	private resolveAll(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const [path, cache] of this.caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
				const dest = this.getFirstLinkpathDest(ref.link, path);
				const bucket = dest ? resolved : unresolved;
				const key = dest ? dest.path : getLinkpath(ref.link);
				bucket[key] = (bucket[key] ?? 0) + 1;
			}
			this.resolvedLinks[path] = resolved;
			this.unresolvedLinks[path] = unresolved;
		}
	}
}
