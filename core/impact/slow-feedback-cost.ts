import type { Impact } from '../findings/finding.ts';
import type { Assumptions } from './assumptions.ts';
import { estimateImpact } from './estimate-impact.ts';
import { vacantDayCost } from './vacant-day-cost.ts';

/** Data behind the cost of slow interview feedback. */
export interface SlowFeedbackCostInput {
  /** Median days from interview to feedback. */
  medianFeedbackDays: number;
  /** Open requisitions (or hires) the slow feedback holds up. */
  affected: number;
  revenueAnnual: number;
  employees: number;
  evidenceIds: readonly string[];
}

/**
 * What feedback beyond the SLA costs in extra vacancy: max(0, median feedback days − SLA days) × positions affected × cost of a
 * vacant day (revenue ÷ employees ÷ working days). Feedback within the SLA costs 0; null when there are no employees or an input is negative.
 * @example slowFeedbackCost({ medianFeedbackDays: 8, affected: 10, revenueAnnual: 26_000_000, employees: 100, evidenceIds: [] }, defaultAssumptions).base
 * // (8 − 3) × 10 × 1,000 = 50,000
 */
export function slowFeedbackCost(input: SlowFeedbackCostInput, assumptions: Assumptions): Impact | null {
  if (!(input.medianFeedbackDays >= 0 && input.affected >= 0)) return null;
  return estimateImpact('slow-feedback-cost', ['feedbackSlaDays', 'workingDaysPerYear'], assumptions, input.evidenceIds, (a) =>
    Math.max(0, input.medianFeedbackDays - a.feedbackSlaDays) * input.affected * vacantDayCost(input.revenueAnnual, input.employees, a.workingDaysPerYear),
  );
}
