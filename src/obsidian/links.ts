/**
 * `obsidian://conference-talks?...` links. Everything a link says is untrusted: parseTalksUri
 * checks it, names and ids are only looked up in the index, and the only note a link can open is
 * one that holds an indexed talk (its path comes from the index, never from the link). A link
 * that is malformed or names nothing known shows a Notice and does nothing else.
 */
import { Notice, type App, type Plugin } from 'obsidian';
import type { TalkFilters, TalkIndexApi } from '../core/index/index-api';
import { resolveTalkId } from '../core/index/selectors';
import { parseTalksUri, TALKS_URI_ACTION, type TalksUriAction } from '../core/links';
import { revealExplorer } from '../ui/reveal-explorer';
import type { IndexStatus } from './index-status';
import { openTalk } from './navigate';

/** What the link handler needs from the services. */
export interface LinkServices {
	readonly index: TalkIndexApi;
	readonly indexer: {
		readonly status: IndexStatus;
		onStatusChange(listener: (status: IndexStatus) => void): () => void;
	};
}

/** Longest wait for the first index before a link is answered (a link can start Obsidian). */
export const LINK_INDEX_WAIT_MS = 30_000;

/** Registers the `conference-talks` protocol handler. */
export function registerTalkLinks(plugin: Plugin, services: LinkServices): void {
	plugin.registerObsidianProtocolHandler(TALKS_URI_ACTION, (params) => void handleTalksUri(plugin.app, services, params));
}

/** Answers one link: opens the talk or the filtered explorer, or explains in a Notice why not. */
export async function handleTalksUri(app: App, services: LinkServices, params: unknown): Promise<void> {
	const parsed = parseTalksUri(params);
	if (!parsed.ok) {
		new Notice(`Conference talks: ${parsed.reason}`);
		return;
	}
	// Clicking a link may be what started Obsidian: wait for the first index, or ids look unknown.
	await indexReady(services.indexer, LINK_INDEX_WAIT_MS);
	const problem = await follow(app, services.index, parsed.action);
	if (problem) new Notice(`Conference talks: ${problem}`);
}

/** Follows a valid link; returns a problem to show, or undefined when done. */
async function follow(app: App, index: TalkIndexApi, action: TalksUriAction): Promise<string | undefined> {
	if (action.kind === 'talk') {
		const id = resolveTalkId(index, action.id);
		const talk = id === undefined ? undefined : index.talk(id);
		if (!talk) return `No talk with the id "${action.id}" in your notes. It may have been deleted, or its title changed too much to be recognised.`;
		await openTalk(app, talk);
		return undefined;
	}
	const filters: { speakers?: string[]; topics?: string[]; conferences?: string[] } = {};
	if (action.speaker !== undefined) {
		const speaker = index.speaker(action.speaker) ?? index.speakerByName(action.speaker);
		if (!speaker) return `No speaker "${action.speaker}" in your notes.`;
		filters.speakers = [speaker.id];
	}
	if (action.topic !== undefined) {
		const topic = index.topic(action.topic) ?? index.topicByName(action.topic);
		if (!topic) return `No topic "${action.topic}" in your notes.`;
		filters.topics = [topic.id];
	}
	if (action.conference !== undefined) {
		const conference = index.conference(action.conference) ?? index.conferenceByName(action.conference);
		if (!conference) return `No conference "${action.conference}" in your notes.`;
		filters.conferences = [conference.id];
	}
	const shown: TalkFilters = filters;
	await revealExplorer(app, action.query !== undefined ? { filters: shown, query: action.query } : { filters: shown });
	return undefined;
}

/** Resolves once the indexer is ready (or failed, or `timeoutMs` passed): never rejects. */
export function indexReady(indexer: LinkServices['indexer'], timeoutMs: number): Promise<void> {
	const settled = (status: IndexStatus) => status.state === 'ready' || status.state === 'error';
	if (settled(indexer.status)) return Promise.resolve();
	return new Promise((resolve) => {
		let off: () => void = () => {};
		const done = () => {
			window.clearTimeout(timer);
			off();
			resolve();
		};
		const timer = window.setTimeout(done, timeoutMs);
		off = indexer.onStatusChange((status) => {
			if (settled(status)) done();
		});
	});
}
