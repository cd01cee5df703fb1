import { EMPTY, NUMERIC, type CellValue, type DataIssue, type Provenance, type RawColumn, type RawTable } from './raw-table.ts';
import { extraCellsIssue } from './extra-cells-issue.ts';
import { uniqueHeaders } from './unique-headers.ts';

/** Options for building a RawTable from a 2D array whose first row is the header. */
export interface FromValuesOptions {
  provenance?: Provenance;
  /** 1-based source row of the first data row; defaults to 2 (header on row 1). */
  firstDataRow?: number;
  /** Excel number format per column (from the first data row), so date serials are recognised. */
  numberFormats?: (string | null | undefined)[];
}

/** A RawTable built from rows appended in reading order, each chunk encoded as it arrives so the host's rows can be freed. */
export interface ValuesTableBuilder {
  /** Encode the next data rows: `rows` from index `start` on (no header). */
  append(rows: readonly (readonly CellValue[])[], start?: number): void;
  /** The table, once exactly the declared number of rows is in. */
  finish(): RawTable;
}

/**
 * A builder for a table of `rowCount` data rows under `headerRow`, for readers that get the rows in chunks (Excel's range reads):
 * a million-row sheet is then never held as one 2D array of a million row arrays beside its encoded columns. Numbers stay numbers;
 * booleans become `TRUE`/`FALSE` text; '' and null are empty. Rows shorter than the header are padded with empty cells, and cells
 * beyond the header are reported, never silently kept or dropped.
 * @example const builder = valuesTableBuilder(['Dept'], 2); builder.append([['R&D']]); builder.append([['HR']]); builder.finish().columns[0].dictionary // ['R&D', 'HR']
 */
export function valuesTableBuilder(headerRow: readonly CellValue[], rowCount: number, options: FromValuesOptions = {}): ValuesTableBuilder {
  const headers = uniqueHeaders(headerRow);
  const firstDataRow = options.firstDataRow ?? 2;
  const readIssues: DataIssue[] = [];
  const encoders = headers.map(() => new ColumnEncoder(rowCount));
  let appended = 0;
  return {
    append(rows, start = 0) {
      const count = Math.max(0, rows.length - start);
      if (appended + count > rowCount) throw new RangeError(`${appended + count} rows appended to a table of ${rowCount}`);
      // Table row r is rows[r + shift]. Blocks of rows, each column in turn: a block's cells stay in cache, where a whole
      // column's are spread over the input.
      const shift = start - appended;
      for (let from = appended; from < appended + count; from += BLOCK_ROWS) {
        const to = Math.min(appended + count, from + BLOCK_ROWS);
        for (let c = 0; c < encoders.length; c++) encoders[c].encode(rows, shift, c, from, to);
      }
      for (let r = appended; r < appended + count; r++) {
        const issue = extraCells(rows[r + shift], headers.length, firstDataRow + r, options.provenance?.origin);
        if (issue) readIssues.push(issue);
      }
      appended += count;
    },
    finish() {
      if (appended !== rowCount) throw new RangeError(`${appended} rows appended to a table of ${rowCount}`);
      return { columns: encodedColumns(headers, encoders, rowCount, options.numberFormats), rowCount, provenance: options.provenance ?? { kind: 'values' }, firstDataRow, readIssues };
    },
  };
}

/**
 * Build the columnar RawTable straight from cell values whose first row is the header, as page extraction and XLSX reading
 * give them, without going through text (see valuesTableBuilder).
 * @example rawTableFromValues([['Dept'], ['R&D']]).columns[0].dictionary // ['R&D']
 */
export function rawTableFromValues(values: readonly (readonly CellValue[])[], options: FromValuesOptions = {}): RawTable {
  const builder = valuesTableBuilder(values[0] ?? [], Math.max(0, values.length - 1), options);
  builder.append(values, 1);
  return builder.finish();
}

