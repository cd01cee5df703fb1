import type { FieldId, TableRole } from './fields.ts';
import type { DataIssue, Provenance, RawTable } from './raw-table.ts';
import type { Day } from './day.ts';

/** Marks rows whose source value for this field was present but unusable; those rows are left out of metrics needing the field. */
interface ColumnBase {
  /** Source header the field was read from. */
  header: string;
  /** 1 where the cell held a value that failed to parse or broke a record rule (the stored value is then missing). */
  invalid: Uint8Array;
  invalidCount: number;
}

/** Dates as day numbers (NaN = missing). */
export interface DateColumn extends ColumnBase {
  type: 'date';
  days: Float64Array;
}

/** Plain numbers and money amounts (NaN = missing). */
export interface NumberColumn extends ColumnBase {
  type: 'number';
  values: Float64Array;
}

/** Dictionary-encoded trimmed text: ids, names and categories (-1 = missing). */
export interface CategoryColumn extends ColumnBase {
  type: 'category';
  codes: Int32Array;
  labels: string[];
}

/** Yes/No flags: 1 true, 0 false, -1 missing. */
export interface BooleanColumn extends ColumnBase {
  type: 'boolean';
  values: Int8Array;
}

export type DatasetColumn = DateColumn | NumberColumn | CategoryColumn | BooleanColumn;

/** Canonical field → source header, as inferred or as the user corrected it. */
export type FieldMap = Partial<Record<FieldId, string>>;

/** A typed, validated, columnar table: what metrics read. Row i here is row `firstDataRow + i` in the source. */
export interface Dataset {
  role: TableRole;
  rowCount: number;
  fields: Partial<Record<FieldId, DatasetColumn>>;
  fieldMap: FieldMap;
  /** 1 for rows left out of every metric (e.g. a repeated employee id); each has an issue. */
  rowExcluded: Uint8Array;
  issues: DataIssue[];
  provenance: Provenance;
  firstDataRow: number;
  /** The day treated as today: termination dates after it are scheduled, not separations. */
  asOf: Day;
  /** The raw table the dataset came from, for segmenting by any non-canonical header. */
  raw: RawTable;
}
