/**
 * How Obsidian 1.13+ renders a tab's `getSettingDefinitions()`: groups (`.setting-group` with a
 * heading row) of Setting rows whose controls read `getControlValue(key)` and write
 * `setControlValue(key, value)` on change; `render` rows get the Setting to fill in.
 */
import { Setting } from './setting';

/** The tab side of the contract. */
export interface DeclarativeTab {
	getControlValue(key: string): unknown;
	setControlValue(key: string, value: unknown): void | Promise<void>;
}

interface Control {
	type: string;
	key: string;
	placeholder?: string;
	rows?: number;
	min?: number;
	max?: number;
	step?: number | 'any';
	options?: Record<string, string>;
	defaultValue?: unknown;
}

interface Item {
	type?: string;
	heading?: string;
	items?: Item[];
	name?: string;
	desc?: string | DocumentFragment;
	control?: Control;
	render?: (setting: Setting, group: unknown) => unknown;
	action?: (el: HTMLElement, index: number) => void;
	visible?: boolean | (() => boolean);
}

const visible = (item: Item) => (typeof item.visible === 'function' ? item.visible() : item.visible !== false);

/** Renders definitions into `el`, as the settings modal does. */
export function renderDefinitions(el: HTMLElement, items: readonly unknown[], tab: DeclarativeTab): void {
	for (const raw of items as Item[]) {
		if (!visible(raw)) continue;
		if (raw.type === 'group' || raw.type === 'list') {
			const group = el.createDiv('setting-group');
			if (raw.heading) new Setting(group).setName(raw.heading).setHeading();
			const list = group.createDiv('setting-items');
			for (const child of raw.items ?? []) if (visible(child)) renderItem(list, child, tab, group);
		} else renderItem(el, raw, tab, el);
	}
}

function renderItem(el: HTMLElement, item: Item, tab: DeclarativeTab, group: unknown): void {
	const setting = new Setting(el).setName(item.name ?? '');
	if (item.desc !== undefined) setting.setDesc(item.desc);
	if (item.render) void item.render(setting, group);
	if (item.action) {
		const action = item.action;
		setting.settingEl.addClass('mod-clickable');
		setting.settingEl.addEventListener('click', () => action(setting.settingEl, 0));
	}
	const c = item.control;
	if (!c) return;
	const stored = tab.getControlValue(c.key);
	const value = stored === undefined || stored === null ? c.defaultValue : stored;
	const save = (v: unknown) => void tab.setControlValue(c.key, v);
	switch (c.type) {
		case 'text':
		case 'file':
		case 'folder':
			setting.addText((t) => t.setPlaceholder(c.placeholder ?? '').setValue(typeof value === 'string' ? value : '').onChange(save));
			break;
		case 'textarea':
			setting.addTextArea((t) => {
				t.setPlaceholder(c.placeholder ?? '').setValue(typeof value === 'string' ? value : '').onChange(save);
				if (c.rows) t.inputEl.rows = c.rows;
			});
			break;
		case 'number':
			setting.addText((t) => {
				t.inputEl.type = 'number';
				t.setValue(typeof value === 'number' ? String(value) : '').onChange((v) => save(Number(v)));
			});
			break;
		case 'toggle':
			setting.addToggle((t) => t.setValue(value === true).onChange(save));
			break;
		case 'slider':
			setting.addSlider((s) => s.setLimits(c.min ?? 0, c.max ?? 100, c.step ?? 1).setValue(Number(value)).onChange(save));
			break;
		case 'dropdown':
			setting.addDropdown((d) => d.addOptions(c.options ?? {}).setValue(typeof value === 'string' ? value : '').onChange(save));
			break;
		default:
			throw new Error(`The fake does not render '${c.type}' controls`);
	}
}
