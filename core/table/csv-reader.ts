import { t } from '../i18n/index.ts';
import { ByteColumnBuilder, NotUtf8Error } from './byte-column-builder.ts';
import { cellAddress } from './cell-address.ts';
import { detectDelimiter, type Delimiter } from './detect-delimiter.ts';
import { extraCellsIssue } from './extra-cells-issue.ts';
import { FieldTokenizer, hashBytes, unescapeInto, UNTERMINATED } from './field-tokenizer.ts';
import type { DataIssue, Provenance, RawColumn, RawTable } from './raw-table.ts';
import { decodeBytes, decodeUtf8Strict } from './text-codec.ts';
import { toUtf8, type Utf8Text } from './to-utf8.ts';
import { uniqueHeaders } from './unique-headers.ts';

/** How to read a CSV file; the delimiter is detected when not given. */
export interface ReadCsvOptions {
  fileName?: string;
  delimiter?: Delimiter;
}

const LF = 0x0a;
const CR = 0x0d;
const NO_ROWS_CODES = new Int32Array(0);
const NO_ROWS_NUMBERS = new Float64Array(0);

/**
 * Read a CSV file into the columnar RawTable in one pass over its bytes (RFC 4180: quotes, doubled quotes, line
 * breaks inside quotes, CR/LF/CRLF), because HR exports reach a million rows and row objects would cost seconds.
 * Encoding: UTF-8 (BOM or not), UTF-16 with BOM, GB18030 as Chinese Excel saves it, else Windows-1252 with a warning.
 * Canonical decimals become numbers, other text is dictionary-encoded untrimmed, header cells are trimmed and made
 * unique. Ragged rows and an unterminated quote become read issues; the record number is the row a spreadsheet shows.
 * Throws ReadError for an empty file or binary data; a header alone gives a table of 0 rows.
 * @example readCsv(new TextEncoder().encode('Dept,Salary\nR&D,5000\n')).columns[1].numbers[0] // 5000
 */
export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): RawTable {
  try {
    return tableFromUtf8(toUtf8(bytes), options);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    return tableFromUtf8(toUtf8(bytes, true), options);
  }
}

function tableFromUtf8(text: Utf8Text, options: ReadCsvOptions): RawTable {
  const { bytes, presumed } = text;
  const n = bytes.length;
  let pos = 0;
  let headerRow = 1;
  for (let skip = lineBreakLength(bytes, pos); skip > 0; skip = lineBreakLength(bytes, pos), headerRow++) pos += skip;
  const delimiter = (options.delimiter ?? detectDelimiter(bytes, pos)).charCodeAt(0);
  const origin = `A${headerRow}`;
  const issues: DataIssue[] = [...text.issues];

  const tokens = new FieldTokenizer(bytes, pos, delimiter);
  const headerCells: string[] = [];
  for (let last = false; !last; ) {
    last = tokens.next();
    if (tokens.flags & UNTERMINATED) issues.push(unterminatedQuote(origin, headerRow, headerCells.length, null));
    headerCells.push(fieldText(bytes, tokens, presumed).trim());
  }
  const headers = uniqueHeaders(headerCells);
  const width = headers.length;
  const firstDataRow = headerRow + 1;

  let builders: ByteColumnBuilder[] | null = null;
  let scratch = new Uint8Array(256);
  let rowCount = 0;
  let blankLines = 0;
  while (tokens.pos < n) {
    const skip = lineBreakLength(bytes, tokens.pos);
    if (skip > 0) {
      // Blank lines count as empty rows (a spreadsheet shows them) unless nothing follows them.
      blankLines++;
      tokens.pos += skip;
      continue;
    }
    builders ??= headers.map(() => new ByteColumnBuilder(estimateRows(bytes, tokens.pos)));
    for (; blankLines > 0; blankLines--, rowCount++) for (const builder of builders) builder.addEmpty();
    const row = firstDataRow + rowCount;
    let column = 0;
    let extraCount = 0;
    let firstExtra = -1;
    let firstExtraText = '';
    for (let last = false; !last; column++) {
      last = tokens.next();
      const { start, end, flags } = tokens;
      if (column < width) {
        if (flags === 0) builders[column].add(bytes, start, end, tokens.hash);
        else {
          if (scratch.length < end - start) scratch = new Uint8Array((end - start) * 2);
          const length = unescapeInto(bytes, start, end, scratch);
          builders[column].add(scratch, 0, length, hashBytes(scratch, 0, length));
        }
      } else if (start < end && extraCount++ === 0) {
        firstExtra = column;
        firstExtraText = fieldText(bytes, tokens, presumed);
      }
      if (flags & UNTERMINATED) issues.push(unterminatedQuote(origin, row, column, column < width ? headers[column] : null));
    }
    if (column < width) {
      for (let c = column; c < width; c++) builders[c].addEmpty();
      issues.push(missingCells(row, column, width));
    }
    if (extraCount > 0) issues.push(extraCellsIssue(origin, row, firstExtra, extraCount, firstExtraText));
    rowCount++;
  }

  let allNaN: Float64Array | null = null;
  // Columns without a single number share one all-NaN array (read-only, like the whole RawTable).
  const noNumbers = () => (allNaN ??= new Float64Array(rowCount).fill(NaN));
  const columns: RawColumn[] = builders
    ? builders.map((builder, c) => builder.finish(headers[c], presumed, noNumbers))
    : headers.map((header) => ({ header, codes: NO_ROWS_CODES, dictionary: [], numbers: NO_ROWS_NUMBERS }));
  const provenance: Provenance = { kind: 'file', origin, encoding: text.encoding };
  if (options.fileName !== undefined) provenance.fileName = options.fileName;
  return { columns, rowCount, provenance, firstDataRow, readIssues: issues };
}

function fieldText(bytes: Uint8Array, { start, end, flags }: FieldTokenizer, strict: boolean): string {
  let content = bytes.subarray(start, end);
  if (flags !== 0) {
    const target = new Uint8Array(end - start);
    content = target.subarray(0, unescapeInto(bytes, start, end, target));
  }
  const text = strict ? decodeUtf8Strict(content) : decodeBytes(content, 'utf-8');
  if (text === null) throw new NotUtf8Error();
  return text;
}

/** 2 for CRLF, 1 for a lone CR or LF, 0 when `pos` is not at a line break. */
function lineBreakLength(bytes: Uint8Array, pos: number): number {
  if (bytes[pos] === LF) return 1;
  return bytes[pos] === CR ? (bytes[pos + 1] === LF ? 2 : 1) : 0;
}

/** Rows left, from the line breaks in the next 64 KB, so columns are allocated once instead of grown many times. */
function estimateRows(bytes: Uint8Array, pos: number): number {
  const sample = bytes.subarray(pos, pos + 65_536);
  let lines = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === LF) lines++;
  if (lines === 0) for (let i = 0; i < sample.length; i++) if (sample[i] === CR) lines++;
  return Math.ceil(((bytes.length - pos) / Math.max(sample.length, 1)) * (lines + 1) * 1.02);
}

function missingCells(row: number, found: number, expected: number): DataIssue {
  return {
    row,
    column: null,
    code: 'missing-cells',
    reason: t('en', 'issue.missing-cells', { row, found, expected }),
    params: { row, found, expected },
    severity: 'warning',
  };
}

function unterminatedQuote(origin: string, row: number, column: number, header: string | null): DataIssue {
  return {
    row,
    column: header,
    cell: cellAddress(origin, row, column),
    code: 'unterminated-quote',
    reason: t('en', 'issue.unterminated-quote', { row }),
    params: { row },
    severity: 'error',
  };
}
