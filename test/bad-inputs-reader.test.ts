import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellText, type RawTable } from '../core/table/raw-table.ts';
import { ReadError } from '../core/table/read-error.ts';
import { readTableFile } from '../core/table/read-table-file.ts';
import { longLineCsv } from './fixtures/bad-inputs/long-line.ts';

const folder = new URL('./fixtures/bad-inputs/', import.meta.url);
const read = (name: string) => readTableFile(readFileSync(new URL(name, folder)), name);
const column = (table: RawTable, header: string) => {
  const found = table.columns.find((candidate) => candidate.header === header)!;
  return Array.from({ length: table.rowCount }, (_, r) => cellText(found, r));
};
const roster = ['Employee ID', 'Name', 'Department', 'Hire Date', 'Termination Date', 'Salary'];

describe('bad inputs, as the readers see them', () => {
  it('wrong-encoding.csv: decoded as Windows-1252 with one warning', async () => {
    const table = await read('wrong-encoding.csv');
    expect(table.provenance.encoding).toBe('windows-1252');
    expect(column(table, 'Name')).toEqual(['José Muñoz', 'Zoë Ørsted', 'Lefèvre, François', 'Ana Conceição']);
    expect(column(table, 'Department')).toEqual(['Développement', 'Ventes – Europe', 'Développement', 'Ventes – Europe']);
    expect(table.readIssues).toEqual([
      {
        row: null,
        column: null,
        code: 'guessed-encoding',
        reason: 'The file is not UTF-8; it was read as windows-1252. If letters look wrong, save it as "CSV UTF-8" and read it again',
        params: { encoding: 'windows-1252' },
        severity: 'warning',
      },
    ]);
  });

  it('ragged-rows.csv: short rows padded and reported, extra values reported and not read', async () => {
    const table = await read('ragged-rows.csv');
    expect(table.rowCount).toBe(6);
    expect(column(table, 'Salary')).toEqual(['58000', '', '72250', '49900', '', '80100']);
    expect(table.readIssues).toEqual([
      { row: 3, column: null, code: 'missing-cells', reason: 'Row 3 has 4 of 6 cells; the missing ones were left empty', params: { row: 3, found: 4, expected: 6 }, severity: 'warning' },
      {
        row: 4,
        column: null,
        cell: 'G4',
        code: 'extra-cells',
        reason: 'Row 4 has 2 value(s) beyond the last header column, starting with "see HR note"; they were not read',
        params: { row: 4, count: 2, first: 'see HR note' },
        severity: 'warning',
      },
      { row: 6, column: null, code: 'missing-cells', reason: 'Row 6 has 2 of 6 cells; the missing ones were left empty', params: { row: 6, found: 2, expected: 6 }, severity: 'warning' },
    ]);
  });

  it('mixed-date-formats.csv: dates kept as written, no read issue', async () => {
    const table = await read('mixed-date-formats.csv');
    expect(column(table, 'Hire Date')).toEqual(['7/5/2011', '25/12/2015', '12/25/2015', '2016-01-09', '13/1/2017', '2017年5月2日']);
    expect(table.readIssues).toEqual([]);
  });

  it('text-in-number-columns.csv: numbers read as numbers, the rest kept as text, no read issue', async () => {
    const table = await read('text-in-number-columns.csv');
    const salary = table.columns.find((candidate) => candidate.header === 'Salary')!;
    expect(salary.dictionary).toEqual(['n/a', '62,5OO', '$71,000', ' 58000', '-', 'TBD']);
    expect(salary.numbers[0]).toBe(58000);
    expect(table.readIssues).toEqual([]);
  });

  it('empty.csv: refused with a one-line reason', async () => {
    await expect(read('empty.csv')).rejects.toThrow(new ReadError('The file is empty', { code: 'empty-file' }));
  });

  it('header-only.csv: a table of 0 rows', async () => {
    const table = await read('header-only.csv');
    expect(table.columns.map((c) => c.header)).toEqual(roster);
    expect(table.rowCount).toBe(0);
    expect(table.readIssues).toEqual([]);
  });

  it('unterminated-quote.csv: what was read is kept, the row where the quote opened is reported', async () => {
    const table = await read('unterminated-quote.csv');
    expect(table.rowCount).toBe(2);
    expect(column(table, 'Name')).toEqual(['Ada Lovelace', 'Grace Hopper,R&D,7/1/2018,,61500\n1003,Alan Turing,Sales,11/30/2019,,72250\n']);
    expect(table.readIssues).toEqual([
      {
        row: 3,
        column: 'Name',
        cell: 'B3',
        code: 'unterminated-quote',
        reason: 'A quoted value opened in row 3 never closes; the rest of the file was read into that one cell',
        params: { row: 3 },
        severity: 'error',
      },
      { row: 3, column: null, code: 'missing-cells', reason: 'Row 3 has 2 of 6 cells; the missing ones were left empty', params: { row: 3, found: 2, expected: 6 }, severity: 'warning' },
    ]);
  });

  it('a 10 MB single line: a wide header, 0 rows, no issue', async () => {
    const { bytes, columns } = longLineCsv();
    const table = await readTableFile(bytes, 'long-line.csv');
    expect(table.columns.length).toBe(columns);
    expect(table.columns.slice(0, 6).map((c) => c.header)).toEqual(roster.map((header) => `${header} 1`));
    expect(table.rowCount).toBe(0);
    expect(table.readIssues).toEqual([]);
  });
});
