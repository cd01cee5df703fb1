import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { interviewFeedbackSla } from './interview-feedback-sla.ts';

// C1 (Sales): round one 6 → 8 Jan (2 days, on time), round two 13 → 20 Jan (7 days, late); C2 (Sales): interviewed 3 Feb,
// never any feedback (overdue, late); C3 (R&D): interviewed 30 Dec, one day before the as-of day (pending, right-censored);
// C4 (R&D): 3 → 6 Mar (3 days, on time); C5's feedback has no interview and counts for nothing.
const events = buildTestDataset(
  {
    candidateId: ['C1', 'C1', 'C1', 'C1', 'C2', 'C3', 'C4', 'C4', 'C5'],
    stage: ['Interviewed', 'Feedback Given', 'Interviewed', '面试反馈', '面试', 'Interviewed', 'Interviewed', 'Feedback Given', 'Feedback Given'],
    eventDate: ['2025-01-06', '2025-01-08', '2025-01-13', '2025-01-20', '2025-02-03', '2025-12-30', '2025-03-03', '2025-03-06', '2025-03-10'],
    department: ['Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'R&D', 'R&D'],
  },
  { role: 'candidates', asOf: '2025-12-31' },
);

describe('interview_feedback_sla', () => {
  it('gives the share of interviews with feedback within 3 days, each round timed from its own interview', () => {
    const [result] = interviewFeedbackSla.compute(events, { period: yearPeriod(2025), grouping: groupBy(events, 'department') });
    expect(result).toMatchObject({ definition: 'interview_feedback_sla.within-3-days', caveats: ['right-censored'] });
    expect(result.total).toMatchObject({ numerator: 2, denominator: 4, n: 4 });
    expect(result.groups.map((g) => [g.numerator, g.denominator])).toEqual([[1, 3], [1, 1]]);
  });

  it('takes the SLA from the settings', () => {
    const [result] = interviewFeedbackSla.compute(events, { period: yearPeriod(2025), grouping: null, settings: { slaDays: 7 } });
    expect(result).toMatchObject({ definition: 'interview_feedback_sla.within-7-days', total: { numerator: 3, denominator: 4 } });
  });
});
