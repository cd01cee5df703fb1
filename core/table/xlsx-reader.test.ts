import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EMPTY, NUMERIC, type RawTable } from './raw-table.ts';
import { ReadError } from './read-error.ts';
import { readXlsx } from './xlsx-reader.ts';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function rowsOf(table: RawTable): (string | number | null)[][] {
  return Array.from({ length: table.rowCount }, (_, r) =>
    table.columns.map((column) => (column.codes[r] === EMPTY ? null : column.codes[r] === NUMERIC ? column.numbers[r] : column.dictionary[column.codes[r]])),
  );
}

const roster = (workbook: ExcelJS.Workbook) => {
  workbook.addWorksheet('Summary').getCell('A1').value = 'Headcount report';
  const sheet = workbook.addWorksheet('Q1 Roster');
  sheet.getRow(3).values = [null, null, 'Employee ID', 'Name', 'Hire Date', 'Salary', 'Active', 'Bonus', 'Link'];
  sheet.getRow(4).values = [null, null, 1001, { richText: [{ text: 'Ada ' }, { text: 'Lovelace', font: { bold: true } }] }, new Date(Date.UTC(2021, 2, 1)), 62500.5, true, { formula: 'F4*0.1', result: 6250.05 }, { text: 'profile', hyperlink: 'https://example.test/1001' }];
  sheet.getRow(5).values = [null, null, 1002, 'Bo  ', new Date(Date.UTC(2019, 6, 15, 9, 30)), { formula: '1/0', result: { error: '#DIV/0!' } }, false, { formula: 'F5*0.1' }, null];
  sheet.getCell('G4').numFmt = 'yyyy-mm-dd';
  sheet.getCell('F4').numFmt = '#,##0.00';
};

describe('readXlsx', () => {
  it('reads the first sheet by default and refuses an unknown sheet, listing the sheets', async () => {
    const bytes = await workbookBytes(roster);
    const first = await readXlsx(bytes);
    expect(first.columns.map((column) => column.header)).toEqual(['Headcount report']);
    expect(first.rowCount).toBe(0);
    await expect(readXlsx(bytes, { sheet: 'Roster' })).rejects.toThrow(
      new ReadError(`There is no sheet named "Roster"; the workbook's sheets are: Summary, Q1 Roster`, {
        code: 'unknown-sheet',
        params: { sheet: 'Roster', sheets: 'Summary, Q1 Roster' },
      }),
    );
  });

  it('turns every kind of cell into a number, text or empty, with dates as ISO text', async () => {
    const table = await readXlsx(await workbookBytes(roster), { fileName: 'roster.xlsx', sheet: 'Q1 Roster' });
    expect(table.columns.map((column) => column.header)).toEqual(['Employee ID', 'Name', 'Hire Date', 'Salary', 'Active', 'Bonus', 'Link']);
    expect(rowsOf(table)).toEqual([
      [1001, 'Ada Lovelace', '2021-03-01', 62500.5, 'TRUE', 6250.05, 'profile'],
      [1002, 'Bo  ', '2019-07-15T09:30:00', '#DIV/0!', 'FALSE', null, null],
    ]);
    expect(table.columns[3].numberFormat).toBe('#,##0.00');
    expect(table.readIssues).toEqual([]);
  });

  it('locates the table where it sits on the sheet', async () => {
    const table = await readXlsx(await workbookBytes(roster), { fileName: 'roster.xlsx', sheet: 'Q1 Roster' });
    expect(table.provenance).toEqual({ kind: 'file', fileName: 'roster.xlsx', sheet: 'Q1 Roster', origin: "'Q1 Roster'!C3", range: "'Q1 Roster'!C3:I5" });
    expect(table.firstDataRow).toBe(4);
  });

  it('names columns that hold data under no header, and keeps empty rows inside the table', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('花名册');
      sheet.getRow(1).values = ['工号', '部门'];
      sheet.getRow(2).values = [1, '研发部', 'note'];
      sheet.getRow(4).values = [2, '销售部'];
    });
    const table = await readXlsx(bytes);
    expect(table.columns.map((column) => column.header)).toEqual(['工号', '部门', 'Column 3']);
    expect(rowsOf(table)).toEqual([[1, '研发部', 'note'], [null, null, null], [2, '销售部', null]]);
    expect(table.provenance.origin).toBe('花名册!A1');
  });

  it('gives the same calendar dates from a workbook on the 1904 date system', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['Hire Date']);
      sheet.addRow([new Date(Date.UTC(2016, 0, 9))]);
    });
    expect(rowsOf(await readXlsx(bytes))).toEqual([['2016-01-09']]);
  });

  it('refuses an empty sheet and a file that is not a workbook', async () => {
    const empty = await workbookBytes((workbook) => workbook.addWorksheet('Blank'));
    await expect(readXlsx(empty)).rejects.toThrow('The sheet "Blank" is empty');
    await expect(readXlsx(new TextEncoder().encode('Name\nAda\n'))).rejects.toThrow(ReadError);
    await expect(readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/^The file is not a readable XLSX workbook/);
  });
});
