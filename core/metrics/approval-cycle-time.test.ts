import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { approvalCycleTime } from './approval-cycle-time.ts';

describe('approval_cycle_time', () => {
  it('takes the median days from request to approval over requests approved in the period', () => {
    // HR 3 and 10 days → 6.5; Sales 1 day; a Sales request still pending (right-censored) and one approved in 2024.
    const approvals = buildTestDataset(
      {
        department: ['HR', 'HR', 'Sales', 'Sales', 'Sales'],
        requestedDate: ['2025-01-02', '2025-02-01', '2025-03-01', '2025-12-20', '2024-12-20'],
        approvedDate: ['2025-01-05', '2025-02-11', '2025-03-02', null, '2024-12-30'],
      },
      { role: 'approvals' },
    );
    const [result] = approvalCycleTime.compute(approvals, { period: yearPeriod(2025), grouping: groupBy(approvals, 'department') });
    expect(result).toMatchObject({ definition: 'approval_cycle_time.requested-to-approved', caveats: ['right-censored'], total: { value: 3, n: 3 } });
    expect(result.groups.map((g) => g.value)).toEqual([6.5, 1]);
  });
});
