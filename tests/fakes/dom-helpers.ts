/**
 * Obsidian's DOM helpers (the `declare global` block of obsidian.d.ts), installed on the
 * prototypes of the current realm. Importing the fake installs them; the demo bundle can
 * call `installDomHelpers()` itself. No jest or Node APIs: this file also runs in a browser.
 */
import type {} from 'obsidian';

type Info = DomElementInfo | string | undefined;

/** Applies Obsidian's `DomElementInfo` options to a new element, as `createEl` does. */
function applyInfo(el: HTMLElement | SVGElement, o: Info | SvgElementInfo): void {
	if (o === undefined) return;
	// A string is a class list, as in Obsidian: `el.createDiv('view-header')`.
	const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o);
	if (info.cls !== undefined) {
		const classes = (Array.isArray(info.cls) ? info.cls : info.cls.split(' ')).filter(Boolean);
		if (classes.length) el.classList.add(...classes);
	}
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	if (info.title !== undefined) el.setAttribute('title', info.title);
	if (info.value !== undefined && 'value' in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute('type', info.type);
	if (info.placeholder !== undefined) el.setAttribute('placeholder', info.placeholder);
	if (info.href !== undefined) el.setAttribute('href', info.href);
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
		else info.parent.appendChild(el);
	}
}

// The fake implements createEl itself, so it reaches the raw DOM factories through the prototypes.
const rawCreateElement = (doc: Document, tag: string): HTMLElement => {
	const create: (this: Document, tagName: string) => HTMLElement = Reflect.get(Document.prototype, 'createElement');
	return create.call(doc, tag);
};
const rawCreateSvg = (doc: Document, tag: string): SVGElement => (Document.prototype.createElementNS as (this: Document, ns: string, tagName: string) => SVGElement).call(doc, 'http://www.w3.org/2000/svg', tag);
const rawFragment = (doc: Document): DocumentFragment => Document.prototype.createDocumentFragment.call(doc);

function makeEl<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, o?: Info, cb?: (el: HTMLElementTagNameMap[K]) => void): HTMLElementTagNameMap[K] {
	const el = rawCreateElement(doc, tag) as HTMLElementTagNameMap[K];
	applyInfo(el, o);
	if (cb) cb(el);
	return el;
}

