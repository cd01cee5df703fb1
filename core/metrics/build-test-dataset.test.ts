import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';

describe('buildTestDataset', () => {
  it('types each field as its FieldSpec says and marks invalid cells', () => {
    const dataset = buildTestDataset(
      { hireDate: ['2024-01-05', INVALID], salary: [100, null], voluntary: [true, null], department: [' R&D ', 'R&D'] },
      { asOf: '2024-12-31', excludedRows: [1] },
    );
    const { hireDate, salary, voluntary, department } = dataset.fields;
    expect(hireDate).toMatchObject({ type: 'date', days: Float64Array.of(dayFromIso('2024-01-05'), NaN), invalidCount: 1 });
    expect(salary).toMatchObject({ type: 'number', values: Float64Array.of(100, NaN), invalidCount: 0 });
    expect(voluntary).toMatchObject({ type: 'boolean', values: Int8Array.of(1, -1) });
    expect(groupBy(dataset, 'department')).toEqual({ field: 'department', codes: Int32Array.of(0, 0), labels: ['R&D'] });
    expect([dataset.rowCount, dataset.asOf, [...dataset.rowExcluded]]).toEqual([2, dayFromIso('2024-12-31'), [0, 1]]);
  });

  it('rejects cells that do not fit the field', () => {
    expect(() => buildTestDataset({ hireDate: ['5 Jan'] })).toThrow(/hireDate\[0\]/);
    expect(() => buildTestDataset({ salary: [1], hireDate: [] })).toThrow(/rows/);
  });
});
