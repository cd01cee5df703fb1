import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { timeToFill } from './time-to-fill.ts';

const requisitions = buildTestDataset(
  {
    department: ['Sales', 'Sales', 'R&D', 'R&D', 'R&D', 'Sales'],
    openedDate: ['2025-01-06', '2025-02-01', '2025-03-01', '2024-10-30', '2025-04-01', '2025-05-01'],
    approvedDate: ['2025-01-08', '2025-02-03', '2025-03-03', '2024-11-01', INVALID, null],
    filledDate: ['2025-02-07', '2025-04-04', '2025-03-13', '2024-12-01', '2025-05-01', '2025-05-21'],
  },
  { role: 'requisitions' },
);

describe('time_to_fill', () => {
  it('takes the median days from approval to fill of the requisitions filled in the period, with a P90', () => {
    // Filled in 2025 with an approval date: 30 (Sales), 60 (Sales), 10 (R&D); the 2024 fill is outside; the invalid approval
    // date is excluded; the Sales requisition without an approval date is left out with missing-data.
    const [median, p90] = timeToFill.compute(requisitions, { period: yearPeriod(2025), grouping: groupBy(requisitions, 'department') });
    expect(median.definition).toBe('time_to_fill.approved-to-filled');
    expect(median.total).toMatchObject({ value: 30, n: 3 });
    expect(median.groups.map((g) => g.value)).toEqual([45, 10]);
    expect(median).toMatchObject({ excluded: 1, caveats: ['missing-data'] });
    // P90 of 10, 30, 60: h = 2 · 0.9 = 1.8 → 30 + 0.8 · 30 = 54.
    expect(p90).toMatchObject({ variant: 'p90', quantile: 0.9, definition: 'time_to_fill.approved-to-filled.p90' });
    expect(p90.total.value).toBeCloseTo(54, 12);
  });

  it('starts at the opening date when the table records no approvals, and says so', () => {
    const opened = buildTestDataset({ openedDate: ['2025-01-06'], filledDate: ['2025-02-07'] }, { role: 'requisitions' });
    const [median] = timeToFill.compute(opened, { period: yearPeriod(2025), grouping: null });
    expect(median).toMatchObject({ definition: 'time_to_fill.opened-to-filled', total: { value: 32 } });
  });

  it('gives nothing without a period', () => {
    expect(timeToFill.compute(requisitions, { period: null, grouping: null })).toEqual([]);
  });
});
