/** The indexing status line, its progress bar, and the collapsible list of problems found in notes. */
import { setIcon } from 'obsidian';
import type { ExplorerHandlers } from './explorer-handlers';
import { plural } from './format';
import type { ExplorerScreen } from './screen-types';

/** Most problems listed at once; the count still says how many there are. */
const MAX_LISTED = 200;

/** Draws the status line (nothing when there is nothing to say). */
export function renderStatus(parent: HTMLElement, screen: ExplorerScreen, handlers: ExplorerHandlers): void {
	const status = screen.status;
	const problems = screen.diagnostics.length;
	if (status.message === '' && !status.warning && problems === 0) return;
	const el = parent.createDiv({ cls: status.error ? ['ct-status', 'mod-error'] : 'ct-status', attr: { role: 'status' } });
	const line = el.createDiv('ct-status-line');
	if (status.message !== '') line.createSpan({ cls: 'ct-status-text', text: status.message });
	if (problems > 0) {
		const toggle = line.createEl('button', {
			cls: screen.diagnosticsOpen ? ['ct-problems-toggle', 'is-open'] : 'ct-problems-toggle',
			attr: { 'aria-expanded': screen.diagnosticsOpen ? 'true' : 'false', 'data-focus-key': 'problems' },
		});
		setIcon(toggle.createSpan('ct-problems-icon'), 'alert-triangle');
		toggle.createSpan({ text: plural(problems, 'problem') });
		toggle.addEventListener('click', () => handlers.onToggleDiagnostics());
	}
	if (status.progress) el.createEl('progress', { cls: 'ct-progress', attr: { value: status.progress.value, max: status.progress.max } });
	if (status.warning) el.createDiv({ cls: 'ct-status-warning', text: status.warning });
	if (screen.diagnosticsOpen) renderProblems(el, screen, handlers);
}

function renderProblems(parent: HTMLElement, screen: ExplorerScreen, handlers: ExplorerHandlers): void {
	const list = parent.createEl('ul', { cls: 'ct-problems' });
	for (const diagnostic of screen.diagnostics.slice(0, MAX_LISTED)) {
		const item = list.createEl('li', { cls: 'ct-problem' });
		const place = diagnostic.line > 0 ? `${diagnostic.file}:${diagnostic.line}` : diagnostic.file;
		const link = item.createEl('a', { cls: 'ct-problem-place', text: place, href: '#' });
		link.addEventListener('click', (evt) => {
			evt.preventDefault();
			handlers.onOpenFile(diagnostic.file, diagnostic.line);
		});
		item.createSpan({ cls: 'ct-problem-message', text: diagnostic.message });
	}
	if (screen.diagnostics.length > MAX_LISTED) list.createEl('li', { cls: 'ct-muted', text: `and ${screen.diagnostics.length - MAX_LISTED} more` });
}
