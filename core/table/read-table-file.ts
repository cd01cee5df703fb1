import { readCsv } from './csv-reader.ts';
import type { Delimiter } from './detect-delimiter.ts';
import type { RawTable } from './raw-table.ts';
import { readError } from './read-error.ts';
import { readXlsx } from './xlsx-reader.ts';

/** Options that apply to the file kind they name; `sheet` is ignored for CSV, `delimiter` for XLSX. */
export interface ReadTableFileOptions {
  sheet?: string;
  delimiter?: Delimiter;
}

/** Leading bytes of files people pick by mistake, so the reason can name what the file is. */
const notTables: readonly { magic: readonly number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'PDF' },
  { magic: [0x1f, 0x8b], what: 'gzip' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'PNG' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'RAR' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: '7-Zip' },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Read a table file the user picked, choosing the reader by content first (a zip archive is an XLSX workbook) and by
 * extension second, because HRIS exports are often misnamed (`report.xls` holding tab-separated text).
 * Old binary `.xls` (or password-protected) workbooks, web pages saved as `.xls`, and PDFs, images or archives are
 * refused with a ReadError whose one-line reason says what to do; so is an empty file.
 * @example (await readTableFile(bytes, 'roster.csv')).provenance.fileName // 'roster.csv'
 */
export async function readTableFile(bytes: Uint8Array, fileName: string, options: ReadTableFileOptions = {}): Promise<RawTable> {
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, { fileName, sheet: options.sheet });
  if (startsWith(bytes, OLE2)) {
    throw readError('legacy-workbook', { fileName });
  }
  const other = notTables.find((kind) => startsWith(bytes, kind.magic));
  if (other) throw readError('not-a-table', { fileName, what: other.what });
  if (/\.xls[xmb]$/i.test(fileName)) throw readError('not-zip', { fileName });
  if (looksLikeHtml(bytes)) throw readError('html-file', { fileName });
  return readCsv(bytes, { fileName, delimiter: options.delimiter });
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/** Some HRIS "Excel exports" are HTML tables or Excel 2003 XML with an .xls name; after an optional BOM and spaces they open with `<`. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d) i++;
  if (bytes[i] !== 0x3c) return false;
  const head = String.fromCharCode(...bytes.subarray(i, i + 64)).toLowerCase();
  return /^<(!doctype html|html|table|\?xml|meta|head|body)/.test(head);
}
