/** Small free functions of the obsidian module: paths, versions, platform, debounce, yaml, icons. */
import { parse, stringify } from 'yaml';

/** Obsidian's `normalizePath`: `/` separators, no duplicate or edge slashes, NBSP to space, NFC. */
export function normalizePath(path: string): string {
	let p = path.replace(/([\\/])+/g, '/').replace(/(^\/+|\/+$)/g, '');
	if (p === '') p = '/';
	return p.replace(/\u00A0|\u202F/g, ' ').normalize('NFC');
}

/** The API version this fake models. */
export const apiVersion = '1.13.1';

/** True when `apiVersion` >= version (dotted numeric comparison). */
export function requireApiVersion(version: string): boolean {
	const a = apiVersion.split('.').map(Number);
	const b = version.split('.').map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const x = a[i] ?? 0;
		const y = b[i] ?? 0;
		if (x !== y) return x > y;
	}
	return true;
}

/** A desktop, non-mac platform (so `Mod` is Ctrl in tests). */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: 'app://local/',
};

/** A debounced function as Obsidian returns it: callable, with `cancel` and `run`. */
export interface FakeDebouncer<T extends unknown[], V> {
	(...args: [...T]): FakeDebouncer<T, V>;
	cancel(): FakeDebouncer<T, V>;
	run(): V | void;
}

/**
 * Obsidian's `debounce`: calls `cb` with the latest arguments `timeout` ms after the first call
 * (or after the last call when `resetTimer`). Real timers via setTimeout.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): FakeDebouncer<T, V> {
	let timer: number | null = null;
	let lastArgs: T | null = null;
	const fire = (): V | void => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		if (lastArgs === null) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = ((...args: T) => {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = window.setTimeout(fire, timeout);
		return debounced;
	}) as FakeDebouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => (timer !== null ? fire() : undefined);
	return debounced;
}

/** Obsidian's `parseYaml` (throws on invalid YAML, like the real one). */
export function parseYaml(yaml: string): unknown {
	return parse(yaml) as unknown;
}

/** Obsidian's `stringifyYaml`. */
export function stringifyYaml(obj: unknown): string {
	return stringify(obj);
}

const customIcons = new Map<string, string>();

/** Registers a custom icon id (its svg content is not rendered by the fake, only remembered). */
export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}

/** Replaces the parent's content with an `svg.svg-icon` carrying `data-icon` (the fake has no icon set). */
export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	parent.createSvg('svg', { cls: ['svg-icon', `lucide-${iconId}`], attr: { 'data-icon': iconId, width: 24, height: 24, viewBox: '0 0 24 24' } });
}

/** Obsidian's `getIcon`: a fresh svg for the id. */
export function getIcon(iconId: string): SVGSVGElement | null {
	const holder = createDiv();
	setIcon(holder, iconId);
	const svg = holder.querySelector('svg');
	svg?.detach();
	return svg;
}

/** Sets the element's tooltip (the fake stores it in `aria-label`, as Obsidian does). */
export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute('aria-label', tooltip);
}

/** Obsidian's `getLinkpath`: the link text without `#subpath`. */
export function getLinkpath(linktext: string): string {
	const i = linktext.search(/[#^]/);
	return (i < 0 ? linktext : linktext.slice(0, i)).trim();
}

/** Obsidian's `parseLinktext`: path and `#subpath`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const i = linktext.indexOf('#');
	return i < 0 ? { path: linktext, subpath: '' } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}
