import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { randomRoster } from './roster-arbitrary.ts';
import { spanOfControl } from './span-of-control.ts';

describe('span_of_control', () => {
  it('divides people with a manager by the distinct managers they report to', () => {
    // As of 2024-12-31.
    // 0 R&D   → m1      1 R&D → m1      2 R&D → m2
    // 3 Sales → m2      4 Sales → m3    5 Sales → m3 but left 2023 (not counted)
    // 6 Sales no manager (the CEO: not a report)   7 Sales manager cell invalid (excluded)
    // 8 (no department) → m1
    // Total 6 reports ÷ 3 managers (m1, m2, m3) = 2; R&D 3 ÷ 2 (m1, m2) = 1.5; Sales 2 ÷ 2 (m2, m3) = 1.
    const dataset = buildTestDataset(
      {
        department: ['R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', null],
        hireDate: Array(9).fill('2020-01-01'),
        terminationDate: [null, null, null, null, null, '2023-03-31', null, null, null],
        managerId: ['m1', 'm1', 'm2', 'm2', 'm3', 'm3', null, INVALID, 'm1'],
      },
      { asOf: '2024-12-31' },
    );
    const [result] = spanOfControl.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
    expect(result).toMatchObject({ definition: 'span_of_control.active-on-date', excluded: 1 });
    expect(result.total).toMatchObject({ numerator: 6, denominator: 3, n: 3, value: 2 });
    expect(result.groups.map((group) => [group.numerator, group.denominator, group.value])).toEqual([[3, 2, 1.5], [2, 2, 1]]);
  });

  it('falls back to manager names', () => {
    const dataset = buildTestDataset({ managerName: ['Ann', 'Ann', 'Bo'] });
    expect(spanOfControl.appliesTo(dataset)).toBe(true);
    expect(spanOfControl.compute(dataset, { period: null, grouping: null })[0].total.value).toBe(1.5);
  });

  it('sums reports across groups to the total and never has more managers than reports', () => {
    fc.assert(
      fc.property(randomRoster(), ({ columns, options }) => {
        const dataset = buildTestDataset(columns, options);
        const [result] = spanOfControl.compute(dataset, { period: null, grouping: groupBy(dataset, 'department') });
        expect(result.groups.reduce((sum, group) => sum + group.numerator, 0)).toBe(result.total.numerator);
        for (const tally of [result.total, ...result.groups]) expect(tally.denominator).toBeLessThanOrEqual(tally.numerator);
      }),
    );
  });
});
