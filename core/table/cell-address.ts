/**
 * A1 address of a cell, so an issue points at the very cell the user sees; `origin` is the table's top-left
 * (`A1`, `Sheet1!B3`, `'Q1 data'!A1`), `row` the 1-based sheet row, `column` the 0-based column of the table.
 * An origin that is not an A1 address is treated as `A1`.
 * @example cellAddress('Sheet1!B3', 17, 2) // 'Sheet1!D17'
 */
export function cellAddress(origin: string, row: number, column: number): string {
  const bang = origin.lastIndexOf('!');
  const sheet = bang >= 0 ? origin.slice(0, bang + 1) : '';
  const letters = /^\$?([A-Za-z]{1,3})/.exec(origin.slice(bang + 1))?.[1] ?? 'A';
  return `${sheet}${columnLetters(columnIndex(letters) + column)}${row}`;
}

/**
 * Spreadsheet letters of a 0-based column index (bijective base 26).
 * @example columnLetters(27) // 'AB'
 */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The 0-based column index of spreadsheet letters (the inverse of columnLetters).
 * @example columnIndex('AB') // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
