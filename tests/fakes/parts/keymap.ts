/** `Scope` and `Keymap`: key handlers by modifiers and key, with a parent chain and a scope stack. */
import { Platform } from './misc';

type Modifier = 'Mod' | 'Ctrl' | 'Meta' | 'Shift' | 'Alt';
type Listener = (evt: KeyboardEvent, ctx: { modifiers: string | null; key: string | null; vkey: string }) => unknown;

/** A registered key handler. */
export interface FakeKeymapEventHandler {
	scope: Scope;
	modifiers: string | null;
	key: string | null;
	func: Listener;
}

/** The modifiers of an event in Obsidian's canonical order, with `Mod` for the platform's command key. */
export function eventModifiers(evt: KeyboardEvent | MouseEvent): string {
	const mods: string[] = [];
	if (Platform.isMacOS ? evt.metaKey : evt.ctrlKey) mods.push('Mod');
	if (Platform.isMacOS && evt.ctrlKey) mods.push('Ctrl');
	if (!Platform.isMacOS && evt.metaKey) mods.push('Meta');
	if (evt.altKey) mods.push('Alt');
	if (evt.shiftKey) mods.push('Shift');
	return mods.join(',');
}

function canonical(mods: Modifier[]): string {
	const order: Modifier[] = ['Mod', 'Ctrl', 'Meta', 'Alt', 'Shift'];
	return order.filter((m) => mods.includes(m)).join(',');
}

/** Obsidian's Scope: handlers are tried newest first; unhandled keys go to the parent. */
export class Scope {
	private handlers: FakeKeymapEventHandler[] = [];

	constructor(private readonly parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: Listener): FakeKeymapEventHandler {
		const handler: FakeKeymapEventHandler = { scope: this, modifiers: modifiers === null ? null : canonical(modifiers), key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: FakeKeymapEventHandler): void {
		this.handlers = this.handlers.filter((h) => h !== handler);
	}

	/** Fake-internal: dispatches a keydown. Returns true when a handler took it (and then prevents the default when it returned false). */
	handleKey(evt: KeyboardEvent): boolean {
		const mods = eventModifiers(evt);
		for (const h of this.handlers.slice().reverse()) {
			if (h.key !== null && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
			if (h.modifiers !== null && h.modifiers !== mods) continue;
			const result = h.func(evt, { modifiers: mods, key: evt.key, vkey: evt.key });
			if (result === false) evt.preventDefault();
			return true;
		}
		return this.parent ? this.parent.handleKey(evt) : false;
	}
}

/** Obsidian's Keymap: a stack of scopes; the top one gets keys first. */
export class Keymap {
	private stack: Scope[] = [];

	constructor(private readonly rootScope: Scope) {}

	pushScope(scope: Scope): void {
		this.stack = this.stack.filter((s) => s !== scope);
		this.stack.push(scope);
	}

	popScope(scope: Scope): void {
		this.stack = this.stack.filter((s) => s !== scope);
	}

	/** Fake-internal: routes a keydown to the top scope (then the app scope). */
	handleKey(evt: KeyboardEvent): boolean {
		const top = this.stack[this.stack.length - 1] ?? this.rootScope;
		return top.handleKey(evt);
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		if (!('ctrlKey' in evt)) return false;
		switch (modifier) {
			case 'Mod':
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case 'Ctrl':
				return evt.ctrlKey;
			case 'Meta':
				return evt.metaKey;
			case 'Shift':
				return evt.shiftKey;
			case 'Alt':
				return evt.altKey;
		}
	}

	/** Where a click or key should open: Mod+Alt+Shift a window, Mod+Alt a split, Mod or middle click a tab. */
	static isModEvent(evt?: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null): 'tab' | 'split' | 'window' | boolean {
		if (!evt) return false;
		if ('button' in evt && evt.type !== 'keydown' && (evt).button === 1) return 'tab';
		if (!Keymap.isModifier(evt, 'Mod')) return false;
		const e = evt as KeyboardEvent;
		if (e.altKey && e.shiftKey) return 'window';
		if (e.altKey) return 'split';
		return 'tab';
	}
}
