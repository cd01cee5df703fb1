import { detectRole } from '../../core/table/detect-role.ts';
import { rawTableFromValues } from '../../core/table/from-values.ts';
import type { WorkbookSource } from './workbook-source.ts';

/** Address without its sheet prefix (`'Q1 data'!A1:C9` → `A1:C9`). */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

/** Header cells as text: numbers and booleans in headers are still names. */
function headerTexts(row: readonly unknown[]): string[] {
  return row.map((cell) => String(cell ?? '').trim());
}

/** Core's role proposal from the header row alone, so listing a million-row table reads one row. */
function roleOf(headers: string[]) {
  return detectRole(rawTableFromValues([headers]));
}

/**
 * The workbook's tables and the current selection as sources, each with its size, headers and core's proposed role, in two syncs:
 * one for the tables and the selection, one for every table's header row and size at once.
 * A selection of a single cell is not offered (there is nothing to read).
 * @example (await listSources())[0] // { kind: 'table', name: 'Roster', sheet: 'HR', address: 'A1:Q1194', rowCount: 1193, … }
 */
export async function listSources(): Promise<WorkbookSource[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load('items/name');
    const selection = context.workbook.getSelectedRange();
    selection.load('address,rowCount,columnCount,values');
    await context.sync();
    const parts = tables.items.map((table) => {
      const range = table.getRange();
      range.load('address,rowCount,columnCount');
      const header = table.getHeaderRowRange();
      header.load('values');
      table.worksheet.load('name');
      return { table, range, header };
    });
    await context.sync();
    const sources: WorkbookSource[] = parts.map(({ table, range, header }) => {
      const headers = headerTexts(header.values[0] ?? []);
      return { kind: 'table', name: table.name, sheet: table.worksheet.name, address: localAddress(range.address), rowCount: range.rowCount - 1, columnCount: range.columnCount, headers, role: roleOf(headers) };
    });
    if (selection.rowCount > 1 && selection.columnCount > 0) {
      const bang = selection.address.lastIndexOf('!');
      const sheet = selection.address.slice(0, bang).replace(/^'(.*)'$/, '$1').replaceAll("''", "'");
      const headers = headerTexts(selection.values[0] ?? []);
      sources.push({ kind: 'selection', name: selection.address, sheet, address: localAddress(selection.address), rowCount: selection.rowCount - 1, columnCount: selection.columnCount, headers, role: roleOf(headers) });
    }
    return sources;
  });
}
