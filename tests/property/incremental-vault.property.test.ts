/**
 * @jest-environment jsdom
 */
/**
 * Incremental equals rebuild, for the plugin as it runs: random sequences of note creates,
 * edits, renames (into and out of the daily folder), deletes and settings changes are applied
 * to the fake vault while the real indexer follows them. After each sequence the live index
 * must equal a fresh full index of the final vault (records, speakers, topics, conferences,
 * problems, search results), and a restart from the IndexedDB cache must give the same again,
 * without reading an unchanged note. `FUZZ_RUNS` sets the number of sequences.
 */
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import type { TalksSettings } from '../../src/core/settings';
import { createFakeApp } from '../fakes/app';
import { PATHS, noteText, settingsPatch } from './vault-notes';
import { DAILY_CONFIG, endSession, freshSession, observe, settle, startSession, type Session } from './vault-session';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
jest.setTimeout(Math.max(60_000, RUNS * 2_000));

/** What the vault should hold. */
interface Model {
	readonly files: Map<string, string>;
	settings: Partial<TalksSettings>;
}

type Command = fc.AsyncCommand<Model, Session>;

/** How much the runs exercised, so a generator that stopped producing work shows up. */
const seen = { commands: 0, talks: 0, renames: 0, settings: 0 };


class CreateNote implements Command {
	constructor(readonly path: string, readonly text: string) {}
	check = (m: Readonly<Model>) => !m.files.has(this.path);
	async run(m: Model, s: Session): Promise<void> {
		seen.commands++;
		await s.app.vault.create(this.path, this.text);
		m.files.set(this.path, this.text);
		await settle(s);
	}
	toString = () => `create ${this.path} ${JSON.stringify(this.text)}`;
}

class EditNote implements Command {
	constructor(readonly path: string, readonly text: string) {}
	check = (m: Readonly<Model>) => m.files.has(this.path);
	async run(m: Model, s: Session): Promise<void> {
		seen.commands++;
		await s.app.vault.modify(s.app.vault.getFileByPath(this.path)!, this.text);
		m.files.set(this.path, this.text);
		await settle(s);
	}
	toString = () => `edit ${this.path} ${JSON.stringify(this.text)}`;
}

class RenameNote implements Command {
	constructor(readonly from: string, readonly to: string) {}
	check = (m: Readonly<Model>) => m.files.has(this.from) && !m.files.has(this.to);
	async run(m: Model, s: Session): Promise<void> {
		seen.commands++;
		seen.renames++;
		await s.app.vault.rename(s.app.vault.getFileByPath(this.from)!, this.to);
		m.files.set(this.to, m.files.get(this.from)!);
		m.files.delete(this.from);
		await settle(s);
	}
	toString = () => `rename ${this.from} -> ${this.to}`;
}

class DeleteNote implements Command {
	constructor(readonly path: string) {}
	check = (m: Readonly<Model>) => m.files.has(this.path);
	async run(m: Model, s: Session): Promise<void> {
		seen.commands++;
		await s.app.vault.adapter.remove(this.path);
		m.files.delete(this.path);
		await settle(s);
	}
	toString = () => `delete ${this.path}`;
}

class ChangeSettings implements Command {
	constructor(readonly patch: Partial<TalksSettings>) {}
	check = () => true;
	async run(m: Model, s: Session): Promise<void> {
		seen.commands++;
		seen.settings++;
		await s.settings.update(this.patch);
		m.settings = { ...m.settings, ...this.patch };
		await settle(s);
	}
	toString = () => `settings ${JSON.stringify(this.patch)}`;
}

// Daily notes more often than the rest, so most sequences hold talks to compare.
const path = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PATHS.filter((p) => p.startsWith('Daily/'))) }, { weight: 4, arbitrary: fc.constantFrom(...PATHS) });
const commands = [
	fc.tuple(path, noteText).map(([p, text]) => new CreateNote(p, text)),
	fc.tuple(path, noteText).map(([p, text]) => new EditNote(p, text)),
	fc.tuple(path, path).map(([from, to]) => new RenameNote(from, to)),
	path.map((p) => new DeleteNote(p)),
	settingsPatch.map((patch) => new ChangeSettings(patch)),
];

const startingVault = fc.dictionary(path, noteText, { minKeys: 2, maxKeys: 6, size: 'max' });

let warn: jest.SpyInstance;
beforeAll(() => {
	// The fresh sessions run without a cache and say so; that is expected here.
	warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => warn.mockRestore());

describe('the live index after any sequence of vault changes', () => {
	it('equals a fresh full index of the final vault, and a restart from the cache gives the same', async () => {
		await fc.assert(
			fc.asyncProperty(startingVault, fc.commands(commands, { maxCommands: 10, size: 'max' }), async (initial, sequence) => {
				const factory = new IDBFactory();
				const app = createFakeApp({ ...initial }, { config: DAILY_CONFIG });
				await app.layoutReady();
				const live = await startSession(app, {}, factory);
				const model: Model = { files: new Map(Object.entries(initial)), settings: {} };
				await fc.asyncModelRun(() => ({ model, real: live }), sequence);
				await settle(live);
				seen.talks += live.index.talks().length;

				const fresh = await freshSession(Object.fromEntries(model.files), model.settings);
				const expected = observe(fresh.index);
				await endSession(fresh);
				expect(observe(live.index)).toEqual(expected);

				await endSession(live);
				const readsBefore = app.vault.readStats.count;
				const restarted = await startSession(app, model.settings, factory);
				expect(observe(restarted.index)).toEqual(expected);
				// Every note came from the cache: none changed since the last session wrote it.
				expect(app.vault.readStats.count - readsBefore).toBe(0);
				await endSession(restarted);
			}),
			{ numRuns: RUNS, seed: 20_240_601, endOnFailure: true },
		);
		// The runs did real work: commands ran (renames and settings among them) and talks were indexed.
		expect(seen.commands).toBeGreaterThan(RUNS);
		expect(seen.renames).toBeGreaterThan(0);
		expect(seen.settings).toBeGreaterThan(0);
		expect(seen.talks).toBeGreaterThan(RUNS);
	});
});
