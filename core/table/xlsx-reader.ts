import ExcelJS from 'exceljs';
import { columnLetters } from './cell-address.ts';
import { rawTableFromValues } from './from-values.ts';
import type { CellValue, Provenance, RawTable } from './raw-table.ts';
import { readError } from './read-error.ts';

/** Which sheet of a workbook to read (the first when not given). */
export interface ReadXlsxOptions {
  fileName?: string;
  sheet?: string;
}

interface SheetCell {
  row: number;
  column: number;
  value: CellValue;
  numberFormat: string | undefined;
}

/**
 * Read one sheet of an XLSX workbook into the columnar RawTable, so Excel files need no "save as CSV" first.
 * The header is the first non-empty row; the table spans every column and row holding a value. Numbers stay numbers,
 * formulas give their cached result, rich text and links give their plain text, errors their code (`#N/A`), booleans
 * `TRUE`/`FALSE`. Date cells become ISO text (`2024-03-01`, or `2024-03-01T09:30:00` with a time): exceljs has already
 * applied the workbook's 1900/1904 date system, and text leaves no serial-versus-number doubt for later parsing.
 * Throws ReadError for a file that is not a workbook, an unknown sheet (listing the sheets) or an empty sheet.
 * @example (await readXlsx(bytes, { sheet: 'Roster' })).provenance.origin // 'Roster!A1'
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw readError('bad-workbook', { detail: String(error instanceof Error ? error.message : error).split('\n')[0] });
  }
  const names = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.worksheets.find((candidate) => candidate.name === options.sheet);
  if (!worksheet) throw options.sheet === undefined ? readError('no-sheets') : readError('unknown-sheet', { sheet: options.sheet, sheets: names.join(', ') });
  const cells = sheetCells(worksheet);
  if (cells.length === 0) throw readError('empty-sheet', { sheet: worksheet.name });
  return tableFromCells(cells, worksheet.name, options.fileName);
}

function sheetCells(worksheet: ExcelJS.Worksheet): SheetCell[] {
  const cells: SheetCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = plainValue(cell.value);
      if (value !== null && value !== '') cells.push({ row: rowNumber, column: columnNumber, value, numberFormat: cell.numFmt });
    });
  });
  return cells;
}

function tableFromCells(cells: SheetCell[], sheet: string, fileName: string | undefined): RawTable {
  let [top, bottom, left, right] = [Infinity, 0, Infinity, 0];
  for (const cell of cells) {
    top = Math.min(top, cell.row);
    bottom = Math.max(bottom, cell.row);
    left = Math.min(left, cell.column);
    right = Math.max(right, cell.column);
  }
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | undefined)[] = new Array(width).fill(undefined);
  for (const cell of cells) {
    values[cell.row - top][cell.column - left] = cell.value;
    const column = cell.column - left;
    // Kept for numbers only (dates are already text), so a date serial exceljs did not recognise can still be.
    if (cell.row > top && typeof cell.value === 'number' && numberFormats[column] === undefined && cell.numberFormat && cell.numberFormat !== 'General') {
      numberFormats[column] = cell.numberFormat;
    }
  }
  const ref = sheetRef(sheet);
  const provenance: Provenance = {
    kind: 'file',
    sheet,
    origin: `${ref}!${columnLetters(left - 1)}${top}`,
    range: `${ref}!${columnLetters(left - 1)}${top}:${columnLetters(right - 1)}${bottom}`,
  };
  if (fileName !== undefined) provenance.fileName = fileName;
  return rawTableFromValues(values, { provenance, firstDataRow: top + 1, numberFormats });
}

/** A sheet name as formulas write it: quoted unless it is a plain word. */
function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text);
  if ('error' in value) return value.error;
  return plainValue(value.result);
}

function isoText(date: Date): string | null {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
