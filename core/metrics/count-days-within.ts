import { searchSorted } from '../stats/search-sorted.ts';
import type { Day } from '../table/day.ts';

/**
 * How many of the ascending days fall within [from, to], found by binary search so a person's presence on every monthly
 * checkpoint costs O(log checkpoints) instead of a scan per month. A NaN `to` means open-ended (still employed); a NaN `from`
 * (no hire date) counts nothing.
 * @example countDaysWithin(Float64Array.of(0, 30, 31, 59), 10, NaN) // 3
 */
export function countDaysWithin(sorted: Float64Array, from: Day, to: Day): number {
  if (Number.isNaN(from)) return 0;
  const end = Number.isNaN(to) ? sorted.length : searchSorted(sorted, to, 'right');
  return Math.max(0, end - searchSorted(sorted, from, 'left'));
}
