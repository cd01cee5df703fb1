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

/**
 * Build the columnar RawTable straight from cell values, as Office.js and page extraction give them, without going through text.
 * Numbers stay numbers; booleans become `TRUE`/`FALSE` text; '' and null are empty. Rows shorter than the header are padded
 * with empty cells, and cells beyond the header are reported, never silently kept or dropped.
 * @example rawTableFromValues([['Dept'], ['R&D']]).columns[0].dictionary // ['R&D']
 */
export function rawTableFromValues(values: readonly (readonly CellValue[])[], options: FromValuesOptions = {}): RawTable {
  const headerRow = values[0] ?? [];
  const headers = uniqueHeaders(headerRow);
  const rowCount = Math.max(0, values.length - 1);
  const firstDataRow = options.firstDataRow ?? 2;
  const readIssues: DataIssue[] = [];
  let allNaN: Float64Array | null = null;
  let allNumeric: Int32Array | null = null;
  // Columns without a single number share one all-NaN array, columns of numbers alone one all-NUMERIC codes array (read-only,
  // like the whole RawTable): a million-row sheet then allocates megabytes fewer, and each 64 MB allocated costs a full GC of
  // the 2D array the host handed over.
  const noNumbers = () => (allNaN ??= new Float64Array(rowCount).fill(NaN));
  const onlyNumbers = () => (allNumeric ??= new Int32Array(rowCount).fill(NUMERIC));
  const encoders = headers.map(() => new ColumnEncoder(rowCount));
  // Blocks of rows, each column in turn: a block's cells stay in cache, where a whole column's are spread over the input.
  for (let from = 0; from < rowCount; from += BLOCK_ROWS) {
    const to = Math.min(rowCount, from + BLOCK_ROWS);
    for (let c = 0; c < encoders.length; c++) encoders[c].encode(values, c, from, to);
  }
  const columns: RawColumn[] = headers.map((header, c) => {
    const { codes, dictionary, numbers } = encoders[c];
    const column: RawColumn = { header, codes: codes ?? onlyNumbers(), dictionary, numbers: numbers ?? noNumbers() };
    const numberFormat = options.numberFormats?.[c] ?? undefined;
    if (numberFormat) column.numberFormat = numberFormat;
    return column;
  });
  for (let r = 0; r < rowCount; r++) {
    const row = values[r + 1];
    if (row.length <= headers.length) continue;
    const beyond = row.slice(headers.length);
    const extra = beyond.filter((cell) => cell !== null && cell !== undefined && cell !== '');
    if (extra.length > 0) {
      const column = headers.length + beyond.indexOf(extra[0]);
      readIssues.push(extraCellsIssue(options.provenance?.origin, firstDataRow + r, column, extra.length, String(extra[0])));
    }
  }
  return {
    columns,
    rowCount,
    provenance: options.provenance ?? { kind: 'values' },
    firstDataRow,
    readIssues,
  };
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

  /** Encode column `c` of data rows `from` … `to` - 1 (`values` row r + 1). */
  encode(values: readonly (readonly CellValue[])[], c: number, from: number, to: number): void {
    let r = from;
    let numbers = this.numbers;
    if (this.codes === null) {
      for (; r < to; r++) {
        const cell = values[r + 1][c];
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
      const cell = values[r + 1][c];
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
