import { EMPTY, NUMERIC, type CellValue, type DataIssue, type Provenance, type RawColumn, type RawTable } from '../../../core/table/raw-table.ts';
import { extraCellsIssue } from '../../../core/table/extra-cells-issue.ts';
import { uniqueHeaders } from '../../../core/table/unique-headers.ts';

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
  const columns: RawColumn[] = headers.map((header, c) => {
    const codes = new Int32Array(rowCount);
    const numbers = new Float64Array(rowCount).fill(NaN);
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    for (let r = 0; r < rowCount; r++) {
      const cell = values[r + 1][c];
      if (cell === null || cell === undefined || cell === '') {
        codes[r] = EMPTY;
      } else if (typeof cell === 'number') {
        codes[r] = NUMERIC;
        numbers[r] = cell;
      } else {
        const text = typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : cell;
        let code = index.get(text);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(text);
          index.set(text, code);
        }
        codes[r] = code;
      }
    }
    const numberFormat = options.numberFormats?.[c] ?? undefined;
    return numberFormat ? { header, codes, dictionary, numbers, numberFormat } : { header, codes, dictionary, numbers };
  });
  for (let r = 0; r < rowCount; r++) {
    const beyond = values[r + 1].slice(headers.length);
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
