/**
 * The one behavioural fake of the `obsidian` module (jest maps `^obsidian$` here; the browser demo
 * aliases it too). Names and signatures follow obsidian.d.ts 1.13.1 for what it models; anything
 * marked "Fake-only" or "Fake-internal" is not in the real API. No jest or Node APIs.
 */
import './dom-helpers';
// The package's own entry file: plugins must take moment from 'obsidian' (lint enforces it), and this
// file is 'obsidian', so it imports the package by file path.
import momentLib from 'moment/moment.js';

export { Events } from './parts/events';
export type { FakeEventRef as EventRef } from './parts/events';
export { Component } from './parts/component';
export { TAbstractFile, TFile, TFolder } from './parts/files';
export { Vault, FakeDataAdapter } from './parts/vault';
export { MetadataCache } from './parts/metadata-cache';
export { Scope, Keymap } from './parts/keymap';
export { Editor } from './parts/editor';
export { editorInfoField, editorEditorField, editorLivePreviewField, editorViewField } from './parts/editor-fields';
export { View, ItemView, DeferredView } from './parts/view';
export { FileView, TextFileView, MarkdownView } from './parts/view-markdown';
export { WorkspaceItem, WorkspaceParent, WorkspaceSplit, WorkspaceTabs, WorkspaceRoot, WorkspaceSidedock, WorkspaceRibbon } from './parts/workspace-items';
export { WorkspaceLeaf } from './parts/workspace-leaf';
export { Workspace } from './parts/workspace';
export { Modal } from './parts/modal';
export { SuggestModal, FuzzySuggestModal } from './parts/suggest-modal';
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults, sortSearchResults } from './parts/search';
export { Notice } from './parts/notice';
export {
	BaseComponent,
	ValueComponent,
	AbstractTextComponent,
	TextComponent,
	TextAreaComponent,
	SearchComponent,
	ToggleComponent,
	DropdownComponent,
	SliderComponent,
	ButtonComponent,
	ExtraButtonComponent,
} from './parts/setting-components';
export { Setting, SettingTab, PluginSettingTab } from './parts/setting';
export { Menu, MenuItem, HoverPopover } from './parts/menu';
export { MarkdownRenderer, MarkdownRenderChild } from './parts/markdown-renderer';
export { Plugin } from './parts/plugin';
export { App } from './parts/app-class';
export {
	normalizePath,
	apiVersion,
	requireApiVersion,
	Platform,
	debounce,
	parseYaml,
	stringifyYaml,
	addIcon,
	setIcon,
	getIcon,
	setTooltip,
	getLinkpath,
	parseLinktext,
} from './parts/misc';

/** Obsidian re-exports moment; so does the fake. */
export const moment = momentLib;
