import { describe, expect, it } from 'vitest';
import { csvText, neutralizeCell } from './csv-text.ts';

describe('csvText', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting', () => {
    expect(csvText([['Name', 'Note', 'Salary'], ['Li, Wei', 'said "hi"\nthen left', 320000], ['王芳', null, 0.182]])).toBe(
      '\uFEFFName,Note,Salary\r\n"Li, Wei","said ""hi""\nthen left",320000\r\n王芳,,0.182\r\n',
    );
  });

  it('neutralises text that a spreadsheet would run as a formula, and only text', () => {
    expect(['=1+1', '+86 21', '-x', '@SUM(A1)', 'R&D', ''].map(neutralizeCell)).toEqual(["'=1+1", "'+86 21", "'-x", "'@SUM(A1)", 'R&D', '']);
    expect(csvText([['=cmd|"/c calc"!A1', -5]])).toBe('\uFEFF"\'=cmd|""/c calc""!A1",-5\r\n');
  });
});
