/**
 * `MarkdownRenderer.render`: a small, honest markdown renderer (headings, paragraphs, nested lists,
 * tasks, fenced code with registered code block processors, wikilinks, markdown links, bare URLs,
 * tags, `![[embeds]]` resolved through the vault, inline code, bold, italic). DOM only via createEl.
 */
import type { App } from './app-class';
import { Component } from './component';
import { TFile } from './files';

const IMAGE_EXT = new Set(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'svg', 'webp', 'avif']);

/** A child component tied to a rendered element. */
export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

/** Code block processors registered by plugins, by language (fake-internal registry, owned by the App). */
export type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: { sourcePath: string; docId: string; frontmatter: unknown; addChild(child: MarkdownRenderChild): void; getSectionInfo(): null }) => unknown;

const INLINE = /(!\[\[([^\]]+)\]\])|(\[\[([^\]]+)\]\])|(!\[([^\]]*)\]\(([^)\s]+)\))|(\[([^\]]+)\]\(([^)\s]+)\))|(`([^`]+)`)|(\*\*([^*]+)\*\*)|(\*([^*\s][^*]*)\*)|(https?:\/\/[^\s)>\]]+)|((^|\s)#([\p{L}\p{N}_/-]+))/gu;

function renderInline(app: App, el: HTMLElement, text: string, sourcePath: string): void {
	let at = 0;
	for (const m of text.matchAll(INLINE)) {
		const start = m.index;
		if (start > at) el.appendText(text.slice(at, start));
		at = start + m[0].length;
		if (m[1]) renderEmbed(app, el, m[2], sourcePath);
		else if (m[3]) {
			const [target, display] = m[4].split('|');
			const dest = app.metadataCache.getFirstLinkpathDest(target.split('#')[0], sourcePath);
			el.createEl('a', { cls: dest ? 'internal-link' : ['internal-link', 'is-unresolved'], text: display ?? target, href: target, attr: { 'data-href': target } });
		} else if (m[5]) renderEmbed(app, el, m[7], sourcePath, m[6]);
		else if (m[8]) {
			const external = /^[a-z]+:/i.test(m[10]);
			el.createEl('a', { cls: external ? 'external-link' : 'internal-link', text: m[9], href: m[10], attr: external ? { target: '_blank', rel: 'noopener' } : { 'data-href': m[10] } });
		} else if (m[11]) el.createEl('code', { text: m[12] });
		else if (m[13]) renderInline(app, el.createEl('strong'), m[14], sourcePath);
		else if (m[15]) renderInline(app, el.createEl('em'), m[16], sourcePath);
		else if (m[17]) el.createEl('a', { cls: 'external-link', text: m[17], href: m[17], attr: { target: '_blank', rel: 'noopener' } });
		else if (m[18]) {
			if (m[19]) el.appendText(m[19]);
			el.createEl('a', { cls: 'tag', text: `#${m[20]}`, href: `#${m[20]}` });
		}
	}
	if (at < text.length) el.appendText(text.slice(at));
}

function renderEmbed(app: App, el: HTMLElement, raw: string, sourcePath: string, alt?: string): void {
	const [target, display] = raw.split('|');
	const path = decodeURI(target.split('#')[0]);
	if (/^[a-z]+:\/\//i.test(path)) {
		el.createEl('img', { attr: { src: path, alt: alt ?? '' } });
		return;
	}
	const file = app.metadataCache.getFirstLinkpathDest(path, sourcePath);
	const wrap = el.createSpan({ cls: 'internal-embed', attr: { src: target, alt: alt ?? display ?? target } });
	if (file instanceof TFile && IMAGE_EXT.has(file.extension.toLowerCase())) {
		wrap.addClasses(['media-embed', 'image-embed', 'is-loaded']);
		wrap.createEl('img', { attr: { src: app.vault.getResourcePath(file), alt: alt ?? display ?? file.name } });
	} else if (file instanceof TFile) {
		wrap.addClasses(['markdown-embed', 'is-loaded']);
		wrap.createDiv({ cls: 'markdown-embed-title', text: file.basename });
	} else {
		wrap.addClasses(['file-embed', 'mod-empty-attachment', 'is-unresolved']);
		wrap.setText(`"${path}" could not be found.`);
	}
}

