/** `Setting` (a row: info with name and description, and controls) and the settings tabs. */
import type { App } from './app-class';
import {
	type BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	SearchComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from './setting-components';
import { setTooltip } from './misc';
import type { Plugin } from './plugin';
import { renderDefinitions } from './setting-definitions';

/** One settings row: `.setting-item` > `.setting-item-info` (name, description) + `.setting-item-control`. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	errorEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv('setting-item');
		this.infoEl = this.settingEl.createDiv('setting-item-info');
		this.nameEl = this.infoEl.createDiv('setting-item-name');
		this.descEl = this.infoEl.createDiv('setting-item-description');
		this.controlEl = this.settingEl.createDiv('setting-item-control');
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.nameEl, tooltip);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass('setting-item-heading');
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass('is-disabled', disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	setErrorMessage(message: string | null): this {
		this.errorEl?.detach();
		this.errorEl = message === null ? null : this.infoEl.createDiv({ cls: 'setting-item-error', text: message });
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	private add<T extends BaseComponent>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

/** A settings tab: `display()` fills `containerEl`, `hide()` is called when the user leaves it. */
export abstract class SettingTab {
	icon = 'settings';
	app: App;
	containerEl: HTMLElement;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv('vertical-tab-content');
	}

	/** Imperative rendering (Obsidian before 1.13, or a tab without definitions). */
	display(): void {}

	/** Declarative rows (1.13+); when non-empty, Obsidian renders them instead of calling display(). */
	getSettingDefinitions(): unknown[] {
		return [];
	}

	getControlValue(_key: string): unknown {
		return undefined;
	}

	setControlValue(_key: string, _value: unknown): void | Promise<void> {}

	/** Re-renders the definitions when the tab is shown. */
	update(): void {
		if (this.containerEl.isConnected) this._render();
	}

	refreshDomState(): void {}

	hide(): void {
		this.containerEl.empty();
	}

	/** Fake-internal: what the settings modal does to show the tab. */
	_render(): void {
		const defs = this.getSettingDefinitions();
		this.containerEl.empty();
		if (defs.length > 0) renderDefinitions(this.containerEl, defs, this);
		else this.display();
	}
}

/** A plugin's settings tab. */
export abstract class PluginSettingTab extends SettingTab {
	/** Fake-internal: the plugin that owns the tab. */
	readonly plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}
}
