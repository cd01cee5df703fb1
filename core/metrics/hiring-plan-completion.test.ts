import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy, INVALID } from './build-test-dataset.ts';
import { hiringPlanCompletion } from './hiring-plan-completion.ts';

describe('hiring_plan_completion', () => {
  it('divides the planned hires filled by the period’s end by those planned in it', () => {
    // 2025 plan: Sales 2 (filled) + 1 (open, no count → 1) + 1 (filled in 2026) = 4, made 2; R&D 3 (filled) = 3, made 3; the
    // R&D requisition opened in 2024 is another year's plan; the invalid planned count is excluded. Total 5 / 7.
    const requisitions = buildTestDataset(
      {
        department: ['Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'R&D'],
        openedDate: ['2025-01-06', '2025-02-01', '2025-06-01', '2025-03-01', '2024-12-01', '2025-05-01'],
        plannedHires: [2, null, 1, 3, 1, INVALID],
        filledDate: ['2025-03-01', null, '2026-01-10', '2025-04-01', '2025-01-05', null],
      },
      { role: 'requisitions' },
    );
    const [result] = hiringPlanCompletion.compute(requisitions, { period: yearPeriod(2025), grouping: groupBy(requisitions, 'department') });
    expect(result).toMatchObject({ definition: 'hiring_plan_completion.filled-by-period-end', excluded: 1 });
    expect(result.total).toMatchObject({ numerator: 5, denominator: 7, n: 7 });
    expect(result.groups.map((g) => g.value)).toEqual([0.5, 1]);
  });

  it('reads fills from the status when there is no filled date', () => {
    const requisitions = buildTestDataset({ openedDate: ['2025-01-06', '2025-02-01'], requisitionStatus: ['Filled', 'Open'] }, { role: 'requisitions' });
    const [result] = hiringPlanCompletion.compute(requisitions, { period: yearPeriod(2025), grouping: null });
    expect(result).toMatchObject({ definition: 'hiring_plan_completion.status-filled', total: { numerator: 1, denominator: 2 } });
  });
});