interface ListLine {
	indent: number;
	ordered: boolean;
	task?: string;
	text: string;
}

function listLine(line: string): ListLine | null {
	const m = /^(\s*)([-*+]|\d+[.)])\s+(?:\[(.)\]\s+)?(.*)$/.exec(line);
	if (!m) return null;
	return { indent: m[1].replace(/\t/g, '    ').length, ordered: /\d/.test(m[2]), task: m[3], text: m[4] };
}

function renderList(app: App, parent: HTMLElement, lines: ListLine[], sourcePath: string): void {
	const stack: { indent: number; listEl: HTMLElement; lastLi: HTMLElement | null }[] = [];
	for (const l of lines) {
		while (stack.length > 1 && l.indent < stack[stack.length - 1].indent) stack.pop();
		let top = stack[stack.length - 1];
		if (!top || (l.indent > top.indent && top.lastLi)) {
			const host = top?.lastLi ?? parent;
			top = { indent: l.indent, listEl: host.createEl(l.ordered ? 'ol' : 'ul'), lastLi: null };
			stack.push(top);
		}
		const li = top.listEl.createEl('li');
		if (l.task !== undefined) {
			li.addClass('task-list-item');
			li.setAttr('data-task', l.task);
			li.createEl('input', { cls: 'task-list-item-checkbox', type: 'checkbox', attr: l.task !== ' ' ? { checked: true } : {} });
		}
		renderInline(app, li, l.text, sourcePath);
		top.lastLi = li;
	}
}

/** Obsidian's renderer entry point. */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
	static async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
		let i = 0;
		while (i < lines.length) {
			const line = lines[i];
			const fence = /^\s*(```|~~~)\s*([\w-]*)/.exec(line);
			if (fence) {
				const body: string[] = [];
				i++;
				while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
				i++;
				const processor = app._codeBlockProcessors.get(fence[2]);
				const blockEl = el.createDiv(`block-language-${fence[2] || 'text'}`);
				if (processor) {
					await processor(body.join('\n'), blockEl, { sourcePath, docId: sourcePath, frontmatter: null, addChild: (c) => component.addChild(c), getSectionInfo: () => null });
				} else {
					blockEl.createEl('pre').createEl('code', { text: body.join('\n') });
				}
				continue;
			}
			const heading = /^(#{1,6})\s+(.*)$/.exec(line);
			if (heading) {
				const h = el.createEl(`h${heading[1].length}` as 'h1');
				renderInline(app, h, heading[2], sourcePath);
				i++;
				continue;
			}
			if (listLine(line)) {
				const items: ListLine[] = [];
				while (i < lines.length && (listLine(lines[i]) || (lines[i].trim() !== '' && /^\s/.test(lines[i]) && items.length))) {
					const l = listLine(lines[i]);
					if (l) items.push(l);
					else items[items.length - 1].text += ` ${lines[i].trim()}`;
					i++;
				}
				renderList(app, el, items, sourcePath);
				continue;
			}
			if (line.trim() === '') {
				i++;
				continue;
			}
			const para: string[] = [];
			while (i < lines.length && lines[i].trim() !== '' && !listLine(lines[i]) && !/^(#{1,6})\s/.test(lines[i]) && !/^\s*(```|~~~)/.test(lines[i])) para.push(lines[i++].trim());
			const p = el.createEl('p');
			para.forEach((text, k) => {
				if (k > 0) p.createEl('br');
				renderInline(app, p, text, sourcePath);
			});
		}
		return Promise.resolve();
	}

	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		const app = (component as Component & { app?: App }).app;
		if (!app) throw new Error('renderMarkdown needs a component with an app; use MarkdownRenderer.render');
		return MarkdownRenderer.render(app, markdown, el, sourcePath, component);
	}
}
