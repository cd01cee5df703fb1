import type { Evidence } from '../metrics/evidence.ts';
import { compareProportions } from '../stats/compare-proportions.ts';
import { pValueFromIntervals } from './p-value-from-intervals.ts';

/**
 * Two-sided p-value of the change between two periods of one metric and segment: for rates the counts' own test (Fisher's exact
 * or the two-proportion z-test, by compareProportions); otherwise, when both carry a 95% interval (medians, durations), the
 * difference tested from the intervals (Altman & Bland). null when untestable (counts, totals, rates over 100%).
 * @example changePValue(turnover2023, turnover2024) // 0.0235 for 25 of 100 → 40 of 100
 */
export function changePValue(previous: Evidence, latest: Evidence): number | null {
  if (previous.unit === 'ratio' && latest.numerator !== null && latest.denominator !== null && previous.numerator !== null && previous.denominator !== null) {
    const compared = compareProportions(latest.numerator, latest.denominator, previous.numerator, previous.denominator);
    if (compared) return compared.pValue;
  }
  if (previous.value === null || latest.value === null || !previous.ci95 || !latest.ci95) return null;
  return pValueFromIntervals(latest.value, latest.ci95, previous.value, previous.ci95);
}
