import type { Impact } from '../findings/finding.ts';
import type { Assumptions } from './assumptions.ts';
import { estimateImpact } from './estimate-impact.ts';

/** Data behind a turnover cost: the separations counted and, when the data has salaries, their average. */
export interface TurnoverCostInput {
  /** Voluntary separations where known, else all separations. */
  separations: number;
  /** Average annual salary of the leavers (or of the segment); null when the data has none, so the fallback assumption is used. */
  salaryAnnual: number | null;
  evidenceIds: readonly string[];
}

/**
 * What leavers cost to replace: separations × average annual salary × leaver cost share (share of salary: 21% CAP median,
 * 50% Gallup's lower bound, 150% Visier; see assumptions.ts). Uses and names `salaryAnnualFallback` only when the data has no salary.
 * Zero separations cost 0; a negative or non-finite input gives null.
 * @example turnoverCost({ separations: 12, salaryAnnual: 80_000, evidenceIds: ['e1'] }, defaultAssumptions)
 * // { low: 201_600, base: 480_000, high: 1_440_000, … }
 */
export function turnoverCost(input: TurnoverCostInput, assumptions: Assumptions): Impact | null {
  if (!(input.separations >= 0) || (input.salaryAnnual !== null && !(input.salaryAnnual >= 0))) return null;
  const { separations, salaryAnnual } = input;
  return salaryAnnual === null
    ? estimateImpact('turnover-cost', ['leaverCostShare', 'salaryAnnualFallback'], assumptions, input.evidenceIds, (a) =>
        separations * a.salaryAnnualFallback * a.leaverCostShare,
      )
    : estimateImpact('turnover-cost', ['leaverCostShare'], assumptions, input.evidenceIds, (a) => separations * salaryAnnual * a.leaverCostShare);
}
