import { describe, expect, it } from 'vitest';
import type { ColumnLocation } from './cell-issue.ts';
import { decodeNumericColumn } from './decode-numeric-column.ts';
import { fieldRules } from './field-rules.ts';
import { rawTableFromValues } from './from-values.ts';
import { parseNumber } from './parse-number.ts';
import type { DataIssue } from './raw-table.ts';

const at: ColumnLocation = { header: 'Tenure', columnIndex: 0, firstDataRow: 2, origin: 'A1' };

describe('decodeNumericColumn', () => {
  it('looks texts up per distinct value, converts numbers, checks bounds, and locates every failure', () => {
    const column = rawTableFromValues([['Tenure'], ['3'], [4], ['3'], ['x'], [-2], [null], ['  ']]).columns[0];
    const dictionaryValues = Float64Array.from(column.dictionary, parseNumber);
    const dictionaryFailures = column.dictionary.map((text, k) => (Number.isNaN(dictionaryValues[k]) && text.trim() !== '' ? 'invalid-number' : null) as 'invalid-number' | null);
    const issues: DataIssue[] = [];
    const decoded = decodeNumericColumn(column, { dictionaryValues, dictionaryFailures, fromNumber: (value) => value, numberFailure: 'invalid-number', rule: fieldRules(0).tenureYears }, at, issues);
    expect([...decoded.values]).toEqual([3, 4, 3, NaN, NaN, NaN, NaN]);
    expect([...decoded.invalid!]).toEqual([0, 0, 0, 1, 1, 0, 0]);
    expect(decoded.invalidCount).toBe(2);
    expect(issues.map((issue) => [issue.code, issue.cell, issue.params])).toEqual([
      ['invalid-number', 'A5', { value: 'x' }],
      ['out-of-range', 'A6', { value: '-2', min: '0', max: '80' }],
    ]);
  });

  it('gives no mask at all for a clean column', () => {
    const column = rawTableFromValues([['Pay'], [1], [2]]).columns[0];
    const decoded = decodeNumericColumn(column, { dictionaryValues: new Float64Array(0), dictionaryFailures: [], fromNumber: (value) => value, numberFailure: 'invalid-money' }, at, []);
    expect(decoded).toEqual({ values: Float64Array.of(1, 2), invalid: null, invalidCount: 0, placeholders: { count: 0, first: NaN } });
  });

  it('gives a clean column of amounts its raw numbers as values, and copies when one is out of bounds or a text reads as one', () => {
    const decode = (cells: (number | string | null)[]) => {
      const column = rawTableFromValues([['Pay'], ...cells.map((cell) => [cell])]).columns[0];
      const dictionaryValues = Float64Array.from(column.dictionary, parseNumber);
      const dictionaryFailures = column.dictionary.map(() => null);
      const rule = fieldRules(0).tenureYears;
      return { column, decoded: decodeNumericColumn(column, { dictionaryValues, dictionaryFailures, fromNumber: (value) => value, numbersAsIs: true, numberFailure: 'invalid-number', rule }, at, []) };
    };
    const clean = decode([1, null, 2.5, ' ']);
    expect(clean.decoded.values).toBe(clean.column.numbers);
    expect([...clean.decoded.values]).toEqual([1, NaN, 2.5, NaN]);
    const outOfRange = decode([1, 200]);
    expect(outOfRange.decoded.values).not.toBe(outOfRange.column.numbers);
    expect([...outOfRange.decoded.values]).toEqual([1, NaN]);
    const numericText = decode([1, '3']);
    expect([...numericText.decoded.values]).toEqual([1, 3]);
  });
});
