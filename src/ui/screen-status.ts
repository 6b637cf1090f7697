/** The status line of the explorer from the indexer's status (pure). */
import type { IndexStatus } from '../obsidian/index-status';
import { formatNumber, plural } from './format';
import type { StatusView } from './screen-types';

/**
 * While indexing: `Indexing 1,200 of 3,650 notes` with a progress bar. Once ready the summary
 * line shows the totals, so the status line only speaks for a warning from the indexer (the
 * cache could not open, say); how many notes were read goes in `detail` (the summary's tooltip).
 */
export function statusView(status: IndexStatus): StatusView {
	switch (status.state) {
		case 'idle':
			return { message: 'Waiting for the vault to load', error: false };
		case 'indexing':
			return {
				message: `Indexing ${formatNumber(status.done)} of ${plural(status.total, 'note')}`,
				progress: { value: Math.min(status.done, status.total), max: Math.max(1, status.total) },
				warning: status.warning,
				error: false,
			};
		case 'ready':
			// The summary line carries the totals now; the note count goes in its tooltip.
			return { message: '', detail: `${plural(status.talks, 'talk')} found in ${plural(status.notes, 'note')}`, warning: status.warning, error: false };
		case 'error':
			return { message: `Indexing failed: ${status.message}`, error: true };
	}
}
