import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { revenuePerHead } from './revenue-per-head.ts';

describe('revenue_per_head', () => {
  it('divides revenue in the period by the average headcount, per department by name', () => {
    // Average 2025 headcount: Sales 2; R&D 1 all year + 1 to 30 June (12 of 24 checkpoints) = 1.5; company 3.5.
    // 2025 revenue: Sales 600,000 + 400,000 ('sales ' matches 'Sales'); Partners 100,000 is no roster department (total only);
    // December 2024 is another period. Company 1,100,000 ÷ 3.5; Sales 1,000,000 ÷ 2; R&D reports none → no value.
    const roster = buildTestDataset({
      department: ['Sales', 'Sales', 'R&D', 'R&D'],
      hireDate: ['2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01'],
      terminationDate: [null, null, null, '2025-06-30'],
    });
    const business = buildTestDataset(
      {
        department: ['Sales', 'sales ', 'Partners', 'Sales'],
        period: ['2025-01', '2025-02', '2025-03', '2024-12'],
        metricName: ['Revenue', 'Revenue', 'Revenue', 'Revenue'],
        value: [600_000, 400_000, 100_000, 999],
      },
      { role: 'business' },
    );
    const [result] = revenuePerHead.compute(roster, { period: yearPeriod(2025), grouping: groupBy(roster, 'department'), related: { business } });
    expect(result.total).toMatchObject({ numerator: 1_100_000, denominator: 3.5, n: 4 });
    expect(result.total.value).toBeCloseTo(1_100_000 / 3.5, 6);
    expect(result.groups[0]).toMatchObject({ value: 500_000, n: 2 });
    expect(result.groups[1]).toMatchObject({ value: NaN, numerator: NaN, denominator: 1.5, n: 2 });
  });

  it('gives nothing without revenue rows', () => {
    const roster = buildTestDataset({ hireDate: ['2020-01-01'] });
    const business = buildTestDataset({ period: ['2025-01'], metricName: ['Leads'], value: [10] }, { role: 'business' });
    expect(revenuePerHead.compute(roster, { period: yearPeriod(2025), grouping: null, related: { business } })).toEqual([]);
  });
});
