/** `Notice`: a `.notice` in the body's `.notice-container`, hidden after `duration` ms (0 keeps it). */

function container(): HTMLElement {
	let el = document.body.querySelector<HTMLElement>(':scope > .notice-container');
	if (!el) el = document.body.createDiv('notice-container');
	return el;
}

/** A toast message. */
export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	private timer: number | null = null;

	constructor(message: string | DocumentFragment, duration = 4500) {
		this.containerEl = container();
		this.noticeEl = this.containerEl.createDiv('notice');
		this.messageEl = this.noticeEl.createDiv('notice-message');
		this.setMessage(message);
		this.noticeEl.addEventListener('click', () => this.hide());
		if (duration > 0) this.timer = window.setTimeout(() => this.hide(), duration);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		return this;
	}

	hide(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.noticeEl.detach();
	}
}

/** Fake-only: the texts of the notices on screen, oldest first. */
export function getNotices(): string[] {
	if (typeof document === 'undefined') return [];
	return Array.from(document.querySelectorAll('.notice-container > .notice')).map((el) => el.textContent ?? '');
}

/** Fake-only: removes every notice (between tests). */
export function clearNotices(): void {
	if (typeof document === 'undefined') return;
	document.querySelectorAll('.notice-container > .notice').forEach((el) => el.remove());
}
