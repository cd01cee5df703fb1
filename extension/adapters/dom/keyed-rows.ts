import { textOf } from './text-of.ts';

/** One container's share of a logical row: grids split a row across pinned and scrolling containers, or render it twice. */
export interface RowPart {
  rowKey: string;
  /** Position of the row in the whole data (its row index), so rows read in DOM order come out in data order. */
  order: number;
  /** Cells of this part, each with the column id it belongs to. */
  cells: Iterable<readonly [columnId: string, text: string]>;
}

/**
 * Merge row parts into whole rows: parts with the same key become one row, cells land under their column id (a cell seen twice
 * keeps its first non-empty text), rows come out by `order`. Columns absent from a row give ''. No parts gives no rows.
 * @example mergeRowParts(['name', 'dept'], [{ rowKey: '0', order: 0, cells: [['dept', 'R&D']] }, { rowKey: '0', order: 0, cells: [['name', 'Ann']] }]) // { rowKeys: ['0'], rows: [['Ann', 'R&D']] }
 */
export function mergeRowParts(columnIds: readonly string[], parts: Iterable<RowPart>): { rowKeys: string[]; rows: string[][] } {
  const merged = new Map<string, { order: number; cells: Map<string, string> }>();
  for (const part of parts) {
    let row = merged.get(part.rowKey);
    if (!row) {
      row = { order: part.order, cells: new Map() };
      merged.set(part.rowKey, row);
    }
    for (const [columnId, text] of part.cells) if (!row.cells.get(columnId)) row.cells.set(columnId, text);
  }
  const ordered = Array.from(merged, ([rowKey, row]) => ({ rowKey, ...row })).sort((a, b) => a.order - b.order);
  return { rowKeys: ordered.map((row) => row.rowKey), rows: ordered.map((row) => columnIds.map((id) => row.cells.get(id) ?? '')) };
}

/** The cells under a row element that carry a column id attribute, as [column id, text] pairs. */
export function keyedCells(row: Element, cellSelector: string, columnAttribute: string): [string, string][] {
  return Array.from(row.querySelectorAll(cellSelector), (cell) => [cell.getAttribute(columnAttribute) ?? '', textOf(cell)]);
}

/** Header cells ordered by their `aria-colindex` (pinned and scrolling header containers are read in DOM order otherwise). */
export function byColumnIndex(cells: readonly Element[]): Element[] {
  const index = (cell: Element) => Number(cell.getAttribute('aria-colindex') ?? Number.NaN);
  return cells.every((cell) => Number.isFinite(index(cell))) ? [...cells].sort((a, b) => index(a) - index(b)) : [...cells];
}

/**
 * The data rows an ARIA grid declares: `aria-rowcount` minus its header rows (the highest `aria-rowindex` among them, since
 * header rows are numbered first); null when the grid declares no count.
 * @example ariaDataRowCount(gridWithRowcount1001AndOneHeaderRow) // 1000
 */
export function ariaDataRowCount(grid: Element | null, headerRows: readonly Element[]): number | null {
  const declared = Number(grid?.getAttribute('aria-rowcount') ?? Number.NaN);
  if (!Number.isFinite(declared) || declared < 0) return null;
  const headerCount = Math.max(0, ...headerRows.map((row) => Number(row.getAttribute('aria-rowindex') ?? 0) || 0));
  return Math.max(0, declared - headerCount);
}
