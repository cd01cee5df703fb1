import { analyzeCase, type CaseTables } from '../../core/analyze-case.ts';
import { currentEvidence } from '../../core/case/current-evidence.ts';
import type { Evidence } from '../../core/metrics/evidence.ts';
import { columnLetters } from '../../core/table/cell-address.ts';
import type { Day, Period } from '../../core/table/day.ts';
import { rawTableFromValues } from '../../core/table/from-values.ts';
import type { TableRole } from '../../core/table/fields.ts';
import type { CellValue } from '../../core/table/raw-table.ts';
import { evidenceSheetLayout, type EvidenceSheetSource } from '../workbook/evidence-sheet-layout.ts';
import { sheetRef } from '../workbook/sheet-ref.ts';
import { calculateWorkbook, cellIndex, putRows, type EngineSheet } from './formula-engine.ts';

/** A source as the user's workbook holds it: cells from the header row on (dates as serials), placed at a cell of a sheet. */
export interface WorkbookTable {
  role: TableRole;
  kind: 'table' | 'selection';
  /** Table name; a selection is named by its address, as the pane names it. */
  name?: string;
  sheet: string;
  /** Top-left cell of the header row. */
  origin: string;
  rows: CellValue[][];
  /** Number format per column, dates' marking them as dates as Excel's would. */
  numberFormats: string[];
}

/** One evidence row whose live formula the engine calculated, beside PeopleCase's value and the sheet's own check. */
export interface CheckedFormula {
  item: Evidence;
  formula: string;
  excel: CellValue;
  agrees: CellValue;
}

/** The evidence sheet as calculated: every row with a formula, and the rows without one (suppressed, or no formula). */
export interface EvidenceSheetCheck {
  checked: CheckedFormula[];
  withoutFormula: Evidence[];
  evidence: Evidence[];
}

const evidenceSheet = 'PeopleCase evidence';

/** The address of a table's cells, header included, as Excel gives it (`A1:Q1194`, no sheet). */
function addressOf(table: WorkbookTable): string {
  const { row, column } = cellIndex(table.origin);
  return `${table.origin}:${columnLetters(column + table.rows[0].length - 1)}${row + table.rows.length}`;
}

/**
 * Do what the pane does with workbook sources — read each into a RawTable as readSource does (values with the columns'
 * number formats), analyse the case, lay out the evidence sheet of the current period's evidence — then put the sources and
 * the evidence sheet into a real formula engine and calculate it: what Excel would show the user in each formula and check cell.
 * @example (await checkEvidenceSheet([roster], { asOf })).checked.every(({ agrees }) => agrees === '✓')
 */
export async function checkEvidenceSheet(tables: readonly WorkbookTable[], options: { asOf: Day; period?: Period | null }): Promise<EvidenceSheetCheck> {
  const raw = Object.fromEntries(
    tables.map((table) => {
      const address = addressOf(table);
      const range = `${sheetRef(table.sheet)}!${address}`;
      const provenance = { kind: 'workbook' as const, sheet: table.sheet, origin: `${sheetRef(table.sheet)}!${table.origin}`, range };
      return [table.role, rawTableFromValues(table.rows, { provenance, firstDataRow: cellIndex(table.origin).row + 2, numberFormats: table.numberFormats })];
    }),
  ) as CaseTables;
  const analysis = analyzeCase(raw, { asOf: options.asOf, period: options.period });
  const evidence = currentEvidence(analysis);
  const sources: Partial<Record<TableRole, EvidenceSheetSource>> = {};
  for (const table of tables) {
    const address = addressOf(table);
    const name = table.name ?? `${sheetRef(table.sheet)}!${address}`;
    sources[table.role] = { source: { kind: table.kind, name, sheet: table.sheet, address, headers: table.rows[0].map(String) }, fieldMap: analysis.fieldMaps[table.role]! };
  }
  const period = analysis.period;
  const layout = evidenceSheetLayout({ lang: 'en', sources, evidence, period, day: period?.to ?? options.asOf, asOf: options.asOf, chartMetrics: [] });
  const sheets = new Map<string, EngineSheet>();
  for (const table of tables) {
    const sheet: EngineSheet = sheets.get(table.sheet) ?? { name: table.sheet, cells: new Map(), tables: [] };
    putRows(sheet.cells, table.origin, table.rows);
    if (table.kind === 'table') sheet.tables!.push({ name: table.name!, address: addressOf(table) });
    sheets.set(table.sheet, sheet);
  }
  const output: EngineSheet = { name: evidenceSheet, cells: new Map() };
  for (const block of layout.blocks) putRows(output.cells, block.address, block.formulas);
  const value = await calculateWorkbook([...sheets.values(), output]);
  const firstTableRow = cellIndex(layout.headerAddress.split(':')[0]).row + 2;
  const checked: CheckedFormula[] = [];
  const withoutFormula: Evidence[] = [];
  evidence.forEach((item, index) => {
    const row = firstTableRow + index;
    const formula = output.cells.get(`${row - 1},2`);
    if (typeof formula === 'string' && formula.startsWith('=')) checked.push({ item, formula, excel: value(evidenceSheet, `C${row}`), agrees: value(evidenceSheet, `E${row}`) });
    else withoutFormula.push(item);
  });
  return { checked, withoutFormula, evidence };
}
