/**
 * `Modal`: `.modal-container` (> `.modal-bg` + `.modal` > close button, `.modal-title`,
 * `.modal-content`) attached to document.body while open. Keys go to the modal's scope;
 * Escape closes it.
 */
import type { App } from './app-class';
import { Scope } from './keymap';

/** A dialog. */
export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	/** Fake-only: true while open. */
	isOpen = false;
	private closeCallback: (() => unknown) | null = null;
	private keyListener = (evt: KeyboardEvent) => {
		if (this.scope.handleKey(evt)) evt.stopPropagation();
	};

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope(app.scope);
		this.scope.register([], 'Escape', () => {
			this.close();
			return false;
		});
		this.containerEl = createDiv('modal-container');
		this.containerEl.createDiv('modal-bg').addEventListener('click', () => this.close());
		this.modalEl = this.containerEl.createDiv('modal');
		this.modalEl.createDiv('modal-close-button').addEventListener('click', () => this.close());
		const header = this.modalEl.createDiv('modal-header');
		this.titleEl = header.createDiv('modal-title');
		this.contentEl = this.modalEl.createDiv('modal-content');
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		document.body.appendChild(this.containerEl);
		this.containerEl.addEventListener('keydown', this.keyListener);
		this.app.keymap.pushScope(this.scope);
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.app.keymap.popScope(this.scope);
		this.containerEl.removeEventListener('keydown', this.keyListener);
		this.containerEl.detach();
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}
