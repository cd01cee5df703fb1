import type { CategoryColumn, Dataset, DatasetColumn, FieldMap } from '../table/dataset.ts';
import { dayFromIso } from '../table/day.ts';
import type { FieldId, TableRole } from '../table/fields.ts';
import { dayFromMonthText } from '../table/parse-month-column.ts';
import { rawTableFromValues } from '../table/from-values.ts';
import type { CellValue } from '../table/raw-table.ts';
import { fieldSpecs } from '../table/role-fields.ts';
import type { Grouping } from './metric.ts';

/** Marks a test cell as present but unusable, as the Dataset builder does for a value that failed to parse. */
export const INVALID = Symbol('invalid');

/** A test cell: ISO date text for date fields (or `yyyy-mm` for months), numbers for number/money fields, booleans for flags, text otherwise. */
export type TestCell = string | number | boolean | null | typeof INVALID;

/** Plain per-field arrays, all of one length. */
export type TestColumns = Partial<Record<FieldId, readonly TestCell[]>>;

export interface TestDatasetOptions {
  /** ISO day treated as today; defaults to 2030-01-01. */
  asOf?: string;
  /** Row indices left out of every metric (as a repeated employee id would be). */
  excludedRows?: readonly number[];
  /** Kind of table; defaults to roster. */
  role?: TableRole;
}

function wrongCell(field: FieldId, row: number, cell: TestCell): never {
  throw new Error(`buildTestDataset: ${field}[${row}] = ${String(cell)} does not fit the field's type`);
}

function buildColumn(field: FieldId, cells: readonly TestCell[]): DatasetColumn {
  const rowCount = cells.length;
  const invalid = new Uint8Array(rowCount);
  cells.forEach((cell, row) => {
    if (cell === INVALID) invalid[row] = 1;
  });
  const base = { header: field, invalid, invalidCount: invalid.reduce((sum, flag) => sum + flag, 0) };
  const type = fieldSpecs[field].type;
  if (type === 'date' || type === 'month') {
    const days = new Float64Array(rowCount).fill(NaN);
    cells.forEach((cell, row) => {
      const day = typeof cell === 'string' ? (Number.isNaN(dayFromIso(cell)) ? dayFromMonthText(cell) : dayFromIso(cell)) : NaN;
      if (typeof cell === 'string') days[row] = Number.isNaN(day) ? wrongCell(field, row, cell) : day;
      else if (cell !== null && cell !== INVALID) wrongCell(field, row, cell);
    });
    return { ...base, type: 'date', days };
  }
  if (type === 'number' || type === 'money') {
    const values = new Float64Array(rowCount).fill(NaN);
    cells.forEach((cell, row) => {
      if (typeof cell === 'number') values[row] = cell;
      else if (cell !== null && cell !== INVALID) wrongCell(field, row, cell);
    });
    return { ...base, type: 'number', values };
  }
  if (type === 'boolean') {
    const values = new Int8Array(rowCount).fill(-1);
    cells.forEach((cell, row) => {
      if (typeof cell === 'boolean') values[row] = cell ? 1 : 0;
      else if (cell !== null && cell !== INVALID) wrongCell(field, row, cell);
    });
    return { ...base, type: 'boolean', values };
  }
  const codes = new Int32Array(rowCount).fill(-1);
  const labels: string[] = [];
  cells.forEach((cell, row) => {
    if (typeof cell === 'string' && cell.trim() !== '') {
      const label = cell.trim();
      const known = labels.indexOf(label);
      codes[row] = known >= 0 ? known : labels.push(label) - 1;
    } else if (cell !== null && cell !== INVALID && cell !== '') wrongCell(field, row, cell);
  });
  return { ...base, type: 'category', codes, labels };
}

/**
 * A Dataset (a roster unless `role` says otherwise) built straight from small per-field arrays, so metric tests state their rows in plain values (tests only).
 * Every field gets the column type its FieldSpec declares; the raw table's headers are the field ids.
 * @example buildTestDataset({ hireDate: ['2024-01-01', INVALID] }).fields.hireDate?.invalidCount // 1
 */
export function buildTestDataset(columns: TestColumns, options: TestDatasetOptions = {}): Dataset {
  const entries = Object.entries(columns) as [FieldId, readonly TestCell[]][];
  const rowCount = entries.length === 0 ? 0 : entries[0][1].length;
  for (const [field, cells] of entries) {
    if (cells.length !== rowCount) throw new Error(`buildTestDataset: ${field} has ${cells.length} rows, expected ${rowCount}`);
  }
  const fields: Dataset['fields'] = {};
  const fieldMap: FieldMap = {};
  for (const [field, cells] of entries) {
    fields[field] = buildColumn(field, cells);
    fieldMap[field] = field;
  }
  const rowExcluded = new Uint8Array(rowCount);
  for (const row of options.excludedRows ?? []) rowExcluded[row] = 1;
  const values: CellValue[][] = [entries.map(([field]) => field)];
  for (let row = 0; row < rowCount; row++) {
    values.push(entries.map(([, cells]) => (cells[row] === INVALID ? '#INVALID' : (cells[row] as CellValue))));
  }
  return {
    role: options.role ?? 'roster',
    rowCount,
    fields,
    fieldMap,
    rowExcluded,
    issues: [],
    provenance: { kind: 'values' },
    firstDataRow: 2,
    asOf: dayFromIso(options.asOf ?? '2030-01-01'),
    raw: rawTableFromValues(values),
  };
}

/**
 * The grouping of a test dataset by one of its category fields, as the evidence layer builds it for `--by`.
 * @example groupBy(buildTestDataset({ department: ['R&D', 'Sales'] }), 'department').labels // ['R&D', 'Sales']
 */
export function groupBy(dataset: Dataset, field: FieldId): Grouping {
  const column = dataset.fields[field] as CategoryColumn | undefined;
  if (column?.type !== 'category') throw new Error(`groupBy: ${field} is not a category column of this dataset`);
  return { field, codes: column.codes, labels: column.labels };
}
