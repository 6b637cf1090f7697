/**
 * Renders setting definitions with `Setting` rows, for Obsidian versions before 1.13 that
 * do not render `getSettingDefinitions()` themselves. Sections become heading rows.
 */
import { debounce, Setting, type SettingDefinitionItem, type SettingGroup } from 'obsidian';

/** Reads and writes control values (the tab's getControlValue / setControlValue). */
export interface ControlIo {
	get(key: string): unknown;
	set(key: string, value: unknown): void;
}

/** Quiet time after typing before a text value is applied. */
const TYPING_PAUSE_MS = 600;

/** Renders `items` into `el`; returns a function that applies any value still waiting for a typing pause. */
export function renderSettingDefinitions(el: HTMLElement, items: readonly SettingDefinitionItem[], io: ControlIo): () => void {
	const pending: (() => void)[] = [];
	const typed = (key: string) => {
		const d = debounce((v: string) => io.set(key, v), TYPING_PAUSE_MS, true);
		pending.push(() => void d.run());
		return (v: string) => void d(v);
	};
	for (const item of items) {
		if ('type' in item && (item.type === 'group' || item.type === 'list')) {
			if (item.heading) new Setting(el).setName(item.heading).setHeading();
			for (const child of item.items ?? []) renderOne(el, child, io, typed);
		} else renderOne(el, item, io, typed);
	}
	return () => pending.forEach((run) => run());
}

function renderOne(el: HTMLElement, item: SettingDefinitionItem, io: ControlIo, typed: (key: string) => (v: string) => void): void {
	if ('type' in item) return; // Pages and nested groups are not used by this plugin.
	const setting = new Setting(el).setName(item.name);
	if (item.desc !== undefined) setting.setDesc(item.desc);
	// Before 1.13 there are no setting groups; this plugin's render callbacks only use the row.
	if ('render' in item && item.render) void item.render(setting, null as unknown as SettingGroup);
	const control = 'control' in item ? item.control : undefined;
	if (!control) return;
	const value = io.get(control.key);
	const text = typeof value === 'string' ? value : '';
	switch (control.type) {
		case 'text':
			setting.addText((t) => t.setPlaceholder(control.placeholder ?? '').setValue(text).onChange(typed(control.key)));
			break;
		case 'textarea':
			setting.addTextArea((t) => {
				t.setPlaceholder(control.placeholder ?? '').setValue(text).onChange(typed(control.key));
				if (control.rows) t.inputEl.rows = control.rows;
			});
			break;
		case 'toggle':
			setting.addToggle((t) => t.setValue(value === true).onChange((v) => io.set(control.key, v)));
			break;
		case 'slider':
			setting.addSlider((s) => s.setLimits(control.min, control.max, control.step).setValue(Number(value)).onChange((v) => io.set(control.key, v)));
			break;
		default:
			break;
	}
}
