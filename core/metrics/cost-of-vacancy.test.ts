import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { costOfVacancy } from './cost-of-vacancy.ts';

// Four people on the payroll all year (average headcount 4) and 1,040,000 of 2025 revenue: 1,040,000 ÷ 4 ÷ 260 working
// days = 1,000 per head per working day. The deals row is not revenue; the 2024 revenue row is another period.
const roster = buildTestDataset({ hireDate: ['2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01'] });
const business = buildTestDataset(
  { period: ['2025-01', '2025-06', '2025-06', '2024-12'], metricName: ['Revenue', 'Revenue', 'Deals Closed', 'Revenue'], value: [520_000, 520_000, 40, 999_999] },
  { role: 'business' },
);
const requisitions = buildTestDataset(
  {
    department: ['Sales', 'Sales', 'R&D', 'R&D', 'R&D'],
    openedDate: ['2025-01-02', '2025-12-19', '2024-12-30', '2025-01-30', '2024-02-26'],
    approvedDate: ['2025-01-06', '2025-12-22', null, '2025-02-03', '2024-03-01'],
    filledDate: ['2025-01-20', null, '2025-01-03', null, '2024-04-01'],
    requisitionStatus: ['Filled', 'Open', 'Filled', 'Cancelled', 'Filled'],
  },
  { role: 'requisitions', asOf: '2025-12-31' },
);

describe('cost_of_vacancy', () => {
  it('costs the working days requisitions stood open at the revenue per head per working day', () => {
    // Sales: Mon 6 Jan to Sun 19 Jan (the day before the fill) = 10 working days; Mon 22 Dec to Wed 31 Dec (as-of day, still
    // open) = 8. R&D: opened 30 Dec 2024 without an approval date, filled Fri 3 Jan, clipped to Wed 1 – Thu 2 Jan = 2; the
    // cancelled one has no known end (missing-data); the 2024 one lies outside. Total 20 days → 20,000.
    const [result] = costOfVacancy.compute(requisitions, { period: yearPeriod(2025), grouping: groupBy(requisitions, 'department'), related: { roster, business } });
    expect(result).toMatchObject({ definition: 'cost_of_vacancy.revenue-per-head-per-working-day.260-days-a-year', caveats: ['missing-data'] });
    expect(result.total).toMatchObject({ numerator: 20, n: 3 });
    expect(result.total.value).toBeCloseTo(20_000, 6);
    expect(result.groups.map((g) => [g.numerator, Math.round(g.value), g.n])).toEqual([[18, 18_000, 2], [2, 2000, 1]]);
  });

  it('takes the company’s working days a year from the settings', () => {
    const [result] = costOfVacancy.compute(requisitions, { period: yearPeriod(2025), grouping: null, related: { roster, business }, settings: { workingDaysPerYear: 250 } });
    expect(result.total.value).toBeCloseTo(20 * 1040, 6);
  });

  it('gives nothing for a period no requisition was open in', () => {
    const revenue2023 = buildTestDataset({ period: ['2023-05'], metricName: ['Revenue'], value: [1e6] }, { role: 'business' });
    expect(costOfVacancy.compute(requisitions, { period: yearPeriod(2023), grouping: null, related: { roster, business: revenue2023 } })).toEqual([]);
  });

  it('gives nothing without revenue', () => {
    const noRevenue = buildTestDataset({ period: ['2025-01'], metricName: ['Deals Closed'], value: [40] }, { role: 'business' });
    expect(costOfVacancy.compute(requisitions, { period: yearPeriod(2025), grouping: null, related: { roster, business: noRevenue } })).toEqual([]);
  });
});
