/**
 * `SuggestModal` and `FuzzySuggestModal`: an input, `.suggestion-item` rows (the selected one has
 * `is-selected`), ArrowUp/ArrowDown to move, Enter (with any modifiers) to choose, instructions below.
 */
import type { App } from './app-class';
import { Modal } from './modal';
import { prepareFuzzySearch, renderMatches, type FakeSearchResult } from './search';

/** A keyboard hint shown under the list. */
export interface FakeInstruction {
	command: string;
	purpose: string;
}

/** A modal that suggests items for what the user types. */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = 'No results found.';
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** Fake-only: the items currently rendered, in order. */
	values: T[] = [];
	/** Fake-only: index of the selected row. */
	selectedIndex = 0;
	private instructionsEl: HTMLElement | null = null;
	private updateToken = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass('prompt');
		this.modalEl.empty();
		const inputContainer = this.modalEl.createDiv('prompt-input-container');
		this.inputEl = inputContainer.createEl('input', { cls: 'prompt-input', attr: { enterkeyhint: 'done', type: 'text' } });
		this.resultContainerEl = this.modalEl.createDiv('prompt-results');
		this.inputEl.addEventListener('input', () => void this.updateSuggestions());
		this.scope.register([], 'ArrowDown', (evt) => {
			this.moveSelection(1);
			evt.preventDefault();
			return false;
		});
		this.scope.register([], 'ArrowUp', (evt) => {
			this.moveSelection(-1);
			evt.preventDefault();
			return false;
		});
		this.scope.register(null, 'Enter', (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.setAttr('placeholder', placeholder);
	}

	setInstructions(instructions: FakeInstruction[]): void {
		this.instructionsEl?.detach();
		this.instructionsEl = this.modalEl.createDiv('prompt-instructions');
		for (const ins of instructions) {
			const row = this.instructionsEl.createDiv('prompt-instruction');
			row.createSpan({ cls: 'prompt-instruction-command', text: ins.command });
			row.createSpan({ text: ins.purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.values[this.selectedIndex];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	open(): void {
		super.open();
		this.inputEl.focus();
		void this.updateSuggestions();
	}

	/** Fake-internal: re-runs getSuggestions for the input's value and renders the rows. Returns when rendered. */
	async updateSuggestions(): Promise<void> {
		const token = ++this.updateToken;
		const items = await this.getSuggestions(this.inputEl.value);
		if (token !== this.updateToken) return;
		this.values = items.slice(0, this.limit);
		this.selectedIndex = 0;
		this.resultContainerEl.empty();
		if (this.values.length === 0) {
			this.onNoSuggestion();
			return;
		}
		this.values.forEach((value, i) => {
			const el = this.resultContainerEl.createDiv('suggestion-item');
			this.renderSuggestion(value, el);
			el.addEventListener('mousemove', () => this.setSelected(i));
			el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
		});
		this.setSelected(0);
	}

	private moveSelection(delta: number): void {
		const n = this.values.length;
		if (n === 0) return;
		this.setSelected((this.selectedIndex + delta + n) % n);
	}

	private setSelected(i: number): void {
		this.selectedIndex = i;
		const rows = this.resultContainerEl.findAll('.suggestion-item');
		rows.forEach((row, j) => row.toggleClass('is-selected', j === i));
	}
}

/** A fuzzy match of an item. */
export interface FakeFuzzyMatch<T> {
	item: T;
	match: FakeSearchResult;
}

/** A suggest modal that fuzzy-filters `getItems()` by `getItemText()`, best score first. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FakeFuzzyMatch<T>> {
	getSuggestions(query: string): FakeFuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query.trim());
		const out: FakeFuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		if (query.trim()) out.sort((a, b) => b.match.score - a.match.score);
		return out;
	}

	renderSuggestion(item: FakeFuzzyMatch<T>, el: HTMLElement): void {
		renderMatches(el, this.getItemText(item.item), item.match.matches);
	}

	onChooseSuggestion(item: FakeFuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
