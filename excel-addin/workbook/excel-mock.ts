import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../core/table/raw-table.ts';

/** The mock's own tree-building calls: public in its JavaScript, private only in its typings. */
interface MockNode {
  addMock(name: string): void;
  populate(data: object): void;
  [key: string]: unknown;
}

/** A sheet's cells for the mock, produced per row on demand so a 1,048,576-row sheet costs no memory until read. */
export interface MockSheetData {
  name: string;
  rowCount: number;
  columnCount: number;
  row: (index: number) => CellValue[];
  /** Number format of a cell; General when absent. */
  format?: (row: number, column: number) => string;
}

/** What the mock host saw: each sync with the cells and JSON bytes of the ranges read in it. */
export interface MockStats {
  syncs: number;
  reads: { cells: number; bytes: number }[];
}

export interface MockOptions {
  /** Bytes a sync's responses may total before it fails as Excel on the web does. */
  payloadLimit?: number;
}

/**
 * An office-addin-mock Excel over one worksheet (load-before-read and sync enforced), whose ranges are cut from the sheet's
 * rows when asked for, and whose sync fails with Excel's payload error when the values read in one sync exceed the limit.
 * @example const { excel, stats } = mockExcel({ name: 'HR', rowCount: 3, columnCount: 2, row: (r) => [r, 'x'] })
 */
export function mockExcel(data: MockSheetData, options: MockOptions = {}): { excel: typeof Excel; stats: MockStats } {
  const stats: MockStats = { syncs: 0, reads: [] };
  let pending: { cells: number; bytes: number }[] = [];
  let serial = 0;
  // Ranges made since the last sync, unlinked from the mock once synced: Office.js keeps no proxy the add-in lets go of, and
  // the mock would otherwise hold every chunk a reader has already used.
  let made: { node: MockNode; key: string }[] = [];
  const cut = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => {
    const values: CellValue[][] = [];
    const numberFormat: string[][] = [];
    for (let r = rowIndex; r < rowIndex + rowCount; r++) {
      values.push(data.row(r).slice(columnIndex, columnIndex + columnCount));
      numberFormat.push(Array.from({ length: columnCount }, (_, c) => data.format?.(r, columnIndex + c) ?? 'General'));
    }
    pending.push({ cells: rowCount * columnCount, bytes: JSON.stringify(values).length });
    return { rowIndex, columnIndex, rowCount, columnCount, values, numberFormat };
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem(this: MockNode, name: string) {
            if (name !== data.name) throw Object.assign(new Error(`No sheet ${name}`), { code: 'ItemNotFound' });
            return this.sheet;
          },
          sheet: {
            name: data.name,
            getRange(this: MockNode) {
              const key = `range${serial++}`;
              this.addMock(key);
              (this[key] as MockNode).populate({ rowIndex: 0, columnIndex: 0, rowCount: data.rowCount, columnCount: data.columnCount });
              return this[key];
            },
            getRangeByIndexes(this: MockNode, rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) {
              const key = `range${serial++}`;
              this.addMock(key);
              made.push({ node: this, key });
              (this[key] as MockNode).populate(cut(rowIndex, columnIndex, rowCount, columnCount));
              return this[key];
            },
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as unknown as { context: { sync: () => Promise<void> } } & typeof Excel;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    const reads = pending;
    pending = [];
    stats.syncs++;
    const bytes = reads.reduce((sum, read) => sum + read.bytes, 0);
    if (options.payloadLimit !== undefined && bytes > options.payloadLimit) {
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    stats.reads.push(...reads);
    await sync();
    // office-addin-mock settles nested ranges a few microtasks after sync returns.
    for (let i = 0; i < 8; i++) await Promise.resolve();
    for (const { node, key } of made) {
      delete node[key];
      (node as unknown as { _properties: Map<string, unknown> })._properties.delete(key);
    }
    made = [];
  };
  return { excel: mock, stats };
}
