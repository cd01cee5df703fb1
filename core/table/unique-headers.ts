import type { CellValue } from './raw-table.ts';

/**
 * Turn header cells into usable headers: trimmed, never empty, never repeated (Excel and CSV allow both).
 * An empty cell becomes `Column N` (its 1-based position); a repeat gets ` (2)`, ` (3)`… Empty input gives [].
 * @example uniqueHeaders([' Name', '', 'Name']) // ['Name', 'Column 2', 'Name (2)']
 */
export function uniqueHeaders(cells: readonly CellValue[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell === null || String(cell).trim() === '' ? `Column ${index + 1}` : String(cell).trim();
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base} (${count + 1})`;
  });
}
