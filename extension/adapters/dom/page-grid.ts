import { rawTableFromValues } from '../../../core/table/from-values.ts';
import type { Extraction, MissingPart } from '../adapter.ts';

/** A table as an adapter read it off the page, before control columns are dropped and cells become a RawTable. */
export interface PageGrid {
  /** CSS selector of the table's root as found, for provenance. */
  selector: string;
  headers: string[];
  /** Cell texts per row, aligned with `headers`. */
  rows: string[][];
  rowKeys: string[];
  total: number | null;
  missing: MissingPart[];
}

// Headers of columns that hold row buttons (edit, delete, more), not data; compared after trimming and lower-casing.
const actionHeaders = new Set(['action', 'actions', 'operation', 'operations', '操作', '更多操作', '操作栏']);

/** Whether a column is a control (row checkbox, action buttons, expander) rather than data: an action header, or no header and no text in any row. */
export function isControlColumn(header: string, rows: readonly string[][], column: number): boolean {
  const name = header.trim().toLowerCase();
  if (actionHeaders.has(name)) return true;
  return name === '' && rows.every((row) => (row[column] ?? '') === '');
}

/**
 * Turn what an adapter read into an Extraction: control columns dropped, cells as page text in a RawTable with page provenance,
 * completeness as rows shown against the declared total (a total below the rows shown is not believed).
 * @example toExtraction('odoo', grid, 'https://erp.example.com/odoo/employees', '2025-03-01T09:00:00.000Z').completeness // { shown: 12, total: 57 }
 */
export function toExtraction(adapterId: string, grid: PageGrid, url: string, capturedAt: string): Extraction {
  const kept = grid.headers.map((_, column) => column).filter((column) => !isControlColumn(grid.headers[column], grid.rows, column));
  const values = [kept.map((column) => grid.headers[column]), ...grid.rows.map((row) => kept.map((column) => row[column] ?? ''))];
  const table = rawTableFromValues(values, { provenance: { kind: 'page', url, selector: grid.selector, capturedAt } });
  const shown = grid.rows.length;
  return {
    adapterId,
    table,
    completeness: { shown, total: grid.total !== null && grid.total >= shown ? grid.total : null },
    rowKeys: grid.rowKeys,
    missing: grid.missing,
  };
}
