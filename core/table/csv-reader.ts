import { t } from '../i18n/index.ts';
import { ByteColumnBuilder, NotUtf8Error } from './byte-column-builder.ts';
import { cellAddress } from './cell-address.ts';
import { detectDelimiter, type Delimiter } from './detect-delimiter.ts';
import type { DataIssue, Provenance, RawColumn, RawTable } from './raw-table.ts';
import { decodeBytes, decodeUtf8Strict } from './text-codec.ts';
import { toUtf8, type Utf8Text } from './to-utf8.ts';
import { uniqueHeaders } from './unique-headers.ts';

/** How to read a CSV file; the delimiter is detected when not given. */
export interface ReadCsvOptions {
  fileName?: string;
  delimiter?: Delimiter;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** The field's bytes hold doubled quotes or text after the closing quote: unescape before use. */
const ESCAPED = 1;
/** The field's opening quote never closes: it runs to the end of the file. */
const UNTERMINATED = 2;
const NO_ROWS_CODES = new Int32Array(0);
const NO_ROWS_NUMBERS = new Float64Array(0);

type FieldSink = (start: number, end: number, flags: number) => void;

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
  while (bytes[pos] === CR || bytes[pos] === LF) {
    pos += bytes[pos] === CR && bytes[pos + 1] === LF ? 2 : 1;
    headerRow++;
  }
  const delimiter = (options.delimiter ?? detectDelimiter(bytes, pos)).charCodeAt(0);
  const origin = `A${headerRow}`;
  const issues: DataIssue[] = [...text.issues];

  const headerCells: string[] = [];
  pos = readRecord(bytes, pos, delimiter, (start, end, flags) => {
    if (flags & UNTERMINATED) issues.push(unterminatedQuote(origin, headerRow, headerCells.length, null));
    headerCells.push(fieldText(bytes, start, end, flags, presumed).trim());
  });
  const headers = uniqueHeaders(headerCells);
  const width = headers.length;
  const firstDataRow = headerRow + 1;

  let builders: ByteColumnBuilder[] | null = null;
  let scratch = new Uint8Array(256);
  let rowCount = 0;
  let blankLines = 0;
  let column = 0;
  let extraCount = 0;
  let firstExtra = -1;
  let firstExtraText = '';
  const onField: FieldSink = (start, end, flags) => {
    if (column < width) {
      const builder = (builders as ByteColumnBuilder[])[column];
      if (flags === 0) builder.add(bytes, start, end);
      else {
        if (scratch.length < end - start) scratch = new Uint8Array((end - start) * 2);
        builder.add(scratch, 0, unescapeInto(bytes, start, end, scratch));
        if (flags & UNTERMINATED) issues.push(unterminatedQuote(origin, firstDataRow + rowCount, column, headers[column]));
      }
    } else if (start < end) {
      if (extraCount++ === 0) {
        firstExtra = column;
        firstExtraText = fieldText(bytes, start, end, flags, presumed);
      }
      if (flags & UNTERMINATED) issues.push(unterminatedQuote(origin, firstDataRow + rowCount, column, null));
    }
    column++;
  };

  while (pos < n) {
    const b = bytes[pos];
    if (b === CR || b === LF) {
      // Blank lines count as empty rows (a spreadsheet shows them) unless nothing follows them.
      blankLines++;
      pos += b === CR && bytes[pos + 1] === LF ? 2 : 1;
      continue;
    }
    builders ??= headers.map(() => new ByteColumnBuilder(estimateRows(bytes, pos)));
    for (; blankLines > 0; blankLines--, rowCount++) for (const builder of builders) builder.addEmpty();
    column = 0;
    extraCount = 0;
    pos = readRecord(bytes, pos, delimiter, onField);
    const row = firstDataRow + rowCount;
    if (column < width) {
      for (let c = column; c < width; c++) builders[c].addEmpty();
      issues.push(missingCells(row, column, width));
    }
    if (extraCount > 0) issues.push(extraCells(origin, row, firstExtra, extraCount, firstExtraText));
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

/**
 * Tokenise one record starting at `pos`, calling `onField` with each field's byte range (inside the quotes for a
 * quoted field) and flags; returns the position after the record's line break. Always yields at least one field.
 */
function readRecord(bytes: Uint8Array, pos: number, delimiter: number, onField: FieldSink): number {
  const n = bytes.length;
  for (;;) {
    let start = pos;
    let end: number;
    let flags = 0;
    if (pos < n && bytes[pos] === QUOTE) {
      start = ++pos;
      let close = -1;
      while (close < 0) {
        const quote = bytes.indexOf(QUOTE, pos);
        if (quote < 0) break;
        if (bytes[quote + 1] === QUOTE) {
          flags = ESCAPED;
          pos = quote + 2;
        } else close = quote;
      }
      if (close < 0) {
        flags = ESCAPED | UNTERMINATED;
        pos = end = n;
      } else {
        pos = close + 1;
        if (pos < n && bytes[pos] !== delimiter && bytes[pos] !== LF && bytes[pos] !== CR) {
          // Text after the closing quote is kept, as spreadsheets do: `"a"b` reads as `ab`.
          flags = ESCAPED;
          while (pos < n && bytes[pos] !== delimiter && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
        }
        end = flags === ESCAPED ? pos : close;
      }
    } else {
      while (pos < n) {
        const b = bytes[pos];
        if (b === delimiter || b === LF || b === CR) break;
        pos++;
      }
      end = pos;
    }
    onField(start, end, flags);
    if (pos >= n) return n;
    const b = bytes[pos++];
    if (b !== delimiter) return b === CR && bytes[pos] === LF ? pos + 1 : pos;
  }
}

/** Copy a quoted field's content into `target` with `""` made `"` and the closing quote dropped; returns its length. */
function unescapeInto(bytes: Uint8Array, start: number, end: number, target: Uint8Array): number {
  let length = 0;
  let inQuotes = true;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE && inQuotes) {
      if (i + 1 < end && bytes[i + 1] === QUOTE) target[length++] = bytes[++i];
      else inQuotes = false;
    } else target[length++] = b;
  }
  return length;
}

function fieldText(bytes: Uint8Array, start: number, end: number, flags: number, strict: boolean): string {
  let content = bytes.subarray(start, end);
  if (flags !== 0) {
    const target = new Uint8Array(end - start);
    content = target.subarray(0, unescapeInto(bytes, start, end, target));
  }
  const text = strict ? decodeUtf8Strict(content) : decodeBytes(content, 'utf-8');
  if (text === null) throw new NotUtf8Error();
  return text;
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

function extraCells(origin: string, row: number, column: number, count: number, first: string): DataIssue {
  const shown = first.length > 40 ? `${first.slice(0, 40)}…` : first;
  return {
    row,
    column: null,
    cell: cellAddress(origin, row, column),
    code: 'extra-cells',
    reason: t('en', 'issue.extra-cells', { row, count, first: shown }),
    params: { row, count, first: shown },
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
