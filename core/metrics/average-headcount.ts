import type { Dataset } from '../table/dataset.ts';
import type { Period } from '../table/day.ts';
import { addToSlots } from './add-to-slots.ts';
import { countIndexed, indexCheckpoints } from './count-days-within.ts';
import { monthCheckpoints } from './month-checkpoints.ts';
import { skipMask } from './skip-mask.ts';

/** A roster's average headcount over a period per slot (groups 0…G−1, whole population last), and the people behind it. */
export interface AverageHeadcount {
  /** Mean over the period's months of (headcount on the first day + on the last day) ÷ 2, as turnover_rate divides by. */
  average: Float64Array;
  /** People on the payroll on any day of the period. */
  people: Float64Array;
  /** Roster rows left out for an invalid hire or termination date, or excluded. */
  excluded: number;
}

/**
 * The SHRM average monthly headcount of a roster over a period, per group of `codes` (one per roster row, −1 = no group) in
 * slots 0…groupCount−1 and for everyone in the last slot, so metrics dividing a business figure by headcount (revenue per
 * head, cost of vacancy) use turnover's denominator. A roster without hire dates has no headcount over time: all zeros.
 * @example averageHeadcount(roster, yearPeriod(2025), null, 0).average[0] // the company's 2025 average headcount
 */
export function averageHeadcount(roster: Dataset, period: Period, codes: Int32Array | null, groupCount: number): AverageHeadcount {
  const average = new Float64Array(groupCount + 1);
  const people = new Float64Array(groupCount + 1);
  const hire = roster.fields.hireDate;
  const termination = roster.fields.terminationDate;
  if (hire?.type !== 'date') return { average, people, excluded: 0 };
  const leftDays = termination?.type === 'date' ? termination.days : null;
  const { skip, excluded } = skipMask(roster, ['hireDate', 'terminationDate']);
  const checkpoints = monthCheckpoints(period);
  const index = indexCheckpoints(checkpoints);
  for (let i = 0; i < roster.rowCount; i++) {
    const hired = hire.days[i];
    const left = leftDays === null ? NaN : leftDays[i];
    if (skip[i] === 1 || !(hired <= period.to) || left < period.from) continue;
    const group = codes === null ? -1 : codes[i];
    addToSlots(people, group, 1);
    addToSlots(average, group, countIndexed(index, hired, left));
  }
  for (let slot = 0; slot < average.length; slot++) average[slot] /= checkpoints.length;
  return { average, people, excluded };
}
