/**
 * A small, honest version of what Obsidian's metadata worker extracts from a note: frontmatter,
 * headings, list items, links, embeds and tags with 0-based positions. Code fences are skipped.
 */
import type { CachedMetadata, HeadingCache, ListItemCache, LinkCache, EmbedCache, TagCache, Pos } from 'obsidian';
import { parseYaml } from './misc';

function pos(line: number, startCol: number, endCol: number, lineOffsets: number[]): Pos {
	const base = lineOffsets[line];
	return {
		start: { line, col: startCol, offset: base + startCol },
		end: { line, col: endCol, offset: base + endCol },
	};
}

/** Parses note text into the subset of `CachedMetadata` the plugin and its tests use. */
export function computeMetadata(text: string): CachedMetadata {
	const lines = text.split('\n');
	const offsets: number[] = [];
	let acc = 0;
	for (const l of lines) {
		offsets.push(acc);
		acc += l.length + 1;
	}
	const meta: CachedMetadata = {};
	let first = 0;
	if (lines[0]?.replace(/\r$/, '') === '---') {
		const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
		if (end > 0) {
			try {
				const fm = parseYaml(lines.slice(1, end).join('\n'));
				if (fm && typeof fm === 'object' && !Array.isArray(fm)) meta.frontmatter = fm;
			} catch {
				// Obsidian ignores invalid frontmatter instead of failing the whole file.
			}
			meta.frontmatterPosition = { start: { line: 0, col: 0, offset: 0 }, end: { line: end, col: lines[end].length, offset: offsets[end] + lines[end].length } };
			first = end + 1;
		}
	}
	const headings: HeadingCache[] = [];
	const listItems: ListItemCache[] = [];
	const links: LinkCache[] = [];
	const embeds: EmbedCache[] = [];
	const tags: TagCache[] = [];
	const stack: { indent: number; line: number }[] = [];
	let listStart = -1;
	let inFence = false;
	for (let i = first; i < lines.length; i++) {
		const line = lines[i].replace(/\r$/, '');
		if (/^\s*(```|~~~)/.test(line)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) continue;
		const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (h) {
			headings.push({ heading: h[2], level: h[1].length, position: pos(i, 0, line.length, offsets) });
			stack.length = 0;
			listStart = -1;
		}
		const li = /^(\s*)([-*+]|\d+[.)])\s+(\[(.)\]\s)?/.exec(line);
		if (li) {
			const indent = li[1].replace(/\t/g, '    ').length;
			while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
			if (listStart < 0) listStart = i;
			const parent = stack.length ? stack[stack.length - 1].line : -listStart;
			const item: ListItemCache = { parent, position: pos(i, li[1].length, line.length, offsets) };
			if (li[4] !== undefined) item.task = li[4];
			const block = /\s\^([\w-]+)\s*$/.exec(line);
			if (block) item.id = block[1];
			listItems.push(item);
			stack.push({ indent, line: i });
		} else if (!/^\s/.test(line) && line.trim() !== '' && !h) {
			stack.length = 0;
			listStart = -1;
		}
		// Neither part may hold `[`: with `[^\]|]` every `[[` of a long `[[[[...` line scanned to its end (quadratic).
		for (const m of line.matchAll(/(!?)\[\[([^\][|]+)(?:\|([^\][]*))?\]\]/g)) {
			const ref = { link: m[2].trim(), original: m[0], displayText: m[3] ?? m[2].trim(), position: pos(i, m.index, m.index + m[0].length, offsets) };
			(m[1] ? embeds : links).push(ref);
		}
		for (const m of line.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu)) {
			const start = m.index + m[1].length;
			tags.push({ tag: m[2], position: pos(i, start, start + m[2].length, offsets) });
		}
	}
	if (headings.length) meta.headings = headings;
	if (listItems.length) meta.listItems = listItems;
	if (links.length) meta.links = links;
	if (embeds.length) meta.embeds = embeds;
	if (tags.length) meta.tags = tags;
	return meta;
}
