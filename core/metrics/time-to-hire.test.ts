import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { timeToHire } from './time-to-hire.ts';

const events = buildTestDataset(
  {
    candidateId: ['C1', 'C1', 'C2', 'C2', 'C3', 'C3', 'C4', 'C5', 'C5'],
    requisitionId: ['R1', 'R1', 'R1', 'R1', 'R2', 'R2', 'R2', 'R2', 'R2'],
    stage: ['Applied', 'Accepted', '投递', '接受', 'Applied', 'Offer Accepted', 'Accepted', 'Applied', 'Accepted'],
    eventDate: ['2025-01-02', '2025-01-20', '2025-01-05', '2025-02-04', '2024-12-01', '2025-01-02', '2025-03-01', '2024-11-01', '2024-12-15'],
    department: ['Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D'],
  },
  { role: 'candidates' },
);

describe('time_to_hire', () => {
  it('takes the median days from application to accepted offer over offers accepted in the period', () => {
    // Accepted in 2025: C1 18 days, C2 30 (Chinese stage names), C3 32 (applied in 2024); C4 has no application event
    // (missing-data); C5 accepted in 2024. Total 18, 30, 32 → 30; Sales 18, 30 → 24; R&D 32.
    const [median, p90] = timeToHire.compute(events, { period: yearPeriod(2025), grouping: groupBy(events, 'department') });
    expect(median).toMatchObject({ definition: 'time_to_hire.applied-to-accepted', total: { value: 30, n: 3 }, caveats: ['missing-data'] });
    expect(median.groups.map((g) => g.value)).toEqual([24, 32]);
    // P90 of 18, 30, 32: h = 1.8 → 30 + 0.8 · 2 = 31.6.
    expect(p90.total.value).toBeCloseTo(31.6, 12);
  });
});
