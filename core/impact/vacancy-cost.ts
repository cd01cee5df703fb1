import type { Impact } from '../findings/finding.ts';
import type { Assumptions } from './assumptions.ts';
import { estimateImpact } from './estimate-impact.ts';
import { vacantDayCost } from './vacant-day-cost.ts';

/** Data behind a cost of vacancy. */
export interface VacancyCostInput {
  revenueAnnual: number;
  employees: number;
  /** Days the positions stood open, summed over positions. */
  vacantDays: number;
  evidenceIds: readonly string[];
}

/**
 * Revenue forgone while positions stand open: revenue ÷ employees ÷ working days per year × days vacant (the cost-of-vacancy
 * method: 10M revenue, 40 staff, 230 working days, 73 days vacant → about 79,350). Null when there are no employees or revenue is not finite.
 * @example vacancyCost({ revenueAnnual: 10_000_000, employees: 40, vacantDays: 73, evidenceIds: [] }, editAssumptions(defaultAssumptions, { workingDaysPerYear: { base: 230 } })).base
 * // 79_347.8…
 */
export function vacancyCost(input: VacancyCostInput, assumptions: Assumptions): Impact | null {
  if (!(input.vacantDays >= 0)) return null;
  return estimateImpact('vacancy-cost', ['workingDaysPerYear'], assumptions, input.evidenceIds, (a) =>
    vacantDayCost(input.revenueAnnual, input.employees, a.workingDaysPerYear) * input.vacantDays,
  );
}
