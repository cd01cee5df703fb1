import type { Day } from '../table/day.ts';

/**
 * Monday-to-Friday days from `from` to `to`, both included, in O(1) (whole weeks then the remainder), so a vacancy's length
 * is counted in the same working days a year's revenue is divided by; public holidays are not known and count as working
 * days. 0 when `to` is before `from` or either is NaN.
 * @example workingDaysBetween(dayFromIso('2025-01-06'), dayFromIso('2025-01-19')) // 10 (two Monday-to-Sunday weeks)
 */
export function workingDaysBetween(from: Day, to: Day): number {
  if (!(to >= from)) return 0;
  const days = to - from + 1;
  // Day 0 (1970-01-01) was a Thursday: weekday index with Monday = 0.
  const startWeekday = (((from + 3) % 7) + 7) % 7;
  let working = Math.floor(days / 7) * 5;
  for (let d = 0; d < days % 7; d++) if ((startWeekday + d) % 7 < 5) working++;
  return working;
}
