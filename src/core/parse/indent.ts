/**
 * Indentation measured in columns, tabs to the next multiple of four (the
 * CommonMark tab stop). Only comparisons between lines matter, so notes
 * indented by tabs, by two or four spaces, or a mix, all give the same tree.
 */

/** Columns between tab stops. */
export const TAB_STOP = 4;

/** Column of the first non-blank character (of `line[from, to)`, read in place). */
export function indentWidth(line: string, from = 0, to = line.length): number {
	let column = 0;
	for (let i = from; i < to; i++) {
		// Char codes, not one-character strings: this runs on every line of the note.
		const code = line.charCodeAt(i);
		if (code === 32) column++;
		else if (code === 9) column += TAB_STOP - (column % TAB_STOP);
		else break;
	}
	return column;
}

/**
 * The line with up to `columns` columns of leading white space removed; a tab
 * that straddles the cut leaves the spaces it stood for beyond it.
 */
export function dedent(line: string, columns: number): string {
	let column = 0;
	let i = 0;
	while (i < line.length && column < columns) {
		const code = line.charCodeAt(i);
		if (code === 32) column++;
		else if (code === 9) column += TAB_STOP - (column % TAB_STOP);
		else break;
		i++;
	}
	const rest = line.slice(i);
	return column > columns ? ' '.repeat(column - columns) + rest : rest;
}
