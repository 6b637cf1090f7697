/**
 * ```talks code blocks: a live list of talks in any note. The block's source is parsed once; the
 * list is drawn again whenever the index changes, for as long as the block is on screen (the
 * child's lifetime): the subscription ends when Obsidian unloads the child.
 */
import { MarkdownRenderChild, type App, type HoverPopover, type Plugin } from 'obsidian';
import { buildTalksBlockModel } from '../core/code-block-model';
import { parseTalksBlock, type ParsedTalksBlock } from '../core/code-block-query';
import type { TalkIndexApi } from '../core/index/index-api';
import { triggerTalkHover } from '../obsidian/hover';
import { openTalk } from '../obsidian/navigate';
import { renderTalksBlock } from './code-block-render';

/** The code block language: ```talks. */
export const TALKS_BLOCK_LANGUAGE = 'talks';

/** Registers the ```talks processor. */
export function registerTalksCodeBlock(plugin: Plugin, services: { readonly index: TalkIndexApi }): void {
	plugin.registerMarkdownCodeBlockProcessor(TALKS_BLOCK_LANGUAGE, (source, el, ctx) => {
		ctx.addChild(new TalksBlockChild(el, plugin.app, services.index, source));
	});
}

/** One rendered block: draws on load and on every index change until unloaded. */
export class TalksBlockChild extends MarkdownRenderChild {
	/** The page preview opened from this block's rows (HoverParent). */
	hoverPopover: HoverPopover | null = null;
	private readonly parsed: ParsedTalksBlock;
	private drawn = -1;

	constructor(
		containerEl: HTMLElement,
		private readonly app: App,
		private readonly index: TalkIndexApi,
		source: string,
	) {
		super(containerEl);
		this.parsed = parseTalksBlock(source);
	}

	onload(): void {
		this.draw();
		this.register(this.index.onChange(() => this.draw()));
	}

	/** Draws the block unless it already shows this revision of the index. */
	private draw(): void {
		if (this.drawn === this.index.revision) return;
		this.drawn = this.index.revision;
		const model = buildTalksBlockModel(this.index, this.parsed.query);
		renderTalksBlock(this.containerEl, this.parsed.errors, model, {
			onOpen: (talk) => void openTalk(this.app, talk),
			onHover: (talk, evt, rowEl) => triggerTalkHover(this.app, evt, talk, rowEl, this),
		});
	}
}
