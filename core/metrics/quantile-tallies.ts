import { quantile } from '../stats/quantile.ts';
import type { GroupTally, MetricResult } from './metric.ts';

/**
 * Median tallies re-read at another quantile p (the P90 variant of a duration), reusing their sorted samples, so a P90 costs
 * no second pass over the rows; n and the samples stay as they are. Empty sample: value NaN.
 * @example quantileTallies(medianTallies(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), null), 0.9).total.value // 9.1
 */
export function quantileTallies<T extends Pick<MetricResult, 'total' | 'groups'>>(slots: T, p: number): T {
  const at = (tally: GroupTally): GroupTally => ({ ...tally, value: tally.sample ? quantile(tally.sample, p) : NaN });
  return { ...slots, total: at(slots.total), groups: slots.groups.map(at) };
}
