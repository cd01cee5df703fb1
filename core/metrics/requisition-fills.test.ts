import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset } from './build-test-dataset.ts';
import { requisitionFills } from './requisition-fills.ts';

describe('requisitionFills', () => {
  it('reads the plan day, planned hires and dated fills', () => {
    const fills = requisitionFills(
      buildTestDataset(
        { openedDate: ['2025-01-06', null], approvedDate: ['2025-01-08', '2025-02-03'], plannedHires: [3, null], filledDate: [null, '2025-03-01'] },
        { role: 'requisitions' },
      ),
    );
    expect([...fills.planDay]).toEqual([dayFromIso('2025-01-06'), dayFromIso('2025-02-03')]);
    expect([...fills.planned]).toEqual([3, 1]);
    expect([...fills.filledDay]).toEqual([NaN, dayFromIso('2025-03-01')]);
    expect(fills.basis).toBe('filled-date');
  });

  it('reads undated fills from the status when there is no filled date', () => {
    const fills = requisitionFills(buildTestDataset({ openedDate: ['2025-01-06', '2025-01-07'], requisitionStatus: ['已招满', 'Open'] }, { role: 'requisitions' }));
    expect([...fills.filledDay]).toEqual([-Infinity, NaN]);
    expect(fills.basis).toBe('status');
  });
});
