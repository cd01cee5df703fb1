import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetters } from './cell-address.ts';

describe('cellAddress', () => {
  it('offsets the column from the origin and keeps the sheet', () => {
    expect(cellAddress('A1', 5, 0)).toBe('A5');
    expect(cellAddress('Sheet1!B3', 17, 2)).toBe('Sheet1!D17');
    expect(cellAddress("'Q1 data'!Z1", 2, 1)).toBe("'Q1 data'!AA2");
  });

  it('falls back to column A for an origin without letters', () => {
    expect(cellAddress('', 4, 1)).toBe('B4');
  });
});

describe('columnLetters', () => {
  it('counts like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA', 'XFD']);
  });
});
