/**
 * The fake's `setIcon` draws an empty `svg.svg-icon[data-icon]` (it has no icon set). For the
 * demo's looks, this fills the icons the plugin and the app chrome use with Lucide's shapes
 * (ISC licence), as Obsidian would, by watching the document for new icons.
 */

type Shape = [tag: 'path' | 'circle' | 'rect' | 'line', attrs: Record<string, string>];

const p = (d: string): Shape => ['path', { d }];

const ICONS: Record<string, Shape[]> = {
	'chevron-right': [p('m9 18 6-6-6-6')],
	'chevron-down': [p('m6 9 6 6 6-6')],
	x: [p('M18 6 6 18'), p('m6 6 12 12')],
	image: [['rect', { width: '18', height: '18', x: '3', y: '3', rx: '2', ry: '2' }], ['circle', { cx: '9', cy: '9', r: '2' }], p('m21 15-3.086-3.086a2 2 0 0 0-2.828 0L6 21')],
	link: [p('M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71'), p('M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71')],
	user: [p('M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2'), ['circle', { cx: '12', cy: '7', r: '4' }]],
	tag: [p('M12.586 2.586A2 2 0 0 0 11.172 2H4a2 2 0 0 0-2 2v7.172a2 2 0 0 0 .586 1.414l8.704 8.704a2.426 2.426 0 0 0 3.42 0l6.58-6.58a2.426 2.426 0 0 0 0-3.42z'), ['circle', { cx: '7.5', cy: '7.5', r: '.5' }]],
	presentation: [p('M2 3h20'), p('M21 3v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V3'), p('m7 21 5-5 5 5')],
	'alert-triangle': [p('m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3'), p('M12 9v4'), p('M12 17h.01')],
	search: [['circle', { cx: '11', cy: '11', r: '8' }], p('m21 21-4.3-4.3')],
	'file-text': [p('M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z'), p('M14 2v4a2 2 0 0 0 2 2h4'), p('M10 9H8'), p('M16 13H8'), p('M16 17H8')],
	document: [p('M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z'), p('M14 2v4a2 2 0 0 0 2 2h4')],
	'folder-closed': [p('M20 20a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-7.9a2 2 0 0 1-1.69-.9L9.6 3.9A2 2 0 0 0 7.93 3H4a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2Z')],
	'sidebar-left': [['rect', { width: '18', height: '18', x: '3', y: '3', rx: '2' }], p('M9 3v18')],
	'sidebar-right': [['rect', { width: '18', height: '18', x: '3', y: '3', rx: '2' }], p('M15 3v18')],
	'arrow-left': [p('m12 19-7-7 7-7'), p('M19 12H5')],
	'arrow-right': [p('M5 12h14'), p('m12 5 7 7-7 7')],
	'more-vertical': [['circle', { cx: '12', cy: '12', r: '1' }], ['circle', { cx: '12', cy: '5', r: '1' }], ['circle', { cx: '12', cy: '19', r: '1' }]],
	'book-open': [p('M2 3h6a4 4 0 0 1 4 4v14a3 3 0 0 0-3-3H2z'), p('M22 3h-6a4 4 0 0 0-4 4v14a3 3 0 0 1 3-3h7z')],
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Fills one empty icon, when its shape is known. */
export function fillIcon(svg: Element): void {
	if (svg.childElementCount > 0) return;
	const shapes = ICONS[svg.getAttribute('data-icon') ?? ''];
	if (!shapes) return;
	for (const [tag, attrs] of shapes) {
		const el = svg.ownerDocument.createElementNS(SVG_NS, tag);
		for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
		svg.appendChild(el);
	}
}

/** Fills every icon in the document now and whenever new ones appear. */
export function fillIconsLive(doc: Document): void {
	const fillAll = (root: ParentNode) => root.querySelectorAll('svg.svg-icon[data-icon]').forEach(fillIcon);
	fillAll(doc);
	new MutationObserver((records) => {
		for (const record of records) {
			record.addedNodes.forEach((node) => {
				if (node.instanceOf(Element)) {
					if (node.matches('svg.svg-icon[data-icon]')) fillIcon(node);
					fillAll(node);
				}
			});
		}
	}).observe(doc.body, { childList: true, subtree: true });
}
