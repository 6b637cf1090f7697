import { FuzzySuggestModal, Keymap, Platform, renderMatches, type App, type FuzzyMatch } from 'obsidian';
import type { PickerItem } from './picker-items';

/** What a picker shows and does; `modHint` labels Mod+Enter when the picker has a second action. */
export interface PickerOptions<T> {
	readonly items: readonly PickerItem<T>[];
	readonly placeholder: string;
	/** What Enter does, for the instructions line ("to show in the explorer"). */
	readonly enterHint: string;
	/** What Mod+Enter does; omit when it does the same as Enter. */
	readonly modHint?: string;
	/** Called with the chosen row; `withMod` is true for Mod+Enter or Mod+click. */
	readonly onChoose: (value: T, withMod: boolean) => void;
}

/**
 * A thin fuzzy picker over prepared rows: title with the matched letters highlighted, a detail
 * line, and Enter / Mod+Enter for the two actions. All ordering and wording lives in picker-items.ts.
 */
export class PickerModal<T> extends FuzzySuggestModal<PickerItem<T>> {
	constructor(
		app: App,
		private readonly options: PickerOptions<T>,
	) {
		super(app);
		this.setPlaceholder(options.placeholder);
		const mod = Platform.isMacOS ? '⌘' : 'Ctrl';
		this.setInstructions([
			{ command: '↑↓', purpose: 'to navigate' },
			{ command: '↵', purpose: options.enterHint },
			...(options.modHint ? [{ command: `${mod} ↵`, purpose: options.modHint }] : []),
			{ command: 'esc', purpose: 'to dismiss' },
		]);
		// Obsidian's suggest modal takes plain Enter; Mod+Enter has to be asked for.
		this.scope.register(['Mod'], 'Enter', (evt) => {
			this.selectActiveSuggestion(evt);
			return false;
		});
	}

	getItems(): PickerItem<T>[] {
		return [...this.options.items];
	}

	getItemText(item: PickerItem<T>): string {
		return item.text;
	}

	renderSuggestion(match: FuzzyMatch<PickerItem<T>>, el: HTMLElement): void {
		const { item } = match;
		el.addClass('ct-suggestion');
		// The item text starts with the title, so match ranges inside the title apply to it as they are.
		renderMatches(el.createDiv({ cls: 'ct-suggestion-title' }), item.title, match.match.matches);
		if (item.detail) el.createDiv({ cls: 'ct-suggestion-detail', text: item.detail });
	}

	onChooseItem(item: PickerItem<T>, evt: MouseEvent | KeyboardEvent): void {
		this.options.onChoose(item.value, Keymap.isModifier(evt, 'Mod'));
	}
}
