import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { retentionRate } from './retention-rate.ts';
import { randomRoster } from './roster-arbitrary.ts';

describe('retention_rate', () => {
  it('keeps people present on the first day who are still present on the last', () => {
    // Period 2024-01-01 … 2024-12-31.
    // 0 R&D   hired 2020, still employed           → start ✓ end ✓
    // 1 R&D   hired 2020, left 2024-06-30          → start ✓ end ✗
    // 2 R&D   hired 2024-01-01 (first day)         → start ✓ end ✓
    // 3 Sales hired 2020, left 2024-12-31 (last)   → start ✓ end ✓ (the last day counts)
    // 4 Sales hired 2024-03-01                     → not at start: in neither count
    // 5 Sales left 2023-12-31                      → not at start
    // 6 Sales termination date invalid             → excluded
    // R&D 2 ÷ 3, Sales 1 ÷ 1, total 3 ÷ 4 = 0.75, excluded 1.
    const dataset = buildTestDataset({
      department: ['R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales'],
      hireDate: ['2020-01-01', '2020-01-01', '2024-01-01', '2020-01-01', '2024-03-01', '2020-01-01', '2020-01-01'],
      terminationDate: [null, '2024-06-30', null, '2024-12-31', null, '2023-12-31', INVALID],
    });
    const [result] = retentionRate.compute(dataset, { period: yearPeriod(2024), grouping: groupBy(dataset, 'department') });
    expect(result.total).toMatchObject({ numerator: 3, denominator: 4, n: 4, value: 0.75 });
    expect(result.groups.map((group) => [group.numerator, group.denominator])).toEqual([[2, 3], [1, 1]]);
    expect(result.excluded).toBe(1);
  });

  it('gives no result without a period', () => {
    const dataset = buildTestDataset({ hireDate: ['2020-01-01'], terminationDate: [null] });
    expect(retentionRate.compute(dataset, { period: null, grouping: null })).toEqual([]);
  });

  it('stays within [0, 1] and its group numerators sum to the total', () => {
    fc.assert(
      fc.property(randomRoster(), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 400 }), ({ columns, options }, start, length) => {
        const dataset = buildTestDataset(columns, options);
        const from = dayFromIso('2019-06-01') + start;
        const [result] = retentionRate.compute(dataset, { period: { from, to: from + length }, grouping: groupBy(dataset, 'department') });
        expect(result.groups.reduce((sum, group) => sum + group.numerator, 0)).toBe(result.total.numerator);
        const rates = [result.total, ...result.groups].filter((tally) => tally.denominator > 0).map((tally) => tally.value);
        expect(rates.every((rate) => rate >= 0 && rate <= 1)).toBe(true);
      }),
    );
  });
});
