/** `Events` and `EventRef` as Obsidian implements them: named handlers, removable by ref. */

/** A registered handler; `registerEvent(ref)` calls `ref.e.offref(ref)` on unload. */
export interface FakeEventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

/** Obsidian's event emitter. Handlers run synchronously in registration order; a throwing handler is reported, not propagated. */
export class Events {
	private _handlers = new Map<string, FakeEventRef[]>();

	on(name: string, callback: (...data: unknown[]) => unknown, ctx?: unknown): FakeEventRef {
		const ref: FakeEventRef = { e: this, name, fn: callback, ctx };
		const list = this._handlers.get(name) ?? [];
		list.push(ref);
		this._handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: unknown[]) => unknown): void {
		const list = this._handlers.get(name);
		if (!list) return;
		this._handlers.set(name, list.filter((r) => r.fn !== callback));
	}

	offref(ref: FakeEventRef): void {
		const list = this._handlers.get(ref.name);
		if (!list) return;
		this._handlers.set(ref.name, list.filter((r) => r !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		const list = this._handlers.get(name);
		if (!list) return;
		for (const ref of list.slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: FakeEventRef, args: unknown[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (e) {
			// Obsidian logs and carries on so one bad handler cannot break the others.
			console.error(e);
		}
	}

	/** Fake-only: how many handlers are registered (all names, or one name). Tests use it to prove cleanup. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this._handlers.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this._handlers.values()) n += list.length;
		return n;
	}
}