/** The issue for a row with cells beyond the header (1-based sheet row `row`), null when there are none. */
function extraCells(row: readonly CellValue[], width: number, sheetRow: number, origin: string | undefined): DataIssue | null {
  if (row.length <= width) return null;
  const beyond = row.slice(width);
  const extra = beyond.filter((cell) => cell !== null && cell !== undefined && cell !== '');
  return extra.length === 0 ? null : extraCellsIssue(origin, sheetRow, width + beyond.indexOf(extra[0]), extra.length, String(extra[0]));
}

/**
 * The encoders' columns. Columns without a single number share one all-NaN array, columns of numbers alone one all-NUMERIC codes
 * array (read-only, like the whole RawTable): a million-row sheet then allocates megabytes fewer, and each 64 MB allocated costs a
 * full GC of whatever the host still holds.
 */
function encodedColumns(headers: string[], encoders: ColumnEncoder[], rowCount: number, numberFormats: FromValuesOptions['numberFormats']): RawColumn[] {
  let allNaN: Float64Array | null = null;
  let allNumeric: Int32Array | null = null;
  return headers.map((header, c) => {
    const { codes, dictionary, numbers } = encoders[c];
    const column: RawColumn = {
      header,
      codes: codes ?? (allNumeric ??= new Int32Array(rowCount).fill(NUMERIC)),
      dictionary,
      numbers: numbers ?? (allNaN ??= new Float64Array(rowCount).fill(NaN)),
    };
    const numberFormat = numberFormats?.[c] ?? undefined;
    if (numberFormat) column.numberFormat = numberFormat;
    return column;
  });
}

/** Slots of a column's text cache: enough for the few distinct values most HR columns hold. */
const CACHE_SLOTS = 64;

/** Rows encoded per column in turn: their arrays and strings (~0.5 MB) fit in the CPU cache. */
const BLOCK_ROWS = 2048;

/**
 * One column, dictionary-encoded block by block; `numbers` stays null until the column's first number, `codes` until its first
 * cell that is not a number (null at the end: every cell is a number). Each cell is its own string (Office.js values pass
 * through JSON), so a Map lookup would hash every one of them: a small cache keyed by length and end characters answers most
 * lookups with one comparison.
 */
class ColumnEncoder {
  codes: Int32Array | null = null;
  numbers: Float64Array | null = null;
  readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly cachedTexts: string[] = new Array<string>(CACHE_SLOTS).fill('');
  private readonly cachedCodes = new Int32Array(CACHE_SLOTS).fill(EMPTY);

  constructor(private readonly rowCount: number) {}

  /** Encode column `c` of table rows `from` … `to` - 1, table row r being `rows[r + shift]`. */
  encode(rows: readonly (readonly CellValue[])[], shift: number, c: number, from: number, to: number): void {
    let r = from;
    let numbers = this.numbers;
    if (this.codes === null) {
      for (; r < to; r++) {
        const cell = rows[r + shift][c];
        if (typeof cell !== 'number') break;
        numbers ??= this.numbers = new Float64Array(this.rowCount).fill(NaN);
        numbers[r] = cell;
      }
      if (r === to) return;
      // The first cell that is not a number: every row before it was one.
      this.codes = new Int32Array(this.rowCount).fill(NUMERIC, 0, r);
    }
    const { codes, dictionary, index, cachedTexts, cachedCodes } = this;
    for (; r < to; r++) {
      const cell = rows[r + shift][c];
      if (typeof cell === 'number') {
        codes[r] = NUMERIC;
        numbers ??= this.numbers = new Float64Array(this.rowCount).fill(NaN);
        numbers[r] = cell;
        continue;
      }
      if (cell === null || cell === undefined || cell === '') {
        codes[r] = EMPTY;
        continue;
      }
      const text = typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : cell;
      const slot = (text.length * 7 + text.charCodeAt(0) * 3 + text.charCodeAt(text.length - 1)) & (CACHE_SLOTS - 1);
      if (cachedTexts[slot] === text) {
        codes[r] = cachedCodes[slot];
        continue;
      }
      let code = index.get(text);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(text);
        index.set(text, code);
      }
      codes[r] = cachedCodes[slot] = code;
      cachedTexts[slot] = text;
    }
  }
}
