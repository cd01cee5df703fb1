import { dayFromYmd, ymdFromDay, type Day, type Period } from '../table/day.ts';

/**
 * The first and last day of every calendar month the period touches, clipped to the period, in ascending order: the days
 * whose headcounts SHRM's monthly average (first-day + last-day headcount) ÷ 2 is taken over. A month clipped to one day
 * gives that day twice, so its average is that day's headcount. Empty period (to < from): none.
 * @example monthCheckpoints({ from: dayFromYmd(2024, 1, 15), to: dayFromYmd(2024, 2, 29) }) // days of Jan 15, Jan 31, Feb 1, Feb 29
 */
export function monthCheckpoints(period: Period): Float64Array {
  const days: Day[] = [];
  for (let start = period.from; start <= period.to; ) {
    const [year, month] = ymdFromDay(start);
    const monthEnd = (month === 12 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, month + 1, 1)) - 1;
    const end = Math.min(monthEnd, period.to);
    days.push(start, end);
    start = end + 1;
  }
  return Float64Array.from(days);
}
