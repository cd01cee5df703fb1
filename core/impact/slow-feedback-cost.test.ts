import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { slowFeedbackCost } from './slow-feedback-cost.ts';

const sales = { affected: 10, revenueAnnual: 26_000_000, employees: 100, evidenceIds: ['interview_feedback_sla|department=Sales'] };

describe('slowFeedbackCost', () => {
  it('days beyond the SLA × positions held up × cost of a vacant day', () => {
    // A vacant day: 26,000,000 ÷ 100 ÷ 260 = 1,000 (÷ 250 = 1,040). Extra days (8 − 3) × 10 = 50.
    expect(slowFeedbackCost({ ...sales, medianFeedbackDays: 8 }, defaultAssumptions)).toMatchObject({
      kind: 'slow-feedback-cost',
      low: 50_000,
      base: 50_000,
      high: 52_000,
      assumptionKeys: ['feedbackSlaDays', 'workingDaysPerYear'],
    });
  });

  it('feedback within the SLA costs nothing', () => {
    expect(slowFeedbackCost({ ...sales, medianFeedbackDays: 2 }, defaultAssumptions)).toMatchObject({ low: 0, base: 0, high: 0 });
  });
});
