import { Plugin } from 'obsidian';

/** Composition root: builds the services and registers them; nothing else lives here. */
export default class ConferenceTalksPlugin extends Plugin {
	async onload(): Promise<void> {
		await Promise.resolve();
	}
}
