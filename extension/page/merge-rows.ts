import { cellText, type RawTable } from '../../core/table/raw-table.ts';

/** One read of a page's table as plain strings: what each step of collecting (a scroll, a page, a page load) adds. */
export interface RowBatch {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  rowKeys: readonly string[];
  total: number | null;
}

/** Rows collected so far, in first-seen order, keyed so a row seen again (overlapping scroll windows, re-read pages) counts once. */
export interface MergedRows {
  headers: string[];
  rows: string[][];
  rowKeys: string[];
  total: number | null;
  seen: Set<string>;
}

/** A table's cells as strings, row by row: the plain form that crosses from the page to the panel. */
export function tableRows(table: RawTable): string[][] {
  return Array.from({ length: table.rowCount }, (_, row) => table.columns.map((column) => cellText(column, row)));
}

/** Where each source column lands among the target's, by header, the nth same-named column on the nth (-1: not there). */
function columnPositions(target: readonly string[], source: readonly string[]): number[] {
  const taken = new Set<number>();
  return source.map((header) => {
    const at = target.findIndex((candidate, column) => candidate === header && !taken.has(column));
    taken.add(at);
    return at;
  });
}

/** An empty collection with the first read's columns: later reads are aligned to them by header. */
export function startMerge(headers: readonly string[], total: number | null): MergedRows {
  return { headers: [...headers], rows: [], rowKeys: [], total, seen: new Set() };
}

/**
 * Add a batch's rows not collected yet, cells aligned by header (a column the first read lacked is dropped); `keyPrefix`
 * qualifies page-local keys (positions) so page 2's row 0 is not page 1's. The batch's declared total, when it has one, wins.
 * @example mergeRows(merged, { headers: ['Name'], rows: [['Ann']], rowKeys: ['7'], total: 40 }, '') // 1 (added), merged.total 40
 */
export function mergeRows(merged: MergedRows, batch: RowBatch, keyPrefix: string): number {
  const at = columnPositions(merged.headers, batch.headers);
  const before = merged.rows.length;
  batch.rowKeys.forEach((rowKey, row) => {
    const key = keyPrefix + rowKey;
    if (merged.seen.has(key)) return;
    merged.seen.add(key);
    const cells = new Array<string>(merged.headers.length).fill('');
    at.forEach((column, source) => {
      if (column >= 0) cells[column] = batch.rows[row]?.[source] ?? '';
    });
    merged.rows.push(cells);
    merged.rowKeys.push(key);
  });
  merged.total = batch.total ?? merged.total;
  return merged.rows.length - before;
}
