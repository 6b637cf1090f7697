/**
 * The plugin's commands. Ids are stable (links to them live in hotkey settings) and carry no
 * plugin id; names are sentence case; none has a default hotkey. Only `add-talk-id` writes, and
 * only the one talk line, through the Editor API.
 */
import { Notice, type App, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin } from 'obsidian';
import type { TalkIndexApi } from '../core/index/index-api';
import { conferenceTalks, speakerTalks, topicTalks } from '../core/index/selectors';
import { talkMarkdownLink } from '../core/links';
import type { Talk } from '../core/model';
import { lineBlockId, newBlockId } from '../core/talk-block-id';
import { talkAtCursor } from '../editor/talk-at-cursor';
import { conferenceItems, speakerItems, talkItems, topicItems, type PickerItem } from '../ui/pickers/picker-items';
import { PickerModal } from '../ui/pickers/picker-modal';
import { revealExplorer } from '../ui/reveal-explorer';
import { openTalk } from './navigate';

/** What the commands need from the services. */
export interface CommandServices {
	readonly index: TalkIndexApi;
	readonly indexer: {
		/** Clears the record cache and indexes the whole vault again. */
		rebuild(): Promise<void>;
	};
}

/** Registers every command of the plugin. */
export function registerCommands(plugin: Plugin, services: CommandServices): void {
	const { app } = plugin;
	const { index } = services;
	plugin.addCommand({
		id: 'list-speakers',
		name: 'List speakers',
		callback: () =>
			openEntityPicker(app, {
				items: speakerItems(index),
				placeholder: 'Find a speaker...',
				empty: 'No speakers in the index yet.',
				show: (speaker) => ({ speakers: [speaker.id] }),
				talksOf: (speaker) => speakerTalks(index, speaker.id),
			}),
	});
	plugin.addCommand({
		id: 'list-topics',
		name: 'List topics',
		callback: () =>
			openEntityPicker(app, {
				items: topicItems(index),
				placeholder: 'Find a topic...',
				empty: 'No topics in the index yet.',
				show: (topic) => ({ topics: [topic.id] }),
				talksOf: (topic) => topicTalks(index, topic.id),
			}),
	});
	plugin.addCommand({
		id: 'list-conferences',
		name: 'List conferences',
		callback: () =>
			openEntityPicker(app, {
				items: conferenceItems(index),
				placeholder: 'Find a conference...',
				empty: 'No conferences in the index yet.',
				show: (conference) => ({ conferences: [conference.id] }),
				talksOf: (conference) => conferenceTalks(index, conference.id),
			}),
	});
	plugin.addCommand({
		id: 'search-talks',
		name: 'Search talks',
		callback: () => openTalkPicker(app, index.talks(), 'Find a talk by title, speaker or conference...', 'No talks in the index yet.'),
	});
	plugin.addCommand({
		id: 'copy-talk-link',
		name: 'Copy link to talk',
		editorCheckCallback: (checking, editor, ctx) => {
			const found = cursorTalk(index, editor, ctx);
			if (!found) return false;
			if (!checking) void copyLink(found.talk);
			return true;
		},
	});
	plugin.addCommand({
		id: 'add-talk-id',
		name: 'Add block ID to talk',
		editorCheckCallback: (checking, editor, ctx) => {
			const found = cursorTalk(index, editor, ctx);
			if (!found || found.talk.blockId) return false;
			const lineNo = found.range.line - 1;
			const line = editor.getLine(lineNo);
			// The note may have a block id the index has not seen yet (unsaved edit).
			if (lineBlockId(line) !== undefined) return false;
			if (!checking) {
				const id = newBlockId(found.talk, editor.getValue());
				// Only the end of the talk's own line changes: nothing else in the note is touched.
				editor.replaceRange(` ^${id}`, { line: lineNo, ch: line.length });
				new Notice(`Added block ID ^${id}: links to this talk now survive title edits.`);
			}
			return true;
		},
	});
	plugin.addCommand({
		id: 'rebuild-index',
		name: 'Rebuild talk index',
		callback: () => {
			new Notice('Rebuilding the talk index...');
			services.indexer.rebuild().catch((error: unknown) => {
				console.error('Conference talks: rebuilding the index failed', error);
				new Notice('Rebuilding the talk index failed; see the developer console.');
			});
		},
	});
}

/** The talk under the cursor of an editor showing an indexed note. */
function cursorTalk(index: TalkIndexApi, editor: Editor, ctx: MarkdownView | MarkdownFileInfo) {
	const file = ctx.file;
	return file ? talkAtCursor(index, file.path, editor) : undefined;
}

async function copyLink(talk: Talk): Promise<void> {
	const link = talkMarkdownLink(talk.title, talk.id);
	try {
		await navigator.clipboard.writeText(link);
		new Notice(talk.blockId ? `Copied link to "${talk.title}".` : `Copied link to "${talk.title}". Add a block ID to the talk to keep the link working if the title changes.`);
	} catch (error) {
		console.error('Conference talks: could not copy the link', error);
		new Notice('Could not copy the link to the clipboard.');
	}
}

/** How one kind of entity is listed and shown. */
interface EntityPicker<T> {
	readonly items: readonly PickerItem<T>[];
	readonly placeholder: string;
	readonly empty: string;
	/** The explorer filter that shows its talks. */
	readonly show: (value: T) => { speakers?: string[]; topics?: string[]; conferences?: string[] };
	readonly talksOf: (value: T) => Talk[];
}

/** Enter shows the entity's talks in the explorer; Mod+Enter picks one of them and opens it. */
function openEntityPicker<T>(app: App, picker: EntityPicker<T>): void {
	const modal = new PickerModal<T>(app, {
		items: picker.items,
		placeholder: picker.placeholder,
		enterHint: 'to show the talks in the explorer',
		modHint: 'to pick one of the talks',
		onChoose: (value, withMod) => {
			if (withMod) openTalkPicker(app, picker.talksOf(value), 'Pick a talk...', 'No talks.');
			else void revealExplorer(app, { filters: picker.show(value) });
		},
	});
	modal.emptyStateText = picker.empty;
	modal.open();
}

/** Enter opens the talk's note at the talk; Mod+Enter shows it in the explorer. */
function openTalkPicker(app: App, talks: readonly Talk[], placeholder: string, empty: string): void {
	const modal = new PickerModal<Talk>(app, {
		items: talkItems(talks),
		placeholder,
		enterHint: 'to open the talk',
		modHint: 'to show it in the explorer',
		onChoose: (talk, withMod) => {
			if (withMod) void revealExplorer(app, { focusTalkId: talk.id });
			else void openTalk(app, talk);
		},
	});
	modal.emptyStateText = empty;
	modal.open();
}
