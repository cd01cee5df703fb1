/** A primitive cell value as hosts deliver it (Office.js values, page text, parsed CSV). */
export type CellValue = string | number | boolean | null;

/** Where a table came from, so every issue and every number can point back to its source. */
export interface Provenance {
  kind: 'file' | 'workbook' | 'page' | 'values';
  /** File name as the user chose it (`roster.csv`). */
  fileName?: string;
  /** Worksheet name for XLSX files and workbook ranges. */
  sheet?: string;
  /** A1-style address of the header's top-left cell, e.g. `A1` or `Sheet1!B3`; cell addresses of issues derive from it. */
  origin?: string;
  /** Full A1 range address when known (`Sheet1!A1:O1471`). */
  range?: string;
  /** Page URL for tables read from HRIS pages. */
  url?: string;
  /** CSS selector of the table on the page. */
  selector?: string;
  /** ISO timestamp of capture for pages. */
  capturedAt?: string;
  /** Text encoding detected for files (`utf-8`, `gb18030`). */
  encoding?: string;
}

/** Code stored in RawColumn.codes for an empty cell. */
export const EMPTY = -1;
/** Code stored in RawColumn.codes when the cell's value is the number in RawColumn.numbers. */
export const NUMERIC = -2;

/**
 * One source column, columnar: each cell is empty, a number (in `numbers`) or a dictionary-encoded string.
 * Strings are stored once per distinct value, so parsers run per distinct value, not per cell.
 */
export interface RawColumn {
  header: string;
  /** Per row: EMPTY, NUMERIC, or an index into `dictionary`. */
  codes: Int32Array;
  /** Distinct non-empty, non-numeric cell texts, as found (untrimmed). */
  dictionary: string[];
  /** Per row: the numeric value where codes[i] === NUMERIC (NaN elsewhere). */
  numbers: Float64Array;
  /** Excel number format of the column's cells when the host knows it (`m/d/yyyy`, `0.00`); dates stored as serials are recognised from it. */
  numberFormat?: string;
}

/** Headers + columnar cell values + provenance: what every host produces and everything downstream reads. */
export interface RawTable {
  columns: RawColumn[];
  rowCount: number;
  provenance: Provenance;
  /** 1-based sheet/file row number of the first data row (2 when the header is on row 1); issue locations derive from it. */
  firstDataRow: number;
  /** Problems met while reading (ragged rows, undecodable bytes), already located. */
  readIssues: DataIssue[];
}

/** A problem in the input, located as the user sees it. */
export interface DataIssue {
  /** 1-based row number as shown in the sheet / file (header row included), or null for table-level issues. */
  row: number | null;
  /** Column header, or null when the issue is about a whole row. */
  column: string | null;
  /** A1 cell address (with sheet when known), when the table has an origin. */
  cell?: string;
  /** Stable machine code, e.g. `invalid-date`, `duplicate-id`. */
  code: string;
  /** Human-readable reason in English (hosts translate via `code` + `params`). */
  reason: string;
  params?: Record<string, string | number>;
  severity: 'error' | 'warning';
}

/** Read the text of one cell; numbers are rendered in plain JS form; empty cells give ''. */
export function cellText(column: RawColumn, row: number): string {
  const code = column.codes[row];
  if (code === EMPTY) return '';
  if (code === NUMERIC) return String(column.numbers[row]);
  return column.dictionary[code];
}
