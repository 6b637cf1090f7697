/**
 * Just enough Markdown colouring for the demo's editor to read like Obsidian's source mode
 * (headings, list markers, wikilinks, embeds, tags, URLs, bold, code), with Obsidian's own
 * `cm-*` class names so the demo stylesheet can colour them. Not a parser: the demo has no
 * @codemirror/lang-markdown, and none of this is the plugin's code.
 */
import { Decoration, MatchDecorator, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

const RULES: Array<[RegExp, string]> = [
	[/^#{1,6} .*$/, 'cm-header'],
	[/^[\t ]*(?:[-*+]|\d+[.)])(?= )/, 'cm-formatting-list'],
	[/!\[\[[^\]\n]+\]\]/, 'cm-hmd-embed'],
	[/\[\[[^\]\n]+\]\]/, 'cm-hmd-internal-link'],
	[/https?:\/\/[^\s)>\]]+/, 'cm-url'],
	[/(?:^|\s)#[\p{L}\p{N}_/-]+/u, 'cm-hashtag'],
	[/\*\*[^*\n]+\*\*/, 'cm-strong'],
	[/`[^`\n]+`/, 'cm-inline-code'],
	[/\^[A-Za-z0-9-]+$/, 'cm-blockid'],
];

const SOURCE = RULES.map(([re]) => `(${re.source})`).join('|');

const matcher = new MatchDecorator({
	regexp: new RegExp(SOURCE, 'gmu'),
	decoration: (match) => {
		const index = match.slice(1).findIndex((group) => group !== undefined);
		const cls = RULES[index]?.[1] ?? '';
		const level = cls === 'cm-header' ? ` cm-header-${/^#+/.exec(match[0])?.[0].length ?? 1}` : '';
		return Decoration.mark({ class: cls + level });
	},
});

/** The demo editor's colouring. */
export function markdownLook(): Extension {
	return ViewPlugin.fromClass(
		class {
			decorations: DecorationSet;
			constructor(view: EditorView) {
				this.decorations = matcher.createDeco(view);
			}
			update(update: ViewUpdate): void {
				this.decorations = matcher.updateDeco(update, this.decorations);
			}
		},
		{ decorations: (plugin) => plugin.decorations },
	);
}
