/** `Menu` and `MenuItem`: a `.menu` of `.menu-item` rows attached to the body while shown. */
import { Component } from './component';
import { setIcon } from './misc';

/** One menu entry. */
export class MenuItem {
	/** Fake-internal: the row element. */
	dom: HTMLElement;
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	private disabled = false;

	constructor(private readonly menu: Menu) {
		this.dom = createDiv('menu-item');
		this.dom.createDiv('menu-item-icon');
		this.dom.createDiv('menu-item-title');
		this.dom.addEventListener('click', (evt) => {
			if (this.disabled) return;
			this.menu.hide();
			void this.callback?.(evt);
		});
	}
	setTitle(title: string | DocumentFragment): this {
		this.dom.find('.menu-item-title').setText(title);
		return this;
	}
	setIcon(icon: string | null): this {
		const el = this.dom.find('.menu-item-icon');
		if (icon) setIcon(el, icon);
		else el.empty();
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.dom.toggleClass('mod-checked', !!checked);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.dom.toggleClass('is-disabled', disabled);
		return this;
	}
	setWarning(isWarning: boolean): this {
		this.dom.toggleClass('mod-warning', isWarning);
		return this;
	}
	setIsLabel(isLabel: boolean): this {
		this.dom.toggleClass('is-label', isLabel);
		return this;
	}
	setSection(_section: string): this {
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
}

/** A context menu. */
export class Menu extends Component {
	/** Fake-internal: the menu element. */
	dom: HTMLElement = createDiv('menu');
	/** Fake-internal: the items, in order. */
	items: MenuItem[] = [];
	private hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		this.items.push(item);
		this.dom.appendChild(item.dom);
		cb(item);
		return this;
	}
	addSeparator(): this {
		this.dom.createDiv('menu-separator');
		return this;
	}
	setParentElement(_el: HTMLElement): this {
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}
	showAtPosition(_position: { x: number; y: number }): this {
		document.body.appendChild(this.dom);
		this.load();
		return this;
	}
	hide(): this {
		if (!this.dom.isConnected) return this;
		this.dom.detach();
		this.unload();
		for (const cb of this.hideCallbacks) cb();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
	static forEvent(_evt: PointerEvent | MouseEvent): Menu {
		return new Menu();
	}
}

/** A hover preview (basics: a `.popover.hover-popover` element attached to the body while loaded). */
export class HoverPopover extends Component {
	hoverEl: HTMLElement = createDiv('popover hover-popover');
	state = 0;

	constructor(parent: { hoverPopover: HoverPopover | null }, readonly targetEl: HTMLElement | null, readonly waitTime = 300) {
		super();
		parent.hoverPopover = this;
	}
	onload(): void {
		document.body.appendChild(this.hoverEl);
	}
	onunload(): void {
		this.hoverEl.detach();
	}
}
