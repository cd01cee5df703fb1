import { createRequire } from 'node:module';
import type { ILanguagePack } from '@univerjs/core';
// The facades extend FUniver and FWorkbook (createWorkbook, getFormula, addTable) by declaration merging: their types come from here.
import type {} from '@univerjs/engine-formula/facade';
import type {} from '@univerjs/sheets/facade';
import type {} from '@univerjs/sheets-formula/facade';
import type {} from '@univerjs/sheets-table/facade';
import { columnIndex } from '../../core/table/cell-address.ts';
import type { CellValue } from '../../core/table/raw-table.ts';

/**
 * A real spreadsheet formula engine for tests, standing in for Excel, which cannot run here: Univer (Apache-2.0), headless,
 * with its tables plugin so structured references such as `Roster[Hire Date]` resolve as in Excel. It evaluates formulas with
 * Excel's array semantics (comparisons over ranges give arrays, IF over an array filters, MEDIAN skips the FALSEs), which the
 * evidence sheet's COUNTIFS, SUMPRODUCT and MEDIAN(IF(…)) formulas need. Dev-only: nothing in the add-in imports it.
 */

// Univer's ES builds import a CommonJS font parser by named import, which Node's ESM loader refuses; its CommonJS builds load.
const require = createRequire(import.meta.url);
const { Univer, LocaleType, LogLevel, CellValueType } = require('@univerjs/core') as typeof import('@univerjs/core');
const { FUniver } = require('@univerjs/core/facade') as typeof import('@univerjs/core/facade');
const { UniverFormulaEnginePlugin } = require('@univerjs/engine-formula') as typeof import('@univerjs/engine-formula');
const { UniverSheetsPlugin } = require('@univerjs/sheets') as typeof import('@univerjs/sheets');
const { UniverSheetsFormulaPlugin } = require('@univerjs/sheets-formula') as typeof import('@univerjs/sheets-formula');
const { UniverSheetsTablePlugin } = require('@univerjs/sheets-table') as typeof import('@univerjs/sheets-table');
const tableMessages = require('@univerjs/sheets-table/locale/en-US') as { default: ILanguagePack };
for (const facade of ['@univerjs/engine-formula/facade', '@univerjs/sheets/facade', '@univerjs/sheets-formula/facade', '@univerjs/sheets-table/facade']) require(facade);

/** A cell as written: a string starting with `=` is a formula, anything else a constant; null is an empty cell. */
export type EngineCell = CellValue;

/** A sheet to calculate: cells by zero-based row and column, and the Excel tables on it (name, address with header row). */
export interface EngineSheet {
  name: string;
  cells: Map<string, EngineCell>;
  tables?: { name: string; address: string }[];
}

/** The calculated workbook: a cell's value (a formula's result) by sheet name and A1 address; null when empty. */
export type CalculatedValue = (sheet: string, address: string) => CellValue;

/** Zero-based row and column of an A1 address (`$` allowed). @example cellIndex('$K$7') // { row: 6, column: 10 } */
export function cellIndex(address: string): { row: number; column: number } {
  const [, letters, digits] = /^\$?([A-Z]+)\$?(\d+)$/.exec(address)!;
  return { row: Number(digits) - 1, column: columnIndex(letters) };
}

/** The key of a cell in EngineSheet.cells. */
export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

/**
 * Put a block of rows into a sheet's cells with its top-left corner at an A1 address.
 * @example putRows(cells, 'A7', [['x', '=1+1']]) // cells '6,0' = 'x', '6,1' = '=1+1'
 */
export function putRows(cells: Map<string, EngineCell>, topLeft: string, rows: readonly (readonly EngineCell[])[]): void {
  const { row, column } = cellIndex(topLeft.split(':')[0]);
  rows.forEach((values, r) => values.forEach((value, c) => cells.set(cellKey(row + r, column + c), value)));
}

/**
 * Calculate a workbook in the engine: every sheet's constants and formulas, the tables added over their ranges, then one
 * full calculation; formula errors come back as their text (`#VALUE!`).
 * @example (await calculateWorkbook([{ name: 'S', cells: new Map([['0,0', '=1+1']]) }]))('S', 'A1') // 2
 */
export async function calculateWorkbook(sheets: readonly EngineSheet[]): Promise<CalculatedValue> {
  const univer = new Univer({ locale: LocaleType.EN_US, locales: { [LocaleType.EN_US]: tableMessages.default }, logLevel: LogLevel.ERROR });
  univer.registerPlugin(UniverFormulaEnginePlugin);
  univer.registerPlugin(UniverSheetsPlugin);
  univer.registerPlugin(UniverSheetsFormulaPlugin);
  univer.registerPlugin(UniverSheetsTablePlugin);
  const api = FUniver.newAPI(univer);
  try {
    const snapshots = sheets.map((sheet, index) => {
      const cellData: Record<number, Record<number, { v?: CellValue; f?: string; t?: number }>> = {};
      let rowCount = 1;
      let columnCount = 1;
      for (const [key, value] of sheet.cells) {
        if (value === null || value === '') continue;
        const [row, column] = key.split(',').map(Number);
        // Text typed as text (CellValueType.STRING): untyped, Univer reads '2019-03-01' or '$52,000' as a number, so
        // ISNUMBER of a text cell said TRUE where Excel says FALSE.
        (cellData[row] ??= {})[column] = typeof value === 'string' && value.startsWith('=') ? { f: value } : typeof value === 'string' ? { v: value, t: CellValueType.STRING } : { v: value };
        rowCount = Math.max(rowCount, row + 1);
        columnCount = Math.max(columnCount, column + 1);
      }
      return { id: `s${index}`, name: sheet.name, cellData, rowCount: rowCount + 1, columnCount: columnCount + 1 };
    });
    const workbook = api.createWorkbook({ id: 'workbook', sheetOrder: snapshots.map(({ id }) => id), sheets: Object.fromEntries(snapshots.map((snapshot) => [snapshot.id, snapshot])) });
    for (const [index, sheet] of sheets.entries()) {
      for (const table of sheet.tables ?? []) {
        const [from, to] = table.address.split(':').map(cellIndex);
        const added = await workbook.addTable(`s${index}`, table.name, { startRow: from.row, startColumn: from.column, endRow: to.row, endColumn: to.column });
        if (!added) throw new Error(`the engine refused table ${table.name} at ${sheet.name}!${table.address}`);
      }
    }
    const formula = api.getFormula();
    formula.executeCalculation();
    await formula.onCalculationEnd();
    const values = new Map<string, CellValue>();
    for (const [index, sheet] of sheets.entries()) {
      const calculated = workbook.getSheetBySheetId(`s${index}`)!;
      for (const key of sheet.cells.keys()) {
        const [row, column] = key.split(',').map(Number);
        values.set(`${sheet.name}!${key}`, (calculated.getRange(row, column).getValue() ?? null) as CellValue);
      }
    }
    return (sheet, address) => {
      const { row, column } = cellIndex(address);
      return values.get(`${sheet}!${cellKey(row, column)}`) ?? null;
    };
  } finally {
    univer.dispose();
  }
}
