/**
 * The one CSV writer of the exports (the traffic table's and the overview's): RFC 4180 quoting,
 * `\n` line ends (what the exports have always written; spreadsheets read both), and no cell that a
 * spreadsheet would run as a formula.
 */

/** A cell: text, a number written as it is, or `null` for an empty cell. */
export type CsvCell = string | number | null;

/**
 * A cell as CSV: quoted when it holds a comma, a quote, a CR or an LF, its quotes doubled. Text
 * starting like a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`, so a store named
 * `=HYPERLINK(…)` stays text; numbers are left alone (`-5` is a change, not a formula).
 */
function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows of cells as CSV, the header being the first row; every line ends in `\n`.
 *
 * @example csvTable([['store', 'walk_in'], ['Shop "A", Level 2', 12]])
 * // 'store,walk_in\n"Shop ""A"", Level 2",12\n'
 */
export function csvTable(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\n`).join('');
}
