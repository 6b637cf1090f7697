/** `Component`: the lifecycle every plugin, view and child shares (load, children, register*, unload). */
import type { FakeEventRef } from './events';

/** Obsidian's Component: cleanups run in reverse registration order on unload. */
export class Component {
	/** Fake-internal: true between load and unload. */
	_loaded = false;
	private _children: Component[] = [];
	private _events: (() => unknown)[] = [];
	/** Fake-internal: what `onload` returned (a Promise for async plugins), so helpers can await it. */
	_onloadResult: unknown;

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this._onloadResult = this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): unknown {
		return undefined;
	}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()!.unload();
		while (this._events.length > 0) {
			try {
				this._events.pop()!();
			} catch (e) {
				console.error(e);
			}
		}
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this._events.push(cb);
	}

	registerEvent(eventRef: FakeEventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}

	/** Fake-only: number of pending cleanups (registered events, intervals, callbacks). */
	registeredCleanupCount(): number {
		return this._events.length;
	}
}