function attach<T extends Node>(parent: Node, el: T, o: Info | SvgElementInfo): T {
	const prepend = typeof o === 'object' && o.prepend;
	const hasParent = typeof o === 'object' && o.parent;
	if (!hasParent) {
		if (prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}
	return el;
}

function matchParentFrom(start: Element, selector: string, lastParent?: Element): Element | null {
	for (let el: Element | null = start; el && el !== lastParent; el = el.parentElement) {
		if (el.matches(selector)) return el;
	}
	return null;
}

function isShownFrom(start: HTMLElement): boolean {
	if (!start.isConnected) return false;
	for (let el: HTMLElement | null = start; el; el = el.parentElement) {
		if (el.style.display === 'none') return false;
	}
	return true;
}

/** Installs the helpers on Node/Element/HTMLElement/DocumentFragment and the global functions. */
export function installDomHelpers(win: Window & typeof globalThis = window): void {
	const doc = win.document;
	const NodeP = win.Node.prototype as Node & Record<string, unknown>;
	if (NodeP.__talksDomHelpers) return;
	NodeP.__talksDomHelpers = true;
	const ElP = win.Element.prototype;
	const HtmlP = win.HTMLElement.prototype;

	const define = (proto: object, name: string, value: unknown) =>
		Object.defineProperty(proto, name, { value, configurable: true, writable: true });
	const getter = (proto: object, name: string, get: (this: Node) => unknown) =>
		Object.defineProperty(proto, name, { get, configurable: true });

	// One implementation for createEl/createDiv/createSpan (called by name, so a lint autofix cannot turn it into self-recursion).
	const createElIn = (parent: Node, tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void): HTMLElement => {
		const el = makeEl(parent.ownerDocument ?? doc, tag, o);
		attach(parent, el, o);
		if (cb) cb(el);
		return el;
	};
	define(NodeP, 'createEl', function (this: Node, tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void) {
		return createElIn(this, tag, o, cb);
	});
	define(NodeP, 'createDiv', function (this: Node, o?: Info, cb?: (el: HTMLElement) => void) {
		return createElIn(this, 'div', o, cb);
	});
	define(NodeP, 'createSpan', function (this: Node, o?: Info, cb?: (el: HTMLElement) => void) {
		return createElIn(this, 'span', o, cb);
	});
	define(NodeP, 'createSvg', function (this: Node, tag: string, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) {
		const el = rawCreateSvg(this.ownerDocument ?? doc, tag);
		applyInfo(el, typeof o === 'string' ? { cls: o } : o);
		attach(this, el, o);
		if (cb) cb(el);
		return el;
	});
	define(NodeP, 'empty', function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(NodeP, 'detach', function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(NodeP, 'appendText', function (this: Node, val: string) {
		this.appendChild((this.ownerDocument ?? doc).createTextNode(val));
	});
	define(NodeP, 'insertAfter', function <T extends Node>(this: Node, node: T, child: Node | null): T {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(NodeP, 'indexOf', function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(NodeP, 'setChildrenInPlace', function (this: Node, children: Node[]) {
		this.empty();
		for (const c of children) this.appendChild(c);
	});
	// Obsidian's cross-window instanceof. Written with isPrototypeOf: a lint autofix once turned
	// `this instanceof type` into `this.instanceOf(type)`, which called itself forever.
	define(NodeP, 'instanceOf', function (this: Node, type: { prototype: unknown }) {
		return Object.prototype.isPrototypeOf.call(type.prototype, this);
	});
	getter(NodeP, 'doc', function (this: Node) {
		return this.ownerDocument ?? doc;
	});
	getter(NodeP, 'win', function (this: Node) {
		return (this.ownerDocument ?? doc).defaultView ?? win;
	});
	getter(NodeP, 'constructorWin', function (this: Node) {
		return win;
	});

	define(ElP, 'getText', function (this: Element) {
		return this.textContent ?? '';
	});
	define(ElP, 'setText', function (this: Element, val: string | DocumentFragment) {
		this.empty();
		if (typeof val === 'string') this.textContent = val;
		else this.appendChild(val);
	});
	define(ElP, 'addClass', function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.filter(Boolean));
	});
	define(ElP, 'addClasses', function (this: Element, classes: string[]) {
		this.classList.add(...classes.filter(Boolean));
	});
	define(ElP, 'removeClass', function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(ElP, 'removeClasses', function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	});
	define(ElP, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	});
	define(ElP, 'hasClass', function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(ElP, 'setAttr', function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	});
	define(ElP, 'setAttrs', function (this: Element, obj: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
	});
	define(ElP, 'getAttr', function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(ElP, 'matchParent', function (this: Element, selector: string, lastParent?: Element) {
		return matchParentFrom(this, selector, lastParent);
	});
	define(ElP, 'isActiveElement', function (this: Element) {
		return (this.ownerDocument ?? doc).activeElement === this;
	});
	define(ElP, 'find', function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(ElP, 'findAll', function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(ElP, 'findAllSelf', function (this: Element, selector: string) {
		const all = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...all] : all;
	});
	const FragP = win.DocumentFragment.prototype;
	define(FragP, 'find', function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(FragP, 'findAll', function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});

	define(HtmlP, 'show', function (this: HTMLElement) {
		this.style.removeProperty('display');
	});
	define(HtmlP, 'hide', function (this: HTMLElement) {
		this.setCssProps({ display: 'none' });
	});
	define(HtmlP, 'toggle', function (this: HTMLElement, show: boolean) {
		if (show) this.show();
		else this.hide();
	});
	define(HtmlP, 'toggleVisibility', function (this: HTMLElement, visible: boolean) {
		this.setCssProps({ visibility: visible ? '' : 'hidden' });
	});
	// Shown means: attached to the document and neither it nor an ancestor is display:none.
	define(HtmlP, 'isShown', function (this: HTMLElement) {
		return isShownFrom(this);
	});
	define(HtmlP, 'setCssStyles', function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	});
	define(HtmlP, 'setCssProps', function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	});
	define(HtmlP, 'onClickEvent', function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener('click', listener, options);
		this.addEventListener('auxclick', listener, options);
	});
	define(HtmlP, 'trigger', function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
	});
	// Delegated listeners: `el.on('click', '.row', fn)` calls fn with the matching descendant.
	const delegates = new WeakMap<object, Map<unknown, EventListener>>();
	define(HtmlP, 'on', function (this: HTMLElement, type: string, selector: string, listener: (ev: Event, target: HTMLElement) => unknown, options?: boolean | AddEventListenerOptions) {
		const wrapped: EventListener = (ev) => {
			const target = (ev.target as Element | null)?.closest?.(selector);
			if (target && this.contains(target)) listener.call(this, ev, target as HTMLElement);
		};
		let map = delegates.get(this);
		if (!map) delegates.set(this, (map = new Map()));
		map.set(listener, wrapped);
		this.addEventListener(type, wrapped, options);
	});
	define(HtmlP, 'off', function (this: HTMLElement, type: string, _selector: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
		const wrapped = delegates.get(this)?.get(listener);
		if (wrapped) this.removeEventListener(type, wrapped, options);
	});

	const g = win as unknown as Record<string, unknown>;
	g.createEl = (tag: keyof HTMLElementTagNameMap, o?: Info, cb?: (el: HTMLElement) => void) => {
		const el = makeEl(doc, tag, o);
		if (cb) cb(el);
		return el;
	};
	g.createDiv = (o?: Info, cb?: (el: HTMLDivElement) => void) => (g.createEl as typeof createEl)('div', o, cb);
	g.createSpan = (o?: Info, cb?: (el: HTMLSpanElement) => void) => (g.createEl as typeof createEl)('span', o, cb);
	g.createSvg = (tag: string, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) => {
		const el = rawFragment(doc).createSvg(tag as 'svg', o, cb);
		el.detach();
		return el;
	};
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = rawFragment(doc);
		if (cb) cb(frag);
		return frag;
	};
	g.activeDocument = doc;
	g.activeWindow = win;
	g.sleep = (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));
	g.nextFrame = () => new Promise<void>((resolve) => win.setTimeout(resolve, 0));
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') installDomHelpers();
