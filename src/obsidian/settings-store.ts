import { mergeSettings, type TalksSettings } from '../core/settings';

/** The plugin's settings as the services see them: read, update (saved), and a change signal. */
export interface SettingsStore {
	/** The current settings (a frozen snapshot; never mutate). */
	get(): TalksSettings;
	/** Applies a change, saves it and tells every listener. */
	update(patch: Partial<TalksSettings>): Promise<void>;
	/** Calls `listener(next, previous)` after every change; returns the unsubscribe function. */
	onChange(listener: (next: TalksSettings, previous: TalksSettings) => void): () => void;
	/** Replaces the settings with stored data (another device synced data.json), without saving. */
	reload(stored: unknown): void;
}

/**
 * A settings store over `loadData`/`saveData`. Updates go through `mergeSettings`, so a bad
 * value (wrong type, out of range) falls back to its default instead of reaching the services.
 */
export class PluginSettingsStore implements SettingsStore {
	private current: TalksSettings;
	private readonly listeners = new Set<(next: TalksSettings, previous: TalksSettings) => void>();

	/** @param save persists the settings (the plugin's `saveData`). */
	constructor(initial: TalksSettings, private readonly save: (settings: TalksSettings) => Promise<void>) {
		this.current = Object.freeze({ ...initial });
	}

	get(): TalksSettings {
		return this.current;
	}

	async update(patch: Partial<TalksSettings>): Promise<void> {
		this.apply(mergeSettings({ ...this.current, ...patch }));
		await this.save(this.current);
	}

	onChange(listener: (next: TalksSettings, previous: TalksSettings) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	reload(stored: unknown): void {
		this.apply(mergeSettings(stored));
	}

	private apply(next: TalksSettings): void {
		const previous = this.current;
		if (sameSettings(previous, next)) return;
		this.current = Object.freeze(next);
		for (const listener of [...this.listeners]) {
			try {
				listener(this.current, previous);
			} catch (error) {
				console.error('Conference talks: a settings listener failed', error);
			}
		}
	}
}

function sameSettings(a: TalksSettings, b: TalksSettings): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
