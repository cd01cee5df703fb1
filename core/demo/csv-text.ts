import type { DemoCell } from './demo-company.ts';

/**
 * A text cell made safe for spreadsheets: text starting with = + - @ gets a leading apostrophe, so Excel shows it
 * instead of running it as a formula (CSV injection, DESIGN.md §6). Numbers are written as numbers and left alone.
 * @example neutralizeCell('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function neutralizeCell(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled; empty for null. */
function csvField(cell: DemoCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutralizeCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as the CSV Excel users expect: UTF-8 byte-order mark (so Excel reads Chinese names right), RFC 4180 quoting,
 * CRLF line ends including the last line. An empty table gives just the mark.
 * @example csvText([['Name', 'Note'], ['Li, Wei', '=1+1']]) // '\uFEFFName,Note\r\n"Li, Wei",\'=1+1\r\n'
 */
export function csvText(table: readonly (readonly DemoCell[])[]): string {
  return '\uFEFF' + table.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
