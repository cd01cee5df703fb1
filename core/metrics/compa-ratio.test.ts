import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { compaRatio } from './compa-ratio.ts';
import { randomRoster } from './roster-arbitrary.ts';

describe('compa_ratio', () => {
  it('takes the median of salary ÷ market midpoint over active people with both values', () => {
    // 0 R&D    90 ÷ 100 = 0.9
    // 1 R&D   110 ÷ 100 = 1.1
    // 2 R&D   100 ÷  80 = 1.25
    // 3 Sales  50 ÷ 100 = 0.5
    // 4 Sales 120 ÷ 100 = 1.2
    // 5 Sales no salary          → not in the sample
    // 6 Sales salary invalid     → excluded
    // 7 Sales midpoint 0         → not in the sample
    // 8 Sales left 2023          → not active
    // Total 0.5, 0.9, 1.1, 1.2, 1.25 → 1.1; R&D → 1.1; Sales (0.5 + 1.2) ÷ 2 = 0.85.
    const dataset = buildTestDataset(
      {
        department: ['R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales'],
        hireDate: Array(9).fill('2020-01-01'),
        terminationDate: [null, null, null, null, null, null, null, null, '2023-05-05'],
        salary: [90, 110, 100, 50, 120, null, INVALID, 70, 100],
        marketMidpoint: [100, 100, 80, 100, 100, 100, 100, 0, 100],
      },
      { asOf: '2024-12-31' },
    );
    const [result] = compaRatio.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
    expect(result).toMatchObject({ definition: 'compa_ratio.active-on-date', excluded: 1, total: { value: 1.1, n: 5 } });
    expect(result.groups.map((group) => group.n)).toEqual([3, 2]);
    expect(result.groups[0].value).toBe(1.1);
    expect(result.groups[1].value).toBeCloseTo(0.85, 12);
  });

  it('splits its sample exactly across groups and counts invalid pay cells as excluded', () => {
    fc.assert(
      fc.property(randomRoster(), ({ columns, options }) => {
        const dataset = buildTestDataset(columns, options);
        const [result] = compaRatio.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
        expect(result.groups.reduce((sum, group) => sum + group.n, 0)).toBe(result.total.n);
        const invalidPay = columns.salary!.filter((cell, row) => (cell === INVALID || columns.marketMidpoint![row] === INVALID) && !options.excludedRows!.includes(row));
        expect(result.excluded).toBeGreaterThanOrEqual(invalidPay.length + options.excludedRows!.length);
      }),
    );
  });
});
