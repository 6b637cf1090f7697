/** The components a `Setting` adds: text, text area, toggle, dropdown, slider, button. All of them work. */
import { setIcon, setTooltip } from './misc';

/** Base of every component. */
export abstract class BaseComponent {
	disabled = false;
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

/** A component with a value. */
export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

/** A text input or text area; `onChange` fires on the element's `input` event, as in Obsidian. */
export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(public inputEl: E) {
		super();
		inputEl.addEventListener('input', () => this.onChanged());
	}
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		void this.changeCallback?.(this.getValue());
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** A one-line text input. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl('input', { type: 'text' }));
	}
}

/** A multi-line text area. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl('textarea'));
	}
}

/** A search input. */
export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		const wrap = containerEl.createDiv('search-input-container');
		super(wrap.createEl('input', { type: 'search', attr: { enterkeyhint: 'search', spellcheck: 'false' } }));
		this.containerEl = wrap;
		this.clearButtonEl = wrap.createDiv('search-input-clear-button');
		this.clearButtonEl.addEventListener('click', () => {
			this.setValue('');
			this.onChanged();
		});
	}
}

/** A toggle: clicking `toggleEl` flips it and fires onChange. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv('checkbox-container');
		this.toggleEl.createEl('input', { type: 'checkbox', attr: { tabindex: 0 } });
		this.toggleEl.addEventListener('click', () => this.onClick());
	}
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass('is-disabled', disabled);
		return this;
	}
	getValue(): boolean {
		return this.on;
	}
	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.toggleClass('is-enabled', on);
		(this.toggleEl.querySelector('input') as HTMLInputElement).checked = on;
		if (changed) void this.changeCallback?.(on);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.toggleEl, tooltip);
		return this;
	}
	onClick(): void {
		if (!this.disabled) this.setValue(!this.on);
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** A select. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl('select', { cls: 'dropdown' });
		this.selectEl.addEventListener('change', () => void this.changeCallback?.(this.getValue()));
	}
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl('option', { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** A range slider; onChange fires on `change` (or `input` when instant). */
export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private changeCallback: ((value: number) => unknown) | null = null;
	private instant = false;
	private format: (value: number) => string = String;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl('input', { type: 'range', cls: 'slider' });
		this.sliderEl.addEventListener('change', () => void this.changeCallback?.(this.getValue()));
		this.sliderEl.addEventListener('input', () => {
			if (this.instant) void this.changeCallback?.(this.getValue());
		});
	}
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}
	setInstant(instant: boolean): this {
		this.instant = instant;
		return this;
	}
	setLimits(min: number | null, max: number | null, step: number | 'any'): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	getValuePretty(): string {
		return this.format(this.getValue());
	}
	setDisplayFormat(format: (value: number) => string): this {
		this.format = format;
		return this;
	}
	setDynamicTooltip(): this {
		return this;
	}
	onChange(callback: (value: number) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** A button. */
export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl('button');
	}
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass('mod-cta');
		return this;
	}
	removeCta(): this {
		this.buttonEl.removeClass('mod-cta');
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass('mod-warning');
		return this;
	}
	setDestructive(): this {
		this.buttonEl.addClass('mod-destructive');
		return this;
	}
	removeDestructive(): this {
		this.buttonEl.removeClass('mod-destructive');
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.buttonEl, tooltip);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener('click', (evt) => void callback(evt));
		return this;
	}
}

/** A small icon button. */
export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv('clickable-icon extra-setting-button');
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.extraSettingsEl, tooltip);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener('click', () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}
