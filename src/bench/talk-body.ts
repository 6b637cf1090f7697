/**
 * The notes under a talk: nested bullets of realistic text with the things people put
 * there (pasted images, slides, URLs, links, tags, topic wikilinks, code fences, math,
 * quotes, callouts, comments, struck-out text), each feature guaranteed at least once
 * per vault through coverage counters.
 */
import type { TreeNode } from './note-writer';
import type { Random } from './prng';
import type { Filler } from './text-filler';
import { TAGS } from './vocab/tech';

/** Features a talk's notes may hold. */
export const BODY_FEATURES = [
	'pasted-image',
	'markdown-image',
	'url',
	'markdown-link',
	'tag',
	'code-fence',
	'math',
	'quote',
	'callout',
	'html-comment',
	'percent-comment',
	'strikethrough',
] as const;

/** One feature of talk notes. */
export type BodyFeature = (typeof BODY_FEATURES)[number];

/** A talk's notes and what the index should find in them. */
export interface TalkBody {
	readonly nodes: TreeNode[];
	/** Embed targets in order. */
	readonly images: string[];
	readonly features: BodyFeature[];
}

/** Mutable flat bullet before nesting. */
interface Flat {
	depth: number;
	text: string;
	block?: string[];
}

/** Per-vault state: counters that make every feature appear early, and the slide files written. */
export interface BodyState {
	featureCounter: number;
	readonly slides: Set<string>;
}

/**
 * Notes of `size` bullets nested up to `maxDepth` levels. `date` (YYYYMMDD) names
 * pasted images the way Obsidian does.
 */
export function talkBody(rng: Random, filler: Filler, state: BodyState, size: number, maxDepth: number, date: string): TalkBody {
	const flat: Flat[] = [];
	let depth = 0;
	for (let i = 0; i < size; i++) {
		flat.push({ depth, text: filler.noteLine() });
		depth = Math.min(maxDepth - 1, rng.int(0, depth + 1));
	}
	const images: string[] = [];
	const features: BodyFeature[] = [];
	const featureCount = size === 0 ? 0 : Math.min(size, rng.int(0, 2) + (size > 20 ? 3 : 0));
	for (let f = 0; f < featureCount; f++) {
		const feature = state.featureCounter < BODY_FEATURES.length ? BODY_FEATURES[state.featureCounter] : rng.pick(BODY_FEATURES);
		state.featureCounter++;
		const at = flat[rng.int(0, flat.length - 1)];
		features.push(feature);
		applyFeature(feature, at, flat, rng, state, date, images);
	}
	// Images must be listed in document order, whatever order the features were drawn in.
	const order = flat.flatMap((node) => [node.text, ...(node.block ?? [])].flatMap(embedsIn));
	return { nodes: nest(flat), images: order.filter((target) => images.includes(target)), features };
}

function applyFeature(feature: BodyFeature, at: Flat, flat: Flat[], rng: Random, state: BodyState, date: string, images: string[]): void {
	switch (feature) {
		case 'pasted-image': {
			const name = `Pasted image ${date}${String(rng.int(9, 18)).padStart(2, '0')}${String(rng.int(0, 59)).padStart(2, '0')}${String(rng.int(0, 59)).padStart(2, '0')}.png`;
			flat.splice(flat.indexOf(at) + 1, 0, { depth: Math.min(at.depth + 1, 5), text: `![[${name}]]` });
			images.push(name);
			break;
		}
		case 'markdown-image': {
			const slide = `attachments/slides-${String(rng.int(1, 40)).padStart(3, '0')}.svg`;
			state.slides.add(slide);
			at.text += ` ![](${slide})`;
			images.push(slide);
			break;
		}
		case 'url':
			at.text += ` https://example.org/${date}/${rng.int(100, 999)}`;
			break;
		case 'markdown-link':
			at.text += `, see [the paper](https://research.example.org/pub${rng.int(1000, 9999)})`;
			break;
		case 'tag':
			at.text += ` #${rng.pick(TAGS)}`;
			break;
		case 'code-fence':
			// The fence holds lines that would be talks outside a fence: they must stay notes.
			at.block = ['```rust', 'fn main() {', '    let talks = index.search("rust");', '}', '- Fake Talk Inside A Fence ~ Nobody Real', '```'];
			break;
		case 'math':
			at.block = ['$$', 'L = \\lambda W', '$$'];
			break;
		case 'quote':
			at.block = ['> "the fastest code is the code that never runs"'];
			break;
		case 'callout':
			at.block = ['> [!note] Takeaway', '> - Quoted Point ~ Not A Talk', '> measure first, then optimise'];
			break;
		case 'html-comment':
			at.text += ' <!-- ask for the slides -->';
			break;
		case 'percent-comment':
			at.text += ' %% check the recording %%';
			break;
		case 'strikethrough':
			at.text = `~~"${at.text}"~~`;
			break;
	}
}

/** Embed targets written in a line (`![[x]]`, `![](x)`). */
function embedsIn(line: string): string[] {
	const out: string[] = [];
	for (const m of line.matchAll(/!\[\[([^\]|]+)(?:\|[^\]]*)?\]\]|!\[[^\]]*\]\(([^)\s]+)\)/g)) out.push((m[1] ?? m[2]));
	return out;
}

/** Turns depth-annotated bullets into a tree (depths never jump by more than one). */
function nest(flat: readonly Flat[]): TreeNode[] {
	const root: TreeNode[] = [];
	const stack: Array<{ depth: number; children: TreeNode[] }> = [{ depth: -1, children: root }];
	for (const item of flat) {
		while ((stack[stack.length - 1] as { depth: number }).depth >= item.depth) stack.pop();
		const node = { text: item.text, children: [] as TreeNode[], block: item.block };
		(stack[stack.length - 1] as { children: TreeNode[] }).children.push(node);
		stack.push({ depth: item.depth, children: node.children });
	}
	return root;
}
