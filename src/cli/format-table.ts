/**
 * Plain-text tables for the terminal: a header, a rule, aligned rows. On a
 * terminal, the flexible columns shrink to fit its width; when the width is
 * unknown (output piped), each column has a cap so one long title cannot make
 * every line hundreds of characters wide.
 */
import { cleanCell, displayWidth, pad, truncate } from './text-width';

/** One table column. */
export interface Column {
	readonly header: string;
	/** Numbers read better right-aligned. */
	readonly align?: 'left' | 'right';
	/** Widest the column may get, in terminal cells, when the terminal width is unknown. */
	readonly max?: number;
	/** May shrink (down to {@link MIN_FLEX_WIDTH}) to fit the terminal; titles and lists, not dates. */
	readonly flex?: boolean;
}

/** Gap between columns. */
const GAP = '  ';
/** A flexible column never gets narrower than this, even on a tiny terminal. */
const MIN_FLEX_WIDTH = 12;

/** Renders rows under the columns' headers; `width` is the terminal width when known. */
export function formatTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, width?: number): string {
	const cells = rows.map((row) => columns.map((_, i) => cleanCell(row[i] ?? '')));
	// A known terminal width decides alone; caps only keep piped output readable.
	const widths = columns.map((column, i) =>
		Math.min(width === undefined ? (column.max ?? Infinity) : Infinity, Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[i] ?? '')))),
	);
	if (width !== undefined) fitToWidth(columns, widths, width);
	const line = (values: readonly string[]) =>
		values
			.map((value, i) => pad(truncate(value, widths[i] ?? 0), widths[i] ?? 0, columns[i]?.align))
			.join(GAP)
			.trimEnd();
	const header = line(columns.map((column) => column.header));
	const rule = widths.map((w) => '-'.repeat(w)).join(GAP);
	return [header, rule, ...cells.map(line)].join('\n') + '\n';
}

/** Shrinks the widest flexible column, one cell at a time, until the table fits or nothing can shrink. */
function fitToWidth(columns: readonly Column[], widths: number[], width: number): void {
	const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
	while (total() > width) {
		let widest = -1;
		widths.forEach((w, i) => {
			if (columns[i]?.flex && w > MIN_FLEX_WIDTH && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
		});
		if (widest < 0) return;
		widths[widest] = (widths[widest] ?? 0) - 1;
	}
}
