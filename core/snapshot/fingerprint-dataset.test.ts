import { describe, expect, it } from 'vitest';
import { buildTestDataset, INVALID, type TestColumns } from '../metrics/build-test-dataset.ts';
import type { CategoryColumn, NumberColumn } from '../table/dataset.ts';
import { fingerprintDataset } from './fingerprint-dataset.ts';

const columns = {
  employeeId: ['E1', 'E2', 'E3'],
  department: ['R&D', 'Sales', 'R&D'],
  hireDate: ['2020-01-05', '2021-06-30', INVALID],
  salary: [82000, 61000.5, null],
  leaver: [true, false, null],
} satisfies TestColumns;

describe('fingerprintDataset', () => {
  it('is the same on every run and platform (pinned, so a serialisation change cannot slip in)', () => {
    const fingerprint = fingerprintDataset(buildTestDataset(columns));
    expect(fingerprint).toBe(fingerprintDataset(buildTestDataset(columns)));
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint).toBe('25ad958506f77f79626965f0baa099b8016500105218c6b73729396eee32bcaa');
  });

  it.each([
    ['a category', { department: ['R&D', 'Sales', 'Sales'] }],
    ['an id', { employeeId: ['E1', 'E2', 'E4'] }],
    ['a date', { hireDate: ['2020-01-06', '2021-06-30', INVALID] }],
    ['a number', { salary: [82000, 61000.25, null] }],
    ['a missing number', { salary: [82000, 61000.5, 0] }],
    ['a flag', { leaver: [true, true, null] }],
  ] as const)('changes when %s cell changes', (_, change) => {
    expect(fingerprintDataset(buildTestDataset({ ...columns, ...change }))).not.toBe(fingerprintDataset(buildTestDataset(columns)));
  });

  it('changes when the text of an unparseable cell changes', () => {
    const dataset = buildTestDataset(columns);
    const before = fingerprintDataset(dataset);
    const hireColumn = dataset.raw.columns.find((column) => column.header === 'hireDate')!;
    hireColumn.dictionary[hireColumn.codes[2]] = '31/02/2020';
    expect(fingerprintDataset(dataset)).not.toBe(before);
  });

  it('ignores what does not change the data: header names, field order, dictionary order', () => {
    const base = fingerprintDataset(buildTestDataset(columns));
    const { employeeId, ...rest } = columns;
    expect(fingerprintDataset(buildTestDataset({ ...rest, employeeId }))).toBe(base);
    const renamed = buildTestDataset(columns);
    renamed.fields.department!.header = 'Dept';
    expect(fingerprintDataset(renamed)).toBe(base);
    const reordered = buildTestDataset(columns);
    const department = reordered.fields.department as CategoryColumn;
    department.labels = ['Sales', 'R&D'];
    department.codes = Int32Array.from(department.codes, (code) => 1 - code);
    expect(fingerprintDataset(reordered)).toBe(base);
  });

  it('treats -0 as 0 and every NaN alike', () => {
    const zero = buildTestDataset({ salary: [0, null] });
    const negativeZero = buildTestDataset({ salary: [-0, null] });
    const otherNaN = buildTestDataset({ salary: [0, null] });
    const salaries = (otherNaN.fields.salary as NumberColumn).values;
    new DataView(salaries.buffer).setUint32(12, 0x7ff80001, true);
    expect(salaries[1]).toBeNaN();
    expect(fingerprintDataset(negativeZero)).toBe(fingerprintDataset(zero));
    expect(fingerprintDataset(otherNaN)).toBe(fingerprintDataset(zero));
  });
});
