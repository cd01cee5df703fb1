import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableFile } from './read-table-file.ts';
import { ReadError } from './read-error.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsxBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Roster').addRows([['Name', 'Salary'], ['Ada', 100]]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readTableFile', () => {
  it('reads a zip archive as XLSX whatever its name, and passes the sheet', async () => {
    const bytes = await xlsxBytes();
    const table = await readTableFile(bytes, 'export.dat', { sheet: 'Roster' });
    expect(table.provenance).toMatchObject({ kind: 'file', fileName: 'export.dat', sheet: 'Roster' });
    expect(table.rowCount).toBe(1);
  });

  it('reads text as CSV, even when an HRIS named it .xls', async () => {
    const table = await readTableFile(utf8('Name\tSalary\r\nAda\t100\r\n'), 'report.xls');
    expect(table.provenance).toEqual({ kind: 'file', fileName: 'report.xls', origin: 'A1', encoding: 'utf-8' });
    expect(table.columns.map((column) => column.header)).toEqual(['Name', 'Salary']);
  });

  it('honours an explicit delimiter for CSV', async () => {
    const table = await readTableFile(utf8('a;b,c\n'), 'x.csv', { delimiter: ',' });
    expect(table.columns.map((column) => column.header)).toEqual(['a;b', 'c']);
  });

  it.each([
    ['old.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], '"old.xls" is an old-format (.xls) or password-protected workbook, which cannot be read: save it as .xlsx without a password, or as CSV UTF-8'],
    ['scan.pdf', [...utf8('%PDF-1.7\n')], '"scan.pdf" is a PDF file, not a table: choose a CSV or XLSX file'],
    ['roster.xlsx', [...utf8('Name,Salary\n')], '"roster.xlsx" is not a valid XLSX workbook (it is not a zip archive)'],
    ['export.xls', [...utf8('\ufeff  <html><body><table><tr><td>Name</td></tr></table>')], '"export.xls" is an HTML or XML file, not a CSV or XLSX table: open it in Excel and save it as .xlsx or CSV UTF-8'],
    ['empty.csv', [], 'The file is empty'],
  ])('refuses %s with a one-line reason', async (fileName, bytes, reason) => {
    const read = readTableFile(new Uint8Array(bytes), fileName);
    await expect(read).rejects.toBeInstanceOf(ReadError);
    await expect(read).rejects.toThrow(reason);
  });

  it('refuses a broken zip as a broken workbook', async () => {
    await expect(readTableFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'broken.xlsx')).rejects.toThrow(/^The file is not a readable XLSX workbook \(.+\)$/);
  });
});
